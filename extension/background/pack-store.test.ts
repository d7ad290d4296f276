import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BuiltFactPack, Fact } from '../../src/pack/fact-pack-schema';
import { builtFixturePack, fixtureFact, fixtureQuestion, numberClaim } from '../../test/pack/fixture-pack';
import { compiledMatchers } from './compiled-matchers';
import { openDatabase, readMeta, type MobilizationDb } from './database';
import {
  getAllFacts,
  getInstalledVersion,
  getLexicon,
  getMatchers,
  getPackInfo,
  getQuestions,
  getQuestionsByTopics,
  getSources,
  importPack,
  PackSuperseded,
} from './pack-store';

let db: MobilizationDb;
let pack: BuiltFactPack;

beforeEach(async () => {
  db = openDatabase(`store-${crypto.randomUUID()}`);
  pack = await builtFixturePack();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('importPack guarded by the installed version', () => {
  it('checks again inside its transaction and leaves a newer pack alone', async () => {
    await importPack(db, { ...pack, version: '2.0.0' }, 'sync');
    const onlyIfNewer = (installed: { version: string } | null) => installed === null || installed.version < '1.5.0';
    await expect(importPack(db, { ...pack, version: '1.5.0' }, 'bundled', onlyIfNewer)).rejects.toBeInstanceOf(PackSuperseded);
    expect(await getInstalledVersion(db)).toBe('2.0.0');
    expect(await getAllFacts(db)).toHaveLength(pack.facts.length);
  });
});

describe('importPack and the readers', () => {
  it('reads nothing before a pack is installed', async () => {
    expect(await getPackInfo(db)).toBeNull();
    expect(await getInstalledVersion(db)).toBeNull();
    expect(await getLexicon(db)).toBeNull();
    expect(await getQuestions(db)).toEqual([]);
  });

  it('reads back what it imported', async () => {
    await importPack(db, pack);
    expect(await getPackInfo(db)).toEqual({
      id: 'fixture',
      version: '1.0.0',
      publishedAt: '2024-01-01',
      contentHash: pack.contentHash,
      counts: { sources: 2, facts: 2, questions: 2, claims: 4 },
    });
    expect(await getInstalledVersion(db)).toBe('1.0.0');
    expect(await getAllFacts(db)).toEqual(pack.facts);
    expect(await getQuestions(db)).toEqual(pack.questions);
    expect(await getSources(db)).toEqual(pack.sources);
    expect(await getMatchers(db)).toEqual(pack.matchers);
    expect(await getLexicon(db)).toEqual(pack.lexicon);
  });

  it('keeps the pack\'s line words, with which the worker\'s compiled matchers rule teaser lines out', async () => {
    const withLines = { ...pack, lineWords: { de: { 'teaser-label': ['Lesen Sie auch'], 'how-opening': ['wie'] } } };
    await importPack(db, withLines);
    expect(await readMeta(db, 'lineWords')).toEqual(withLines.lineWords);
    const compiled = await compiledMatchers(db, 'en');
    expect(compiled.lines).toEqual({ teaser: ['lesen sie auch'], how: ['wie'], longestTeaser: 14 });
  });

  it('looks questions up by id, topic, and matchers by language', async () => {
    await importPack(db, pack);
    expect((await getQuestions(db, ['how-many-left', 'missing'])).map((question) => question.id)).toEqual(['how-many-left']);
    expect(await getQuestions(db, [])).toEqual([]);
    expect((await getQuestionsByTopics(db, ['exodus', 'numbers'])).map((question) => question.id)).toEqual(['how-many-mobilized', 'how-many-left']);
    expect(await getQuestionsByTopics(db, [])).toEqual([]);
    expect((await getMatchers(db, 'ru')).map((matcher) => matcher.id)).toEqual(['left-ru']);
    expect((await getMatchers(db, 'en-GB')).map((matcher) => matcher.id)).toEqual(['mobilized-en']);
    expect(await getSources(db, ['reuters', 'nobody'])).toEqual([pack.sources[1]]);
  });

  it('replaces the previous pack entirely and leaves user data alone', async () => {
    await importPack(db, pack);
    await db.userData.put({ key: 'dismissed', value: ['fact:decree-signed'] });
    const next = await builtFixturePack({
      version: '1.1.0',
      facts: [fixtureFact('only-fact')],
      questions: [fixtureQuestion('only-question', [numberClaim('only-claim', 1)])],
      matchers: [],
    });
    await importPack(db, next);
    expect((await getAllFacts(db)).map((fact) => fact.id)).toEqual(['only-fact']);
    expect(await db.claims.toCollection().primaryKeys()).toEqual(['only-claim']);
    expect(await getMatchers(db)).toEqual([]);
    expect(await getInstalledVersion(db)).toBe('1.1.0');
    expect(await db.userData.get('dismissed')).toEqual({ key: 'dismissed', value: ['fact:decree-signed'] });
  });
});

describe('importPack atomicity', () => {
  async function expectOldPackWhole() {
    expect(await getInstalledVersion(db)).toBe('1.0.0');
    expect(await getAllFacts(db)).toEqual(pack.facts);
    expect(await getQuestions(db)).toEqual(pack.questions);
    expect(await getMatchers(db)).toEqual(pack.matchers);
    expect(await getLexicon(db)).toEqual(pack.lexicon);
  }

  it('leaves the old pack whole when a record fails mid-import', async () => {
    await importPack(db, pack);
    const next = await builtFixturePack({ version: '2.0.0' });
    // A fact without its key path fails inside bulkPut, after other tables were already cleared.
    const poisoned = { ...next, facts: [...next.facts, { ...fixtureFact('x'), id: undefined } as unknown as Fact] };
    await expect(importPack(db, poisoned)).rejects.toThrow();
    await expectOldPackWhole();
  });

  it('leaves the old pack whole when a later table fails', async () => {
    await importPack(db, pack);
    const next = await builtFixturePack({ version: '2.0.0' });
    const failMatchers = () => {
      throw new Error('storage failed while writing matchers');
    };
    db.matchers.hook('creating', failMatchers);
    await expect(importPack(db, next)).rejects.toThrow(/storage failed/);
    db.matchers.hook('creating').unsubscribe(failMatchers);
    await expectOldPackWhole();
  });
});
