import { PACK_LANGUAGES, type BuiltFactPack, type BuiltQuestion, type Fact, type PackLanguage, type Source } from '../../src/pack/fact-pack-schema';
import { PackLocalizer } from '../../src/pack/localize-pack';
import type { Lexicon } from '../../src/pack/lexicon-schema';
import type { ClaimMatcher } from '../../src/pack/matcher-schema';
import type { PackInfo } from '../messaging/protocol';
import { readMeta, writeMeta, type ClaimRow, type MatcherRow, type MobilizationDb, type PackMeta, type QuestionRow } from './database';

export function packInfoOf(pack: BuiltFactPack): PackInfo {
  return {
    id: pack.id,
    version: pack.version,
    publishedAt: pack.publishedAt,
    contentHash: pack.contentHash,
    counts: {
      sources: pack.sources.length,
      facts: pack.facts.length,
      questions: pack.questions.length,
      claims: pack.questions.reduce((sum, question) => sum + question.claims.length, 0),
    },
  };
}

/** Thrown when another import landed between the version check and this import. */
export class PackSuperseded extends Error {}

/**
 * Replaces the installed pack with `pack` in one transaction: if anything fails, or the worker
 * is stopped half-way, IndexedDB rolls back and the previous pack stays whole. User data is
 * in another table and is not part of the transaction. `replaces` is asked again inside the
 * transaction, so a sync and a bundled install racing each other cannot roll back a newer pack.
 */
export async function importPack(
  db: MobilizationDb,
  pack: BuiltFactPack,
  origin: PackMeta['origin'] = 'bundled',
  replaces: (installed: PackMeta | null) => boolean = () => true,
  /** More writes to the pack's tables that must land with the pack or not at all. */
  alongside: () => Promise<unknown> = async () => undefined,
): Promise<void> {
  const questions: QuestionRow[] = pack.questions.map(({ claims: _claims, ...question }, order) => ({ ...question, order }));
  const claims: ClaimRow[] = pack.questions.flatMap((question) => question.claims.map((claim, order) => ({ ...claim, questionId: question.id, order })));
  const matchers: MatcherRow[] = pack.matchers.map((matcher, order) => ({ ...matcher, order }));
  const { languages, ...lexiconSettings } = pack.lexicon;
  await db.transaction('rw', db.packTables, async () => {
    if (!replaces(await readMeta(db, 'pack'))) throw new PackSuperseded(`a pack newer than ${pack.version} was installed meanwhile`);
    await Promise.all(db.packTables.filter((table) => table !== db.meta).map((table) => table.clear()));
    await db.sources.bulkPut(pack.sources);
    await db.facts.bulkPut(pack.facts);
    await db.questions.bulkPut(questions);
    await db.claims.bulkPut(claims);
    await db.matchers.bulkPut(matchers);
    await db.lexicon.bulkPut(languages);
    await db.translations.bulkPut(PACK_LANGUAGES.map((lang) => ({ lang, ...pack.translations[lang] })));
    await writeMeta(db, 'lexiconSettings', lexiconSettings);
    await writeMeta(db, 'lineWords', pack.lineWords ?? {});
    await writeMeta(db, 'pack', { ...packInfoOf(pack), origin, installedAt: new Date().toISOString() });
    await alongside();
  });
}

export async function getInstalledPackMeta(db: MobilizationDb): Promise<PackMeta | null> {
  return readMeta(db, 'pack');
}

export async function getPackInfo(db: MobilizationDb): Promise<PackInfo | null> {
  const meta = await getInstalledPackMeta(db);
  if (!meta) return null;
  const { id, version, publishedAt, contentHash, counts } = meta;
  return { id, version, publishedAt, contentHash, counts };
}

export async function getInstalledVersion(db: MobilizationDb): Promise<string | null> {
  return (await getInstalledPackMeta(db))?.version ?? null;
}

/** Every fact, oldest first. */
export function getAllFacts(db: MobilizationDb): Promise<Fact[]> {
  return db.facts.orderBy('date').toArray();
}

/**
 * Puts each question back together with its claims, in pack order. Claims are read with one
 * indexed range per question rather than `anyOf`, which some IndexedDB implementations
 * (fake-indexeddb among them) answer by rescanning the index for every key.
 */
