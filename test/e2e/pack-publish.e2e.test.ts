import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForSidebar, type ExtensionBrowser } from '../../demo/launch-chromium';
import { startDemoSite, type DemoSite } from '../../demo/demo-site';
import { buildPack } from '../../src/pack/build-pack';
import type { BuiltFactPack, FactPack } from '../../src/pack/fact-pack-schema';
import { headersFor, PREFLIGHT_HEADERS } from '../../src/pack/publish-layout';
import { waitForPackInstalled } from './harness';
import { E2E_KEYRING, E2E_KEYS } from './paths';
import { shippedPack, shippedSourceLink } from './large-pack';

/**
 * The whole path from the pack's authors to a reader: `npm run pack:publish` writes a folder,
 * sirv (a real static server, with ETags) serves it on 127.0.0.1, and an extension BUILT with
 * that server as its default update URL syncs on install, with nobody opening the options page,
 * then answers a later check with a 304 and downloads nothing.
 *
 * The build has to know the server's address, so it is made here, after the server has its
 * port, rather than in global-setup (whose build has no update URL, like every development
 * build). Only the address differs from the other end-to-end builds.
 */
const WORK = '.generated/e2e-publish';
const SITE = join(WORK, 'site');
const DIST = 'dist-test-publish';
const MARKER = 'Marker fact published by the end-to-end publish test';

interface Logged {
  method: string;
  path: string;
  ifNoneMatch: string | undefined;
  status: number;
  etag: string | undefined;
}

/**
 * sirv serves the folder; around it only what a CDN's configuration adds: the documented cache
 * and CORS headers for each path, and the answer to CORS preflights. sirv reads the folder's
 * file list once, as a deployed site is fixed until the next deploy, so `deploy()` makes a new one.
 */
