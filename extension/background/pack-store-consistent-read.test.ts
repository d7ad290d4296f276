/**
 * A card's questions and the sources they cite come from one pack: a pack update landing while
 * the card is read must not pair the new pack's questions with the old pack's sources.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BuiltFactPack } from '../../src/pack/fact-pack-schema';
import { builtFixturePack, fixturePack } from '../../test/pack/fixture-pack';
import { openDatabase, type MobilizationDb } from './database';
import { getQuestionsWithSources, importPack } from './pack-store';

let db: MobilizationDb;

beforeEach(() => {
  db = openDatabase(`consistent-read-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** The fixture pack at `version`, every question's text and source's name marked with it. */
async function packAt(version: string): Promise<BuiltFactPack> {
  const base = fixturePack();
  return builtFixturePack({
    version,
    questions: base.questions.map((question) => ({ ...question, text: `${question.text} (${version})` })),
    sources: base.sources.map((source) => ({ ...source, name: `${source.name} (${version})` })),
  });
}

describe('a card read while the pack is replaced', () => {
  it('gets questions and sources of the same pack', async () => {
    await importPack(db, await packAt('1.0.0'), 'bundled');
    const next = await packAt('2.0.0');
    const ids = next.questions.map((question) => question.id);
    const reading = getQuestionsWithSources(db, ids, 'en');
    const replacing = importPack(db, next, 'sync');
    const [read] = await Promise.all([reading, replacing]);
    const versions = new Set([
      ...read.questions.map((question) => question.text.match(/\((\d\.\d\.\d)\)$/)?.[1]),
      ...read.sources.map((source) => source.name.match(/\((\d\.\d\.\d)\)$/)?.[1]),
    ]);
    expect(read.questions.length).toBeGreaterThan(0);
    expect(read.sources.length).toBeGreaterThan(0);
    expect([...versions]).toHaveLength(1);
  });
});
