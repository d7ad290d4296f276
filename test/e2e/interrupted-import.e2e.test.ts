import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { BuiltFactPack } from '../../src/pack/fact-pack-schema';
import { openPage, useHarness, waitForSidebar, type Harness } from './harness';
import { largePack, LOAD_PREFIX } from './large-pack';
import { E2E_DIST } from './paths';

/**
 * The schema a v1 database ends at, as IndexedDB numbers it (Dexie's version × 10): v2 moves
 * the claims into their own table, v3 adds the pack's translations; both run in one upgrade.
 */
const MIGRATED = 30;

/**
 * The service worker can be stopped at any moment. Here it is stopped (CDP
 * `ServiceWorker.stopAllWorkers`) in the middle of importing a pack of 100,000 claims, and in
 * the middle of a schema migration of the same amount of data: afterwards the database holds
 * the old data or the new, whole, never a mix, and the sidebar works.
 *
 * The extension runs from a copy of the build, so the test can swap the pack it ships and
 * reload it: a reload is an update, and the update imports the shipped pack.
 */
const CLAIMS = 100_000;
const DB = 'mobilization-context';
const distCopy = mkdtempSync(join(tmpdir(), 'mc-interrupted-'));
cpSync(E2E_DIST, distCopy, { recursive: true });
afterAll(() => rmSync(distCopy, { recursive: true, force: true }));

// The flag lets CDP's Extensions.loadUnpacked reload the extension (chrome.runtime.reload()
// unloads a command-line extension for good).
const harness = useHarness({ distDir: distCopy, args: ['--enable-unsafe-extension-debugging'] });

/** What the database holds, read straight from IndexedDB by an extension page (no worker needed). */
interface DbState {
  version: number;
  stores: string[];
  packVersion: string | null;
  declared: { sources: number; facts: number; questions: number; claims: number } | null;
  rows: { sources: number; facts: number; questions: number; claims: number };
  loadClaims: number;
  userData: unknown[];
}

/**
 * A page of the extension's own origin (an icon), from which its IndexedDB is read directly.
 * Reloading the extension closes its pages, so one is opened after each reload (retried
 * while the extension comes back).
 */
async function openInspector(h: Harness): Promise<Page> {
  const page = await h.browser.context.newPage();
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(`chrome-extension://${h.browser.extensionId}/assets/icons/icon-16.png`);
      if (await page.evaluate(() => typeof indexedDB === 'object')) return page;
    } catch (error) {
      if (attempt > 50) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function readState(h: Harness): Promise<DbState> {
  const inspector = await openInspector(h);
  const state = await inspector.evaluate(async ({ name, prefix }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const stores = [...db.objectStoreNames];
      const tx = db.transaction(stores, 'readonly');
      const ask = <T>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = () => reject(request.error))));
      const count = (store: string) => (stores.includes(store) ? ask(tx.objectStore(store).count()) : Promise.resolve(0));
      const meta = (await ask(tx.objectStore('meta').get('pack'))) as { value: { version: string; counts: DbState['declared'] } } | undefined;
      const loadRange = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
      let claims = 0;
      let loadClaims = 0;
      if (stores.includes('claims')) {
        claims = await count('claims');
        loadClaims = await ask(tx.objectStore('claims').count(loadRange));
      } else {
        // Schema v1 kept each question's claims inside the question row.
        const questions = (await ask(tx.objectStore('questions').getAll())) as Array<{ claims?: Array<{ id: string }> }>;
        for (const question of questions) {
          claims += question.claims?.length ?? 0;
          loadClaims += question.claims?.filter((claim) => claim.id.startsWith(prefix)).length ?? 0;
        }
      }
      return {
        version: db.version,
        stores,
        packVersion: meta?.value.version ?? null,
        declared: meta?.value.counts ?? null,
        rows: { sources: await count('sources'), facts: await count('facts'), questions: await count('questions'), claims },
        loadClaims,
        userData: await ask(tx.objectStore('userData').getAll()),
      };
    } finally {
      db.close();
    }
  }, { name: DB, prefix: LOAD_PREFIX });
  await inspector.close();
  return state;
}