async function startStaticHost() {
  const log: Logged[] = [];
  let serve = sirv(SITE, { etag: true });
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    response.on('finish', () =>
      log.push({
        method: request.method ?? '',
        path,
        ifNoneMatch: request.headers['if-none-match'],
        status: response.statusCode,
        etag: response.getHeader('etag')?.toString(),
      }),
    );
    if (request.method === 'OPTIONS') {
      response.writeHead(204, PREFLIGHT_HEADERS);
      response.end();
      return;
    }
    for (const [name, value] of Object.entries(headersFor(path))) response.setHeader(name, value);
    serve(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    deploy: () => {
      serve = sirv(SITE, { etag: true });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A pack newer than the shipped one, with a marker fact, built as `npm run pack` would. */
async function newerPack(version: string): Promise<string> {
  const shipped = shippedPack();
  const { contentHash: _hash, ...rest } = shipped;
  const source: FactPack = {
    ...rest,
    version,
    questions: shipped.questions.map(({ status: _status, ...question }) => question),
    facts: [
      ...shipped.facts,
      {
        id: 'e2e-publish-marker',
        date: '2022-09-21',
        text: MARKER,
        topics: ['announcement'],
        citations: [{ ...shippedSourceLink(shipped, '/marker'), date: '2022-09-21' }],
        confidence: 'high',
        key: true,
      },
    ],
  };
  const file = join(WORK, `built-${version}.json`);
  writeFileSync(file, JSON.stringify(await buildPack(source)));
  return file;
}

/** `npm run pack:publish`, signing with the test build's throwaway key. */
async function publish(version: string): Promise<void> {
  const { secretKey } = JSON.parse(readFileSync(E2E_KEYS, 'utf8')) as { secretKey: string };
  execFileSync('npm', ['run', '--silent', 'pack:publish', '--', '--pack', await newerPack(version), '--out', SITE], {
    env: { ...process.env, MC_PACK_PRIVATE_KEY: secretKey },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

let host: Awaited<ReturnType<typeof startStaticHost>>;
let site: DemoSite;
let browser: ExtensionBrowser;

async function optionsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/extension/options/options.html`);
  await page.waitForSelector('[data-sync="last-update"]');
  return page;
}

const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).trim();
const gets = (prefix: string) => host.log.filter((entry) => entry.method === 'GET' && entry.path.startsWith(prefix));

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  await publish('9.0.0');
  host = await startStaticHost();
  site = await startDemoSite();
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, MC_PACK_KEYRING: E2E_KEYRING, MC_OUT_DIR: DIST, MC_PACK_UPDATE_URL: `${host.origin}/index.json` },
  });
  browser = await launchWithExtension(DIST);
  await waitForPackInstalled(browser);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

describe('publishing and syncing the fact pack', () => {
  it('the built-in update URL is synced on install: index first, then the pack it names', async () => {
    await expect.poll(() => gets('/packs/').map((entry) => `${entry.path} ${entry.status}`), { timeout: 30_000 }).toEqual([
      '/packs/9.0.0/fact-pack.json 200',
    ]);
    const [firstIndex] = gets('/index.json');
    expect(firstIndex).toMatchObject({ status: 200, ifNoneMatch: undefined });
    expect(firstIndex?.etag).toMatch(/^W\/"\d+-\d+"$/);

    const options = await optionsPage();
    await expect.poll(() => text(options, '[data-sync="last-update"]')).toMatch(/^Version 9\.0\.0, from the update server/);
    expect(await text(options, '[data-sync="last-check"]')).toMatch(/^Updated to version 9\.0\.0/);
    expect(await options.locator('[data-sync="next-check"] time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await options.locator('#update-url').inputValue()).toBe(`${host.origin}/index.json`);
    await options.close();

    // Control: the synced pack is the one the reader gets (its marker fact in the sidebar).
    const article = await browser.context.newPage();
    await article.goto(`${site.origin}/news/russians-return-home.html`);
    const frame = await waitForSidebar(article, browser.extensionId);
    await frame.getByLabel('Topic', { exact: true }).selectOption({ label: 'All topics' });
    await frame.waitForSelector(`text=${MARKER}`, { timeout: 10_000 });

    // The daily check stays scheduled after the install sync, and no retry is pending.
    const alarms = await (await browser.worker()).evaluate(async () => (await chrome.alarms.getAll()).map(({ name, periodInMinutes }) => ({ name, periodInMinutes })));
    expect(alarms).toEqual([{ name: 'fact-pack-sync', periodInMinutes: 24 * 60 }]);

    // The popup says the same: where the pack came from, and when the next check is due.
    await article.bringToFront();
    const worker = await browser.worker();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/extension/popup/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-sync="last-update"]');
    expect(await text(popup, '[data-sync="last-update"]')).toMatch(/^Version 9\.0\.0, from the update server/);
    expect(await text(popup, '[data-sync="last-check"]')).toMatch(/^Updated to version 9\.0\.0/);
    expect(await popup.locator('[data-sync="next-check"] time').count()).toBe(1);
    await popup.close();
    await article.close();
  });

  it('a later check sends the ETag, gets 304 Not Modified, and downloads nothing', async () => {
    const etag = gets('/index.json').at(-1)?.etag;
    host.log.length = 0;
    const options = await optionsPage();
    await options.getByRole('button', { name: /sync now/i }).click();
    await expect.poll(() => text(options, '.sync-now__result')).toMatch(/^Already up to date: version 9\.0\.0/);
    expect(gets('/')).toEqual([expect.objectContaining({ path: '/index.json', ifNoneMatch: etag, status: 304 })]);
    expect(await text(options, '[data-sync="last-check"]')).toMatch(/^Already up to date: version 9\.0\.0/);
    await options.close();
  });

  it('a new version published to the same folder is found by the next check', async () => {
    await publish('9.1.0');
    host.deploy();
    host.log.length = 0;
    const options = await optionsPage();
    await options.getByRole('button', { name: /sync now/i }).click();
    await expect.poll(() => text(options, '.sync-now__result')).toMatch(/^Updated to version 9\.1\.0/);
    expect(gets('/').map((entry) => `${entry.path} ${entry.status}`)).toEqual(['/index.json 200', '/packs/9.1.0/fact-pack.json 200']);
    // The earlier version stays where it was: caches were told it never changes.
    const kept = JSON.parse(readFileSync(join(SITE, 'packs/9.0.0/fact-pack.json'), 'utf8')) as { payload: string };
    expect((JSON.parse(kept.payload) as { pack: BuiltFactPack }).pack.version).toBe('9.0.0');
    await options.close();
  });
});
