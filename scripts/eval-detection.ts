/**
 * Evaluates article and topic detection (`npm run eval -- <corpus dir>`): topic precision,
 * recall and F1 per split (dev: looked at while tuning; test, test2 … test17: held out, test2
 * labelled after the first round of rules was set, test3 before the second, test4 before the third, test5 before the fourth, test6 before the fifth, test7 before the sixth, test8 before the seventh, test9 before the eighth, test10 before the ninth, test11 before the tenth, test12 before the eleventh, test13 and test14 before the twelfth, test15 before the merged product's first evaluation, test16 sealed before the next merged product's, test17 sealed after test16 was tuned on), per language and per
 * failure class, over the labelled stored-page search results, the repository's own test
 * articles and the seed articles; article-ness and false sidebars over the labelled real
 * pages, which are all topic negatives. Lists every misclassified page (held-out ones only
 * with --show-test) and writes the figures to .corpus-cache/eval-summary.md. `--seal test7` leaves a
 * held-out split out of the run entirely, so that tuning never sees its figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifyPage, type PageVerdict } from '../src/detect/classify-page';
import { mightBeAboutTopic } from '../src/detect/topic-prefilter';
import { packTopicFragments } from '../src/detect/topic-fragments';
import { lexiconTopicFragments } from './lexicon-topic-fragments';
import { CACHE_DIR, LABEL_SPLITS, SEARCH_CACHE_DIR, loadFixtures, loadLabelledPages, loadLexicon, loadRealPages, loadSeeds, parseDocument, type LabelSplit } from './materialize-corpus';

type Source = `search-${LabelSplit}` | 'own articles' | 'seeds';
/** The held-out splits, in the order they were labelled. */
const TEST_SPLITS = LABEL_SPLITS.filter((split) => split !== 'dev');
/** How the tables name each held-out split after the first. */
const ORDINALS = ['', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth'];

interface TopicCase {
  name: string;
  lang: string;
  /** What kind of page it is, for the per-class table (see CLASSES). */
  kind: string;
  source: Source;
  expected: boolean;
  verdict: PageVerdict;
  /** The content script's pre-filter would let the page through to detection. */
  prefilter: boolean;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/**
 * Page classes, read from the label's reason: the near-misses the issue names and the kinds
 * of positives that used to be missed. A short item is filed as one first (short items are a
 * failure class of their own); then the class a reason names itself wins, as its leading tag
 * ("exodus to Israel: …", "penalties: …") or its closing one ("… (electronic summons)"); only a
 * reason that names none is read by the patterns, the first matching one winning. Israel is a
 * class only for its own call-up (many who left Russia went there), and a wave is a later
 * call-up only when it is one of mobilization, not of emigration. The exodus of spring 2022 (or
 * before) is the war's or the exodus's without the call-up, also to former Soviet states.
 */
const CLASSES: ReadonlyArray<readonly [string, boolean, RegExp]> = [
  ['on-topic non-article', false, /ON-TOPIC NON-ARTICLE/],
  ["Ukraine's own mobilization", false, /Ukrain(e|ian)'s own|Ukraine lets|TCC|TSN on new Ukrainian|Ukraine's 2024|Ukrainian summons|not to report to TCC|RBC-Ukraine/i],
  ["Georgia's foreign-agents law", false, /foreign-agents/i],
  ["Israel's reservists", false, /Israel\S*\s(\S+\s)?(reserv|call-up|mobili|army|calls|airlifts)|Gaza|Hamas|\bIDF\b/i],
  ['strikes, pensions, organizing', false, /pension|strike|union|grassroots|organiz|voter|GOTV/i],
  ['1941 and the Soviet past', false, /1941|(?<!former )Soviet|WWII|Great Patriotic/i],
  ['routine Russian conscription', false, /routine|conscription|combat-readiness/i],
  ['medicine', false, /ICU|physio|Frühmob|medical|post-operative|mobilisation day|patient/i],
  ['Russian economy', false, /central bank|key rate|inflation|rate hike|holds rate|Bank of Russia/i],
  ['war news or exodus without the call-up', false, /before (the|any) call-up|no call-up|without the call-up|not the call-up|figurative|spring[- ]2022|pre-2022/i],
  ['other negatives', false, /./],
  ['short news items', true, /short|one-sentence|one sentence|3 sentences|2 sentences|digest/i],
  ['penalties for evading the call-up', true, /^penalties|\(penalties\)/i],
  ['later call-ups and reservists', true, /later call-ups|new mobili[sz]ation|(new|second|another) (mobili[sz]ation )?wave(?! of (Russian )?(emigration|exodus|men fleeing))|no plans for additional|BORDERLINE/i],
  ['electronic summons and register', true, /electronic summons|e-summons|summonses|digital summons|register/i],
  ['exodus, borders, asylum, returns', true, /flee|fled|fleeing|exodus|border|arriv|Kazakhstan|Georgia|Finland|Vaalimaa|Serbia|Belgrade|Istanbul|Israel|asylum|emigration|leav|return|exile/i],
  ['announcement and call-up', true, /./],
];

/** The class a positive's reason names itself, as its leading tag or its closing parenthesis. */
const NAMED_CLASSES: ReadonlyArray<readonly [string, RegExp]> = [
  ['penalties for evading the call-up', /^penalties/i],
  ['later call-ups and reservists', /^later call-ups/i],
  ['electronic summons and register', /^(electronic summons|e-summons)/i],
  ['exodus, borders, asylum, returns', /^(exodus|returns|borders|Russians fleeing the call-up)/i],
  ['announcement and call-up', /^announcement/i],
];

/** Languages the lexicon reads; labelled pages in other languages are reported apart. */
const lexicon = loadLexicon();
const LEXICON_LANGS = new Set(lexicon.languages.flatMap((l) => [l.lang, ...(l.aliases ?? [])]));
/** The ten languages of the first lexicon, for the issue's precision and recall goal. */
const FIRST_TEN = new Set(['en', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'nl']);

function kindOf(reason: string, positive: boolean): string {
  if (positive && !CLASSES.some(([name, , pattern]) => name === 'short news items' && pattern.test(reason))) {
    const lead = /^([^:]{1,60}):/.exec(reason)?.[1];
    const closing = /\(([^()]+)\)\s*$/.exec(reason)?.[1];
    for (const tag of [lead, closing]) {
      const named = tag === undefined ? undefined : NAMED_CLASSES.find(([, pattern]) => pattern.test(tag.trim()));
      if (named) return named[0];
    }
  }
  for (const [name, forPositive, pattern] of CLASSES) if (forPositive === positive && pattern.test(reason)) return name;
  return positive ? 'announcement and call-up' : 'other negatives';
}

const args = process.argv.slice(2);
const corpusDir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--seal') ?? '../shared/corpus');
/** Held-out pages are listed only on request, so that tuning looks at dev failures alone. */
const showTest = args.includes('--show-test');
/** Held-out splits left out of this run (`--seal test6`), so that tuning cannot look at them. */
const sealed = new Set(args.flatMap((a, i) => (args[i - 1] === '--seal' ? [a] : [])));
const started = performance.now();
let classifyMs = 0;
let classified = 0;

/** The fragments the build puts in the content script's first chunk. */
const fragments = packTopicFragments(lexiconTopicFragments());

function classify(html: string, url: string): { verdict: PageVerdict; prefilter: boolean } {
  const doc = parseDocument(html);
  const prefilter = mightBeAboutTopic(doc, fragments);
  const t0 = performance.now();
  const verdict = classifyPage(doc, url, lexicon);
  classifyMs += performance.now() - t0;
  classified++;
  return { verdict, prefilter };
}

function tally(pairs: Iterable<{ expected: boolean; predicted: boolean }>): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { expected, predicted } of pairs) {
    if (expected && predicted) counts.tp++;
    else if (!expected && predicted) counts.fp++;
    else if (expected) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

function ratio(numerator: number, denominator: number): string {
  return denominator === 0 ? '–' : (numerator / denominator).toFixed(3);
}

function metrics({ tp, fp, fn }: Counts): { precision: string; recall: string; f1: string } {
  const precision = tp + fp === 0 ? Number.NaN : tp / (tp + fp);
  const recall = tp + fn === 0 ? Number.NaN : tp / (tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : Number.NaN;
  const show = (v: number): string => (Number.isNaN(v) ? '–' : v.toFixed(3));
  return { precision: show(precision), recall: show(recall), f1: show(f1) };
}

// Topic cases: labelled search results, own articles, seeds.
const topicCases: TopicCase[] = [];
const labelled = loadLabelledPages(corpusDir).filter((p) => !sealed.has(p.split));
const unsaved = labelled.filter((p) => p.html === undefined);
for (const page of labelled) {
  if (page.html === undefined) continue;
  topicCases.push({
    name: page.url,
    lang: page.lang,
    kind: kindOf(page.reason, page.positive),
    source: `search-${page.split}`,
    expected: page.positive,
    ...classify(page.html, page.url),
  });
}
for (const page of loadFixtures()) {
  const kind = page.positive ? 'own test articles' : page.article ? 'own hard negatives' : 'on-topic non-article';
  topicCases.push({ name: page.name, lang: page.lang, kind, source: 'own articles', expected: page.positive, ...classify(page.html, page.url) });
}
for (const seed of loadSeeds(corpusDir)) {
  topicCases.push({ name: seed.name, lang: 'en', kind: 'seed articles', source: 'seeds', expected: true, ...classify(seed.html, `https://news.example/seed/${seed.name.replace(/\W+/g, '-')}`) });
}

// Article-ness and false sidebars on real pages (all topic negatives).
const allRealCases = loadRealPages(corpusDir, { includeSynthetic: true }).map((page) => ({ page, ...classify(page.html, page.url) }));
// Synthetic test pages count for false sidebars, not for article-ness.
const realCases = allRealCases.filter((c) => !c.page.synthetic);
const elapsed = (performance.now() - started) / 1000;

const lines: string[] = [];
const out = (line = ''): void => {
  lines.push(line);
};
const topicPairs = (cases: TopicCase[]) => cases.map((c) => ({ expected: c.expected, predicted: c.verdict.relevant }));
const row = (label: string, cases: TopicCase[]): string => {
  const counts = tally(topicPairs(cases));
  const m = metrics(counts);
  return `| ${label} | ${cases.length} | ${counts.tp} | ${counts.fp} | ${counts.fn} | ${m.precision} | ${m.recall} | ${m.f1} |`;
};
const header = ['| | pages | TP | FP | FN | precision | recall | F1 |', '|---|---|---|---|---|---|---|---|'];
const inLexicon = (c: TopicCase): boolean => LEXICON_LANGS.has(c.lang);

out('### Topic detection (relevant = an article about the Russian mobilization)');
out();
lines.push(...header);
const searchDev = topicCases.filter((c) => c.source === 'search-dev');
TEST_SPLITS.forEach((split, index) => {
  const cases = topicCases.filter((c) => c.source === `search-${split}`);
  // The first two splits are always listed, the later ones once they have pages.
  if (index >= 2 && cases.length === 0) return;
  const name = index === 0 ? 'held-out search results (test)' : split;
  lines.push(row(index === 0 ? `**${name}, lexicon languages**` : `**${ORDINALS[index] ?? `${index + 1}th`} held-out split (${split}), lexicon languages**`, cases.filter(inLexicon)));
  lines.push(row(`${name}, first ten languages`, cases.filter((c) => FIRST_TEN.has(c.lang))));
  lines.push(row(`${name}, ten added languages`, cases.filter((c) => inLexicon(c) && !FIRST_TEN.has(c.lang))));
});
lines.push(row('search results seen while tuning (dev), lexicon languages', searchDev.filter(inLexicon)));
lines.push(row('dev, first ten languages', searchDev.filter((c) => FIRST_TEN.has(c.lang))));
lines.push(row('dev, ten added languages', searchDev.filter((c) => inLexicon(c) && !FIRST_TEN.has(c.lang))));
lines.push(row(`search results in languages outside the lexicon (${LABEL_SPLITS.filter((s) => !sealed.has(s)).join(', ')})`, topicCases.filter((c) => c.source.startsWith('search') && !inLexicon(c))));
lines.push(row('own test articles (positives and hard negatives)', topicCases.filter((c) => c.source === 'own articles')));
lines.push(row('seed articles', topicCases.filter((c) => c.source === 'seeds')));

out();
out('### By language (search results of every split, own articles, seeds; lexicon languages)');
out();
const laterSplits = TEST_SPLITS.slice(1);
const languageColumns = ['test recall', ...laterSplits.flatMap((split) => [`${split} recall`, `${split} false sidebars`])];
lines.push(`| language | pages | TP | FP | FN | precision | recall | F1 | ${languageColumns.join(' | ')} |`, `|---|---|---|---|---|---|---|---|${'---|'.repeat(languageColumns.length)}`);
const heldOut = (cases: TopicCase[], source: Source): Counts => tally(topicPairs(cases.filter((c) => c.source === source)));
const recallCell = (counts: Counts): string => (counts.tp + counts.fn === 0 ? '–' : `${counts.tp}/${counts.tp + counts.fn}`);
for (const lang of [...new Set(topicCases.filter(inLexicon).map((c) => c.lang))].sort()) {
  const cases = topicCases.filter((c) => c.lang === lang);
  const falseCell = (counts: Counts): string => (counts.fp + counts.tn === 0 ? '–' : `${counts.fp}/${counts.fp + counts.tn}`);
  const later = laterSplits.map((split) => heldOut(cases, `search-${split}`));
  lines.push(`${row(lang, cases)} ${[recallCell(heldOut(cases, 'search-test')), ...later.flatMap((counts) => [recallCell(counts), falseCell(counts)])].join(' | ')} |`);
}

out();
out('### By page class (search results of every split, own articles, seeds; every language)');
out();
const classColumns = TEST_SPLITS.map((split) => (split === 'test' ? 'held-out (test) correct' : `${split} correct`));
lines.push(`| class | expected | pages | correct | wrong | ${classColumns.join(' | ')} |`, `|---|---|---|---|---|${'---|'.repeat(classColumns.length)}`);
const kinds = [...CLASSES.map(([name, positive]) => [name, positive] as const), ['own test articles', true] as const, ['own hard negatives', false] as const, ['seed articles', true] as const];
for (const [kind, positive] of kinds) {
  const cases = topicCases.filter((c) => c.kind === kind && c.expected === positive);
  if (cases.length === 0) continue;
  const correct = cases.filter((c) => c.verdict.relevant === c.expected).length;
  const correctOf = (source: Source): string => {
    const held = cases.filter((c) => c.source === source);
    return held.length ? `${held.filter((c) => c.verdict.relevant === c.expected).length}/${held.length}` : '–';
  };
  lines.push(`| ${kind} | ${positive ? 'sidebar' : 'none'} | ${cases.length} | ${correct} | ${cases.length - correct} | ${TEST_SPLITS.map((split) => correctOf(`search-${split}`)).join(' | ')} |`);
}
const realTopicFalse = allRealCases.filter((c) => c.verdict.relevant);
lines.push(`| real unrelated pages (../shared/corpus, synthetic test pages included) | none | ${allRealCases.length} | ${allRealCases.length - realTopicFalse.length} | ${realTopicFalse.length} | ${TEST_SPLITS.map(() => '–').join(' | ')} |`);

out();
out('### Article-ness on the real corpus (news and other articles vs non-articles; synthetic test pages excluded)');
out();
lines.push('| | pages | TP | FP | FN | precision | recall | F1 |', '|---|---|---|---|---|---|---|---|');
const articleRow = (label: string, cases: typeof realCases): string => {
  const counts = tally(cases.map((c) => ({ expected: c.page.article, predicted: c.verdict.isArticle })));
  const m = metrics(counts);
  return `| ${label} | ${cases.length} | ${counts.tp} | ${counts.fp} | ${counts.fn} | ${m.precision} | ${m.recall} | ${m.f1} |`;
};
lines.push(articleRow('all real pages', realCases));
for (const source of ['readability', 'postlight', 'aeb']) lines.push(articleRow(`source: ${source}`, realCases.filter((c) => c.page.source === source)));
const nonArticles = realCases.filter((c) => !c.page.article);
const rejected = nonArticles.filter((c) => !c.verdict.isArticle).length;
out();
out(`Non-articles recognised as such: ${rejected}/${nonArticles.length} (${ratio(rejected, nonArticles.length)}).`);
const stages = new Map<string, number>();
for (const c of realCases) stages.set(c.verdict.stage, (stages.get(c.verdict.stage) ?? 0) + 1);
out(`Last stage reached on real pages: ${[...stages.entries()].map(([s, n]) => `${s} ${n}`).join(', ')}.`);
out();
out("### The content script's pre-filter (the fragments the build puts in its first chunk)");
out();
const passes = (cases: ReadonlyArray<{ prefilter: boolean }>): string => `passes ${cases.filter((c) => c.prefilter).length} of ${cases.length}`;
// Detection can only find a page relevant when the pre-filter lets it through (topic-fragments.ts says why); any exception is a bug.
const stoppedRelevant = [...topicCases, ...allRealCases].filter((c) => c.verdict.relevant && !c.prefilter);
const positives = topicCases.filter((c) => c.expected && (c.source === 'own articles' || c.source === 'seeds' || inLexicon(c)));
// Positives detection misses may be stopped too (nothing in their sample names the call-up); they are listed.
const stoppedPositives = positives.filter((c) => !c.prefilter);
const searchNegatives = topicCases.filter((c) => !c.expected && c.source.startsWith('search-'));
out(`- real unrelated pages (synthetic test pages excluded): ${passes(realCases)}`);
out(`- pages detection finds relevant (every source): ${passes([...topicCases, ...allRealCases].filter((c) => c.verdict.relevant))}`);
out(`- labelled positives (every split, lexicon languages; own test articles; seeds): ${passes(positives)}`);
for (const c of stoppedPositives) out(`  - stopped, and missed by detection too: ${c.name}`);
out(`- labelled positives in languages outside the lexicon: ${passes(topicCases.filter((c) => c.expected && c.source.startsWith('search-') && !inLexicon(c)))}`);
out(`- labelled negative search results, every language: ${passes(searchNegatives)}; Russian: ${passes(searchNegatives.filter((c) => c.lang === 'ru'))}; Ukrainian: ${passes(searchNegatives.filter((c) => c.lang === 'uk'))}`);
out(`- own hard negatives and on-topic non-articles: ${passes(topicCases.filter((c) => !c.expected && c.source === 'own articles'))}`);
for (const c of stoppedRelevant) console.error(`The pre-filter stops a page detection finds relevant: ${'name' in c ? c.name : c.page.name}`);
if (stoppedRelevant.length > 0) process.exitCode = 1;
out(`Evaluated ${classified} pages in ${elapsed.toFixed(1)} s; classification alone ${(classifyMs / Math.max(classified, 1)).toFixed(2)} ms per page on average (linkedom, every stage, article structure read everywhere).`);
if (unsaved.length > 0) out(`Labelled search results without a saved answer in ${SEARCH_CACHE_DIR}: ${unsaved.length} (npx tsx scripts/materialize-corpus.ts lists their queries).`);

const summary = lines.join('\n');
console.log(summary);
console.log('\n### Misclassified pages\n');
const order: Source[] = showTest ? [...LABEL_SPLITS.map((split): Source => `search-${split}`), 'own articles', 'seeds'] : ['search-dev', 'own articles', 'seeds'];
if (!showTest) console.log('(held-out search results are not listed; --show-test lists them)');
for (const source of order) {
  for (const c of topicCases.filter((c) => c.source === source && c.verdict.relevant !== c.expected)) {
    const v = c.verdict;
    console.log(`topic ${c.expected ? 'FN' : 'FP'} [${source}] [${c.kind}] ${c.lang}→${v.lang} score=${v.score} article=${v.isArticle} stage=${v.stage} ${c.name}`);
  }
}
for (const c of realTopicFalse) console.log(`topic FP [real] score=${c.verdict.score} ${c.page.source}/${c.page.name}`);
for (const c of realCases.filter((c) => c.verdict.isArticle !== c.page.article)) {
  console.log(`article ${c.page.article ? 'FN' : 'FP'} [${c.page.source}] stage=${c.verdict.stage} ${c.page.name} ${c.page.url}`);
}

const summaryPath = join(CACHE_DIR, 'eval-summary.md');
mkdirSync(CACHE_DIR, { recursive: true });
writeFileSync(summaryPath, `${summary}\n`);
console.log(`\nWrote ${summaryPath}`);
