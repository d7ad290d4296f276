/**
 * `npx tsx bench/pack-import.ts`: what a pack costs to install and to read for one article,
 * in fake-indexeddb (an in-memory IndexedDB in Node, slower than a browser's, so read the
 * ratios rather than the milliseconds). The current pack (assets/pack, or a small fixture
 * while that folder is empty) is the baseline, measured in the same run as synthetic packs of
 * 1k, 10k and 100k claims.
 *
 * For each pack: validation (schema, integrity, content hash: what a sync does before
 * importing), the one-transaction import, and the lookups the sidebar makes for one article
 * (questions by topic, matchers for its language, all facts), median of several runs.
 * About 10 s in all.
 */
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Dexie from 'dexie';
import { openDatabase } from '../extension/background/database';
import { getAllFacts, getMatchers, getQuestionsByTopics, importPack } from '../extension/background/pack-store';
import { assemblePack } from '../src/pack/assemble-pack';
import { buildPack } from '../src/pack/build-pack';
import { TOPICS, type BuiltFactPack, type Claim, type Fact, type FactPack, type Question, type Source } from '../src/pack/fact-pack-schema';
import type { ClaimMatcher } from '../src/pack/matcher-schema';
import { readPackSources } from '../src/pack/read-pack-sources';
import { validateBuiltPack } from '../src/pack/signed-pack';
import { fixturePack } from '../test/pack/fixture-pack';
import { median } from './stats';

const ARTICLE = { topics: ['exodus', 'borders'], lang: 'en' };
const LOOKUP_RUNS = 7;
/** Synthetic pack sizes in claims; BENCH_SIZES=1000,5000 for a quick run. */
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const CLAIMS_PER_QUESTION = 10;

async function currentPack(): Promise<{ label: string; pack: FactPack }> {
  if (existsSync('assets/pack/pack.json')) {
    const { pack, errors } = assemblePack(readPackSources('assets/pack'));
    if (pack) return { label: 'current pack', pack };
    console.warn(`assets/pack has ${errors.length} errors; using the test fixture as the baseline`);
  }
  return { label: 'fixture pack', pack: fixturePack() };
}

/** A valid pack of `claimCount` claims shaped like the real one: 10 claims a question, a fact per question. */
function syntheticPack(base: FactPack, claimCount: number): FactPack {
  const questionCount = Math.ceil(claimCount / CLAIMS_PER_QUESTION);
  const sources: Source[] = Array.from({ length: 200 }, (_, index) => ({ id: `source-${index}`, name: `Source ${index}`, kind: 'outlet', url: `https://source-${index}.example` }));
  const sourceId = (index: number) => `source-${index % sources.length}`;
  const topicsFor = (index: number) => [TOPICS[index % TOPICS.length]!, TOPICS[(index * 7 + 3) % TOPICS.length]!].filter((topic, at, all) => all.indexOf(topic) === at);
  const questions: Question[] = Array.from({ length: questionCount }, (_, q) => ({
    id: `question-${q}`,
    text: `How many people did something in week ${q}?`,
    topics: topicsFor(q),
    claims: Array.from({ length: Math.min(CLAIMS_PER_QUESTION, claimCount - q * CLAIMS_PER_QUESTION) }, (_, c): Claim => ({
      id: `claim-${q}-${c}`,
      value: { kind: 'number', value: 100_000 + c * 25_000, unit: 'people', approx: true },
      claimant: sourceId(q + c),
      reporter: sourceId(q + c + 1),
      eventDate: '2022-10-01',
      publishedAt: '2022-10-01',
      // On the reporter's own site, as the pack requires of a link without `via`.
      url: `https://${sourceId(q + c + 1)}.example/articles/${q}`,
      lang: c % 2 === 0 ? 'en' : 'ru',
      scope: 'People who left in the weeks after 21 September',
    })),
  }));
  const facts: Fact[] = questions.map((question, index) => ({
    id: `fact-${index}`,
    date: `2022-${String((index % 12) + 1).padStart(2, '0')}-15`,
    text: `Synthetic fact number ${index}, stated by a source and dated.`,
    topics: question.topics,
    citations: [{ source: sourceId(index), url: `https://source-${index % 200}.example/facts/${index}`, date: '2022-10-02' }],
    confidence: 'medium',
  }));
  const matchers: ClaimMatcher[] = questions.flatMap((question, index) =>
    ['en', 'ru'].map((lang) => ({ id: `matcher-${index}-${lang}`, questionId: question.id, lang, all: [['left', 'fled'], ['russia']], numbers: [100_000] })),
  );
  return { ...base, id: 'synthetic', sources, facts, questions, matchers };
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

interface Measure {
  label: string;
  claims: number;
  validateMs: number;
  importMs: number;
  lookupMs: number;
}

async function measure(label: string, source: FactPack): Promise<Measure> {
  const built: BuiltFactPack = JSON.parse(JSON.stringify(await buildPack(source))) as BuiltFactPack;
  const validated = await time(() => validateBuiltPack(built));
  if (!validated.value.ok) throw new Error(`${label} does not validate: ${validated.value.error}`);
  const db = openDatabase(`bench-${label}`);
  const imported = await time(() => importPack(db, built));
  const lookups: number[] = [];
  for (let run = 0; run < LOOKUP_RUNS; run += 1) {
    lookups.push((await time(() => Promise.all([getQuestionsByTopics(db, ARTICLE.topics), getMatchers(db, ARTICLE.lang), getAllFacts(db)]))).ms);
  }
  db.close();
  await Dexie.delete(db.name);
  const claims = built.questions.reduce((sum, question) => sum + question.claims.length, 0);
  return { label, claims, validateMs: validated.ms, importMs: imported.ms, lookupMs: median(lookups) };
}

const started = performance.now();
const baseline = await currentPack();
const results = [await measure(baseline.label, baseline.pack)];
for (const claims of SIZES) results.push(await measure(`${claims / 1000}k claims`, syntheticPack(baseline.pack, claims)));

const [base] = results;
const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(11);
const ratio = (value: number, of: number) => `×${(value / of).toFixed(1)}`.padStart(8);
console.log(`pack import and article lookup, fake-indexeddb (${baseline.label} is the baseline)`);
console.log(`${'pack'.padEnd(14)}${'claims'.padStart(8)}${'validate'.padStart(11)}${''.padStart(8)}${'import'.padStart(11)}${''.padStart(8)}${'lookup'.padStart(11)}`);
for (const result of results) {
  console.log(
    `${result.label.padEnd(14)}${String(result.claims).padStart(8)}` +
      `${ms(result.validateMs)}${ratio(result.validateMs, base!.validateMs)}` +
      `${ms(result.importMs)}${ratio(result.importMs, base!.importMs)}` +
      `${ms(result.lookupMs)}${ratio(result.lookupMs, base!.lookupMs)}`,
  );
}
console.log(`lookup = questions for topics [${ARTICLE.topics.join(', ')}] + ${ARTICLE.lang} matchers + all facts, median of ${LOOKUP_RUNS}; total ${((performance.now() - started) / 1000).toFixed(1)} s`);
