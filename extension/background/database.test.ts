import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { builtFixturePack } from '../../test/pack/fixture-pack';
import { openDatabase, SCHEMA_V1 } from './database';
import { getAllFacts, getLexicon, getLocalizer, getMatchers, getPackInfo, getQuestions, getQuestionsByTopics, packInfoOf } from './pack-store';

/** What version 1 of the extension declared, frozen here as the previous schema to migrate from. */
const SHIPPED_V1_STORES = {
  meta: 'key',
  sources: 'id',
  facts: 'id, date',
  questions: 'id',
  matchers: 'id, lang',
  lexicon: 'lang',
  userData: 'key',
};

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

describe('MobilizationDb migrations', () => {
  it('keeps the v1 schema as it shipped', () => {
    expect(SCHEMA_V1).toEqual(SHIPPED_V1_STORES);
  });

  it('opens a database written by schema v1: user data survives, the pack reads back whole', async () => {
    name = `migration-${crypto.randomUUID()}`;
    const pack = await builtFixturePack();
    const { languages, ...lexiconSettings } = pack.lexicon;

    // Write the way v1 did, with a raw Dexie that knows only the old stores.
    const old = new Dexie(name);
    old.version(1).stores(SHIPPED_V1_STORES);
    await old.table('sources').bulkPut(pack.sources);
    await old.table('facts').bulkPut(pack.facts);
    await old.table('questions').bulkPut(pack.questions.map((question, order) => ({ ...question, order })));
    await old.table('matchers').bulkPut(pack.matchers);
    await old.table('lexicon').bulkPut(languages);
    await old.table('meta').bulkPut([
      { key: 'pack', value: { ...packInfoOf(pack), origin: 'bundled', installedAt: '2024-01-02T00:00:00.000Z' } },
      { key: 'lexiconSettings', value: lexiconSettings },
    ]);
    await old.table('userData').bulkPut([
      { key: 'dismissed', value: ['fact:decree-signed', 'question:how-many-left'] },
      { key: 'onboarding', value: { seen: true } },
    ]);
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.userData.toArray()).toEqual([
      { key: 'dismissed', value: ['fact:decree-signed', 'question:how-many-left'] },
      { key: 'onboarding', value: { seen: true } },
    ]);
    expect(await getPackInfo(db)).toEqual(packInfoOf(pack));
    // Claims moved to their own table, and questions come back with them, in order.
    expect(await db.claims.count()).toBe(4);
    expect(await getQuestions(db)).toEqual(pack.questions);
    // The new multi-entry indexes were built from the old rows.
    expect((await getQuestionsByTopics(db, ['exodus'])).map((question) => question.id)).toEqual(['how-many-left']);
    expect(await db.facts.where('topics').equals('borders').primaryKeys()).toEqual(['exodus-starts']);
    expect(await getAllFacts(db)).toEqual(pack.facts);
    expect(await getLexicon(db)).toEqual(pack.lexicon);
    // v1 kept no matcher order; the upgrade numbers them in key order.
    expect(await getMatchers(db)).toEqual([...pack.matchers].sort((a, b) => a.id.localeCompare(b.id)));
    // A pack from before translations shows, and says it shows, English until the next import.
    expect((await getLocalizer(db, 'ru')).lang).toBe('en');
    db.close();
  });
});
