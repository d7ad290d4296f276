import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BuiltFactPack } from '../../src/pack/fact-pack-schema';
import { builtFixturePack, fixturePack } from '../../test/pack/fixture-pack';
import { LEXICON_KEY, lexiconLanguageKey } from '../messaging/storage-keys';
import { openDatabase, type MobilizationDb } from './database';
import { importPack } from './pack-store';

/** storage.local, kept across worker lives (module reloads); `dieAt` makes one write throw as a dying worker would leave it. */
const storage = vi.hoisted(() => ({ items: new Map<string, unknown>(), dieAt: null as null | ((op: 'set' | 'remove', keys: string[]) => boolean) }));
vi.mock('webextension-polyfill', () => {
  const { items } = storage;
  const die = (op: 'set' | 'remove', keys: string[]) => {
    if (storage.dieAt?.(op, keys)) {
      storage.dieAt = null;
      throw new Error('the worker died');
    }
  };
  return {
    default: {
      storage: {
        local: {
          get: async (keys: string | string[] | null) => {
            const list = keys === null ? [...items.keys()] : Array.isArray(keys) ? keys : [keys];
            return Object.fromEntries(list.filter((key) => items.has(key)).map((key) => [key, items.get(key)]));
          },
          set: async (entries: Record<string, unknown>) => {
            die('set', Object.keys(entries));
            for (const [key, value] of Object.entries(entries)) items.set(key, value);
          },
          remove: async (keys: string | string[]) => {
            const list = Array.isArray(keys) ? keys : [keys];
            die('remove', list);
            for (const key of list) items.delete(key);
          },
        },
      },
    },
  };
});

const english = fixturePack().lexicon.languages[0];
/** A pack whose lexicon has English and French, and its next version without French. */
let twoLanguages: BuiltFactPack;
let englishOnly: BuiltFactPack;
let db: MobilizationDb;

/** The lifecycle module as a fresh worker loads it (its once-per-life state gone). */
async function newWorker() {
  vi.resetModules();
  return import('./pack-lifecycle');
}

const keys = () => [...storage.items.keys()].sort();
const head = () => storage.items.get(LEXICON_KEY) as { packVersion?: string; languages: Array<{ lang: string }> } | undefined;

beforeEach(async () => {
  storage.items.clear();
  storage.dieAt = null;
  if (!english) throw new Error('the fixture pack has no lexicon');
  twoLanguages = await builtFixturePack({ lexicon: { ...fixturePack().lexicon, languages: [english, { ...english, lang: 'fr' }] } });
  englishOnly = await builtFixturePack({ version: '1.1.0' });
  db = openDatabase(`lifecycle-${crypto.randomUUID()}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('publishLexicon', () => {
  it("publishes the head and each language's part, and removes the shapes older versions kept", async () => {
    storage.items.set('compiled-lexicon-2', { languages: [] });
    storage.items.set('lexicon', {});
    storage.items.set('settings', { overlaysVisible: true });
    await importPack(db, twoLanguages);
    await (await newWorker()).publishLexicon(db);
    expect(keys()).toEqual([LEXICON_KEY, lexiconLanguageKey('en'), lexiconLanguageKey('fr'), 'settings'].sort());
    expect(head()?.packVersion).toBe('1.0.0');
  });

  it('removes the part of a language the new pack dropped', async () => {
    const worker = await newWorker();
    await importPack(db, twoLanguages);
    await worker.publishLexicon(db);
    await importPack(db, englishOnly);
    await worker.publishLexicon(db);
    expect(keys()).toEqual([LEXICON_KEY, lexiconLanguageKey('en')]);
    expect(head()?.languages.map(({ lang }) => lang)).toEqual(['en']);
  });

  for (const [step, dieAt] of [
    ['after writing the parts', (op: 'set' | 'remove') => op === 'remove'],
    ['before writing the head', (op: 'set' | 'remove', written: string[]) => op === 'set' && written.includes(LEXICON_KEY)],
  ] as const) {
    it(`leaves no dropped language's part once the next worker starts, when the worker died ${step}`, async () => {
      await importPack(db, twoLanguages);
      await (await newWorker()).publishLexicon(db);
      await importPack(db, englishOnly);
      storage.dieAt = dieAt;
      await expect((await newWorker()).publishLexicon(db)).rejects.toThrow('the worker died');
      await (await newWorker()).ensurePackInstalled(db);
      expect(keys()).toEqual([LEXICON_KEY, lexiconLanguageKey('en')]);
      expect(head()?.packVersion).toBe('1.1.0');
    });
  }
});

describe('ensurePackInstalled', () => {
  it('publishes the lexicon again when a pack is installed but its lexicon never was', async () => {
    await importPack(db, twoLanguages);
    expect(head()).toBeUndefined();
    await (await newWorker()).ensurePackInstalled(db);
    expect(keys()).toEqual([LEXICON_KEY, lexiconLanguageKey('en'), lexiconLanguageKey('fr')]);
  });

  it("publishes the installed pack's lexicon when storage still holds an older pack's", async () => {
    await importPack(db, twoLanguages);
    await (await newWorker()).publishLexicon(db);
    await importPack(db, englishOnly);
    await (await newWorker()).ensurePackInstalled(db);
    expect(head()?.packVersion).toBe('1.1.0');
    expect(keys()).toEqual([LEXICON_KEY, lexiconLanguageKey('en')]);
  });

  it('leaves a published lexicon alone', async () => {
    await importPack(db, twoLanguages);
    const worker = await newWorker();
    await worker.publishLexicon(db);
    const published = head();
    await worker.ensurePackInstalled(db);
    await (await newWorker()).ensurePackInstalled(db);
    expect(head()).toBe(published);
  });
});