/**
 * True while a write holds the database: a read of the pack record cannot start until the
 * import's transaction (or a migration) ends. The read is left to finish on its own.
 */
function databaseBusy(inspector: Page, waitMs = 150): Promise<boolean> {
  return inspector.evaluate(
    ({ name, waitMs: wait }) =>
      new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), wait);
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('meta', 'readonly').objectStore('meta').get('pack');
          read.onsuccess = () => {
            clearTimeout(timer);
            resolve(false);
            db.close();
          };
          read.onerror = () => db.close();
        };
      }),
    { name: DB, waitMs },
  );
}

async function waitUntilBusy(inspector: Page, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) if (await databaseBusy(inspector)) return;
  throw new Error('no write to the database started');
}

async function stopWorkers(h: Harness): Promise<void> {
  const page = await h.browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

/** Puts `pack` where the extension ships its pack, and reloads the extension: it imports it as an update. */
async function shipAndReload(pack: BuiltFactPack): Promise<void> {
  writeFileSync(join(distCopy, 'fact-pack.json'), JSON.stringify(pack));
  const browser = harness.browser.context.browser();
  if (!browser) throw new Error('no browser-level CDP access');
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Extensions.loadUnpacked', { path: distCopy });
  await cdp.detach();
}

/** The stored counts agree with the pack record, and the synthetic claims are all there or none are. */
function expectWhole(state: DbState, packVersion: string, loadClaims: number): void {
  expect(state.packVersion).toBe(packVersion);
  expect(state.rows).toEqual(state.declared);
  expect(state.loadClaims).toBe(loadClaims);
}

async function expectSidebarWorks(): Promise<void> {
  const article = await openPage(harness, '/news/men-fleeing-draft.html');
  await waitForSidebar(article, harness.browser.extensionId, 30_000);
  await article.close();
}

describe('the worker stopped in the middle of a 100,000-claim pack import', () => {
  it('leaves the old pack or the new one, whole, and the sidebar works after a restart', async () => {
    let installed = await readState(harness);
    let expectedLoad = 0;
    expectWhole(installed, installed.packVersion as string, 0);
    const outcomes: string[] = [];

    // Stopped as soon as the import's write begins, and later into it.
    for (const [trial, delayMs] of [0, 300, 1_500].entries()) {
      const version = `50.0.${trial}`;
      await shipAndReload(await largePack(version, CLAIMS));
      const inspector = await openInspector(harness);
      await waitUntilBusy(inspector);
      await inspector.waitForTimeout(delayMs);
      await stopWorkers(harness);
      await inspector.close();

      const after = await readState(harness);
      if (after.packVersion === version) {
        expectWhole(after, version, CLAIMS);
        expectedLoad = CLAIMS;
        outcomes.push(`${delayMs} ms: new`);
      } else {
        expectWhole(after, installed.packVersion as string, expectedLoad);
        outcomes.push(`${delayMs} ms: old`);
      }
      installed = after;
      await expectSidebarWorks();
      // A restart neither resumes nor repeats the interrupted import.
      expect(await readState(harness)).toEqual(after);
    }
    // At least one stop landed inside the import's transaction and rolled it back.
    expect(outcomes.some((outcome) => outcome.endsWith('old')), outcomes.join(', ')).toBe(true);

    // The control: left alone, the same import completes.
    await shipAndReload(await largePack('50.0.9', CLAIMS));
    await expect.poll(async () => (await readState(harness)).packVersion, { timeout: 120_000, interval: 1_000 }).toBe('50.0.9');
    expectWhole(await readState(harness), '50.0.9', CLAIMS);
    await expectSidebarWorks();
  }, 300_000);
});

/** The database as schema v1 (IndexedDB version 10 under Dexie) stored a pack: claims inside their questions. */
function schemaV1Rows(pack: BuiltFactPack): Record<string, unknown[]> {
  const { languages, ...lexiconSettings } = pack.lexicon;
  const counts = {
    sources: pack.sources.length,
    facts: pack.facts.length,
    questions: pack.questions.length,
    claims: pack.questions.reduce((sum, question) => sum + question.claims.length, 0),
  };
  const info = { id: pack.id, version: pack.version, publishedAt: pack.publishedAt, contentHash: pack.contentHash, counts };
  return {
    meta: [
      { key: 'pack', value: { ...info, origin: 'bundled', installedAt: '2024-01-01T00:00:00.000Z' } },
      { key: 'lexiconSettings', value: lexiconSettings },
    ],
    sources: pack.sources,
    facts: pack.facts,
    questions: pack.questions.map((question, order) => ({ ...question, order })),
    matchers: pack.matchers,
    lexicon: languages,
    userData: [{ key: 'reader-note', value: 'kept through every migration' }],
  };
}

/** Replaces the database with a schema v1 one holding the rows served at `url` (the worker must be stopped). */
async function writeSchemaV1(h: Harness, url: string): Promise<void> {
  const inspector = await openInspector(h);
  await inspector.evaluate(
    async ({ name, url: rowsUrl }) => {
      const rows = (await (await fetch(rowsUrl)).json()) as Record<string, unknown[]>;
      await new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 10);
        request.onupgradeneeded = () => {
          const created = request.result;
          for (const [store, keyPath] of Object.entries({ meta: 'key', sources: 'id', facts: 'id', questions: 'id', matchers: 'id', lexicon: 'lang', userData: 'key' })) {
            const objectStore = created.createObjectStore(store, { keyPath });
            if (store === 'facts') objectStore.createIndex('date', 'date');
            if (store === 'matchers') objectStore.createIndex('lang', 'lang');
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(Object.keys(rows), 'readwrite');
      for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
      await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
      db.close();
    },
    { name: DB, url },
  );
  await inspector.close();
}

const READER_DATA = [{ key: 'reader-note', value: 'kept through every migration' }];

describe('the worker stopped in the middle of a schema migration (v1 → v2, 100,000 claims moved)', () => {
  it('leaves the old schema or the new one, whole, with the reader data; a later start completes it', async () => {
    const pack = await largePack('60.0.0', CLAIMS);
    harness.site.setRoute('/migration/schema-v1.json', JSON.stringify(schemaV1Rows(pack)));
    const outcomes: string[] = [];

    for (const delayMs of [0, 300]) {
      await stopWorkers(harness);
      await writeSchemaV1(harness, `${harness.site.origin}/migration/schema-v1.json`);
      const before = await readState(harness);
      expect(before.version).toBe(10);
      expectWhole(before, '60.0.0', CLAIMS);

      // An article wakes the worker; its first query opens the database, which migrates.
      const article = await openPage(harness, '/news/men-fleeing-draft.html');
      const inspector = await openInspector(harness);
      await waitUntilBusy(inspector);
      await inspector.waitForTimeout(delayMs);
      await stopWorkers(harness);
      await Promise.all([inspector.close(), article.close()]);

      const after = await readState(harness);
      expectWhole(after, '60.0.0', CLAIMS);
      expect(after.userData).toEqual(READER_DATA);
      if (after.version === MIGRATED) {
        expect(after.stores).toContain('claims');
        outcomes.push(`${delayMs} ms: migrated`);
      } else {
        expect(after.version).toBe(10);
        expect(after.stores).not.toContain('claims');
        outcomes.push(`${delayMs} ms: old schema`);
      }
    }
    expect(outcomes.some((outcome) => outcome.endsWith('old schema')), outcomes.join(', ')).toBe(true);

    // The control: the next start migrates to the end, and the sidebar works on the migrated data.
    await expectSidebarWorks();
    await expect.poll(async () => (await readState(harness)).version, { timeout: 60_000, interval: 1_000 }).toBe(MIGRATED);
    const migrated = await readState(harness);
    expectWhole(migrated, '60.0.0', CLAIMS);
    expect(migrated.stores).toContain('claims');
    expect(migrated.userData).toEqual(READER_DATA);
  }, 300_000);
});