async function withClaims(db: MobilizationDb, rows: QuestionRow[], allClaims?: ClaimRow[]): Promise<BuiltQuestion[]> {
  const byQuestion = new Map<string, ClaimRow[]>();
  if (allClaims) {
    for (const claim of allClaims) {
      const list = byQuestion.get(claim.questionId);
      if (list) list.push(claim);
      else byQuestion.set(claim.questionId, [claim]);
    }
  } else {
    const perQuestion = await Promise.all(rows.map((row) => db.claims.where('questionId').equals(row.id).toArray()));
    rows.forEach((row, index) => byQuestion.set(row.id, perQuestion[index] ?? []));
  }
  return [...rows]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...question }) => ({
      ...question,
      claims: (byQuestion.get(question.id) ?? [])
        .sort((a, b) => a.order - b.order)
        .map(({ questionId: _questionId, order: _claimOrder, ...claim }) => claim),
    }));
}

/** Questions with their claims: all of them, or those with the given ids (unknown ids are skipped). */
export async function getQuestions(db: MobilizationDb, ids?: readonly string[]): Promise<BuiltQuestion[]> {
  return db.transaction('r', db.questions, db.claims, async () => {
    if (ids === undefined) return withClaims(db, await db.questions.toArray(), await db.claims.toArray());
    const rows = (await db.questions.bulkGet([...ids])).filter((row): row is QuestionRow => row !== undefined);
    return withClaims(db, rows);
  });
}

/** Questions tagged with any of the topics, through the multi-entry topic index, in pack order. */
export async function getQuestionsByTopics(db: MobilizationDb, topics: readonly string[]): Promise<BuiltQuestion[]> {
  if (topics.length === 0) return [];
  return db.transaction('r', db.questions, db.claims, async () => {
    const perTopic = await Promise.all([...new Set(topics)].map((topic) => db.questions.where('topics').equals(topic).toArray()));
    const unique = new Map(perTopic.flat().map((row) => [row.id, row]));
    return withClaims(db, [...unique.values()]);
  });
}

/** All sources, or those with the given ids (unknown ids are skipped). */
export async function getSources(db: MobilizationDb, ids?: readonly string[]): Promise<Source[]> {
  if (ids === undefined) return db.sources.toArray();
  return (await db.sources.bulkGet([...ids])).filter((source): source is Source => source !== undefined);
}

/** The sources a claim names: who said it, who reported it, and the copy its link opens, if any. */
export function claimSourceIds(claim: BuiltQuestion['claims'][number]): string[] {
  return claim.via ? [claim.claimant, claim.reporter, claim.via] : [claim.claimant, claim.reporter];
}

/**
 * The questions with the given ids, the sources their claims cite and the localizer for `lang`,
 * read in one transaction: a pack replaced between separate reads would pair one pack's
 * questions with another's sources or translations.
 */
export async function getQuestionsWithSources(
  db: MobilizationDb,
  ids: readonly string[],
  lang: PackLanguage,
): Promise<{ questions: BuiltQuestion[]; sources: Source[]; localizer: PackLocalizer }> {
  return db.transaction('r', [db.questions, db.claims, db.sources, db.translations], async () => {
    const [questions, localizer] = await Promise.all([getQuestions(db, ids), getLocalizer(db, lang)]);
    const cited = new Set(questions.flatMap((question) => question.claims.flatMap(claimSourceIds)));
    return { questions, sources: await getSources(db, [...cited]), localizer };
  });
}

/** Matchers for a page language ("en", "de-AT" → "de"), or all of them, in pack order. */
export async function getMatchers(db: MobilizationDb, lang?: string): Promise<ClaimMatcher[]> {
  const rows = lang === undefined ? await db.matchers.toArray() : await db.matchers.where('lang').equals(lang.toLowerCase().split('-')[0] ?? '').toArray();
  return rows.sort((a, b) => a.order - b.order).map(({ order: _order, ...matcher }) => matcher);
}

export async function getLexicon(db: MobilizationDb): Promise<Lexicon | null> {
  return db.transaction('r', db.meta, db.lexicon, async () => {
    const settings = await readMeta(db, 'lexiconSettings');
    return settings ? { ...settings, languages: await db.lexicon.toArray() } : null;
  });
}

/** Shows the pack in `lang`: with that language's translations, or in English if it has none. */
export async function getLocalizer(db: MobilizationDb, lang: PackLanguage): Promise<PackLocalizer> {
  const row = await db.translations.get(lang);
  // A pack installed before translations existed is shown, and labelled, as English.
  if (!row) return new PackLocalizer('en');
  const { lang: _lang, ...dictionary } = row;
  return new PackLocalizer(lang, dictionary);
}
