import Dexie, { type Table, type Transaction } from 'dexie';
import type { BuiltQuestion, Claim, Fact, LanguageTranslations, PackLanguage, Source } from '../../src/pack/fact-pack-schema';
import type { LanguageLexicon, Lexicon } from '../../src/pack/lexicon-schema';
import type { ClaimMatcher, LineWords } from '../../src/pack/matcher-schema';
import type { Keyring } from '../../src/pack/keyring';
import type { PackInfo, SyncOutcome } from '../messaging/protocol';

export const DEFAULT_DATABASE_NAME = 'mobilization-context';

/** The installed pack's identity, with where it came from (a synced pack outranks a rebuilt bundle). */
export interface PackMeta extends PackInfo {
  origin: 'bundled' | 'sync';
  installedAt: string;
}

/** What the sync remembers between checks (see pack-sync.ts). */
export interface SyncRecord {
  /** The last check's outcome, shown to the reader. */
  lastCheck: SyncOutcome | null;
  /** Checks failed in a row, for the backoff. */
  failures: number;
  /** The index's validators from the last check that got through, for a conditional request. */
  validators: { url: string; etag: string | null; lastModified: string | null } | null;
}

/** Held by the one sync running, across worker restarts; it lapses by itself if the worker dies. */
export interface SyncLease {
  holder: string;
  expiresAt: number;
}

/** The `meta` table holds a few named records, each with its own type. */
export interface MetaValues {
  pack: PackMeta;
  sync: SyncRecord;
  syncLease: SyncLease;
  /** Keys introduced and revoked by signed packs, on top of the keyring shipped in the extension. */
  keyring: Keyring;
  /** The lexicon's thresholds and URL hints; its languages live in the `lexicon` table. */
  lexiconSettings: Omit<Lexicon, 'languages'>;
  /** The words of lines that state nothing (teaser labels, a heading's "how"), by language. */
  lineWords: LineWords;
}
export type MetaKey = keyof MetaValues;
export type MetaRow = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];

/** A question without its claims (schema v2 keeps claims in their own table); `order` is its place in the pack. */
export interface QuestionRow extends Omit<BuiltQuestion, 'claims'> {
  order: number;
}
/** A claim with the question it answers and its place among that question's claims. */
export interface ClaimRow extends Claim {
  questionId: string;
  order: number;
}

/** A claim matcher with its place in the pack: among equally specific matchers, the first wins. */
export interface MatcherRow extends ClaimMatcher {
  order: number;
}

/** One interface language's translations of the pack, read whole when the pack is shown in it. */
export interface TranslationRow extends LanguageTranslations {
  lang: PackLanguage;
}

/** Data the reader made (dismissed items and the like); pack imports and migrations never touch it. */
export interface UserDataRow {
  key: string;
  value: unknown;
}

/**
 * Schema history. Never edit a shipped version: add a new one, with an upgrade function when
 * existing rows must change shape. Pack tables are replaced wholesale on every pack import;
 * `userData` belongs to the reader and must survive every version.
 */
export const SCHEMA_V1 = {
  meta: 'key',
  sources: 'id',
  facts: 'id, date',
  // v1 stored each question with its claims nested.
  questions: 'id',
  matchers: 'id, lang',
  lexicon: 'lang',
  userData: 'key',
} as const;

/** v2: claims in their own table indexed by question, topic indexes for per-article lookups. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  facts: 'id, date, *topics',
  questions: 'id, *topics',
  claims: 'id, questionId',
  matchers: 'id, lang, questionId',
} as const;

/** v3: the pack's translations, one row per interface language. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  translations: 'lang',
} as const;

/**
 * v1 → v2: moves nested claims out of each question row into the `claims` table, and numbers
 * the matchers (v1 kept no order) so they keep a stable one.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  let matcherOrder = 0;
  await tx.table<MatcherRow, string>('matchers').toCollection().modify((matcher) => {
    matcher.order = matcherOrder++;
  });
  const questions = tx.table<QuestionRow & { claims?: Claim[] }, string>('questions');
  const claims: ClaimRow[] = [];
  await questions.toCollection().modify((question) => {
    (question.claims ?? []).forEach((claim, order) => claims.push({ ...claim, questionId: question.id, order }));
    delete question.claims;
  });
  await tx.table<ClaimRow, string>('claims').bulkPut(claims);
}

export class MobilizationDb extends Dexie {
  declare meta: Table<MetaRow, MetaKey>;
  declare sources: Table<Source, string>;
  declare facts: Table<Fact, string>;
  declare questions: Table<QuestionRow, string>;
  declare claims: Table<ClaimRow, string>;
  declare matchers: Table<MatcherRow, string>;
  declare lexicon: Table<LanguageLexicon, string>;
  declare translations: Table<TranslationRow, PackLanguage>;
  declare userData: Table<UserDataRow, string>;

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    // A pack imported before v3 has no translations and shows in English until the next import.
    this.version(3).stores(SCHEMA_V3);
  }

  /** Every table the pack fills; an import replaces all of them together. */
  get packTables() {
    return [this.meta, this.sources, this.facts, this.questions, this.claims, this.matchers, this.lexicon, this.translations];
  }
}

/** Opens lazily: Dexie connects on the first query, so the worker's start-up stays synchronous. */
export function openDatabase(name: string = DEFAULT_DATABASE_NAME): MobilizationDb {
  return new MobilizationDb(name);
}

export async function readMeta<K extends MetaKey>(db: MobilizationDb, key: K): Promise<MetaValues[K] | null> {
  const row = await db.meta.get(key);
  return row ? (row.value as MetaValues[K]) : null;
}

export async function writeMeta<K extends MetaKey>(db: MobilizationDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value } as MetaRow);
}
