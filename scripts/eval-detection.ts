/**
 * Evaluates article and topic detection (`npx tsx scripts/eval-detection.ts <corpus dir>`):
 * topic precision/recall/F1 per language and per group over the stored search excerpts,
 * the repository's fixtures and the seed articles; article-ness over the labeled real
 * pages, which are all topic negatives. Lists every misclassified page and writes the
 * figures to .corpus-cache/eval-summary.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { classifyPage, type PageVerdict } from '../src/detect/classify-page';
import { DEV_CACHE_DIR, loadDevPages, loadFixtures, loadLexicon, loadRealPages, loadSeeds, parseDocument } from './materialize-corpus';

type Group = 'topic positives' | 'hard negatives' | 'other negatives' | 'on-topic non-articles';

interface TopicCase {
  name: string;
  lang: string;
  group: Group;
  source: string;
  expected: boolean;
  verdict: PageVerdict;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const corpusDir = resolve(process.argv[2] ?? '../shared/corpus');
const lexicon = loadLexicon();
const started = performance.now();

function classify(html: string, url: string): PageVerdict {
  return classifyPage(parseDocument(html), url, lexicon);
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

function groupOf(reason: string, positive: boolean): Group {
  if (positive) return 'topic positives';
  if (reason.includes('ON-TOPIC NON-ARTICLE')) return 'on-topic non-articles';
  if (reason.includes('HARD NEGATIVE')) return 'hard negatives';
  return 'other negatives';
}

// Topic cases: stored excerpts, fixtures, seeds.
const topicCases: TopicCase[] = [];
const devPages = loadDevPages(corpusDir);
const uncached = devPages.filter((p) => p.html === undefined);
for (const page of devPages) {
  if (page.html === undefined) continue;
  topicCases.push({ name: page.url, lang: page.lang, group: groupOf(page.reason, page.positive), source: 'pages-dev', expected: page.positive, verdict: classify(page.html, page.url) });
}
for (const page of loadFixtures()) {
  const group: Group = page.positive ? 'topic positives' : page.article ? 'hard negatives' : 'on-topic non-articles';
  topicCases.push({ name: page.name, lang: page.lang, group, source: 'fixtures', expected: page.positive, verdict: classify(page.html, page.url) });
}
for (const seed of loadSeeds(corpusDir)) {
  topicCases.push({ name: seed.name, lang: 'en', group: 'topic positives', source: 'seeds', expected: true, verdict: classify(seed.html, `https://news.example/seed/${seed.name.replace(/\W+/g, '-')}`) });
}

// Article-ness on real pages (all topic negatives).
const realCases = loadRealPages(corpusDir).map((page) => ({ page, verdict: classify(page.html, page.url) }));
const elapsed = (performance.now() - started) / 1000;

const lines: string[] = [];
const out = (line = ''): void => {
  lines.push(line);
};

const topicPairs = (cases: TopicCase[]) => cases.map((c) => ({ expected: c.expected, predicted: c.verdict.relevant }));
const row = (label: string, counts: Counts, n: number): string => {
  const m = metrics(counts);
  return `| ${label} | ${n} | ${counts.tp} | ${counts.fp} | ${counts.fn} | ${m.precision} | ${m.recall} | ${m.f1} |`;
};
const header = ['| | pages | TP | FP | FN | precision | recall | F1 |', '|---|---|---|---|---|---|---|---|'];

out('### Topic detection (relevant = article about the Russian mobilization)');
out();
lines.push(...header);
lines.push(row('all topic-labelled pages', tally(topicPairs(topicCases)), topicCases.length));
for (const source of ['pages-dev', 'fixtures', 'seeds']) {
  const cases = topicCases.filter((c) => c.source === source);
  lines.push(row(`source: ${source}`, tally(topicPairs(cases)), cases.length));
}
const langs = [...new Set(topicCases.map((c) => c.lang))].sort();
for (const lang of langs) {
  const cases = topicCases.filter((c) => c.lang === lang);
  lines.push(row(`lang: ${lang}`, tally(topicPairs(cases)), cases.length));
}
out();
out('### Topic detection by group');
out();
lines.push('| group | pages | correct | wrong | rate correct |', '|---|---|---|---|---|');
for (const group of ['topic positives', 'hard negatives', 'other negatives', 'on-topic non-articles'] as const) {
  const cases = topicCases.filter((c) => c.group === group);
  const correct = cases.filter((c) => c.verdict.relevant === c.expected).length;
  lines.push(`| ${group} | ${cases.length} | ${correct} | ${cases.length - correct} | ${ratio(correct, cases.length)} |`);
}
const realTopicFalse = realCases.filter((c) => c.verdict.relevant);
lines.push(`| real corpus (all negative) | ${realCases.length} | ${realCases.length - realTopicFalse.length} | ${realTopicFalse.length} | ${ratio(realCases.length - realTopicFalse.length, realCases.length)} |`);

out();
out('### Article-ness on the real corpus (news and other articles vs non-articles; synthetic test pages excluded)');
out();
lines.push(...header);
const articlePairs = (cases: typeof realCases) => cases.map((c) => ({ expected: c.page.article, predicted: c.verdict.isArticle }));
lines.push(row('all real pages', tally(articlePairs(realCases)), realCases.length));
for (const source of ['readability', 'postlight', 'aeb']) {
  const cases = realCases.filter((c) => c.page.source === source);
  lines.push(row(`source: ${source}`, tally(articlePairs(cases)), cases.length));
}
const nonArticles = realCases.filter((c) => !c.page.article);
const rejected = nonArticles.filter((c) => !c.verdict.isArticle).length;
out();
out(`Non-articles recognised as such: ${rejected}/${nonArticles.length} (${ratio(rejected, nonArticles.length)}).`);
const stages = new Map<string, number>();
for (const c of realCases) stages.set(c.verdict.stage, (stages.get(c.verdict.stage) ?? 0) + 1);
out(`Last stage reached on real pages: ${[...stages.entries()].map(([s, n]) => `${s} ${n}`).join(', ')}.`);
out(`Evaluated ${topicCases.length + realCases.length} pages in ${elapsed.toFixed(1)} s.`);
if (uncached.length > 0) out(`Not cached (run the pages-dev queries into ${DEV_CACHE_DIR}): ${uncached.length} pages.`);

const summary = lines.join('\n');
console.log(summary);
console.log('\n### Misclassified pages\n');
for (const c of topicCases.filter((c) => c.verdict.relevant !== c.expected)) {
  const v = c.verdict;
  console.log(`topic ${c.expected ? 'FN' : 'FP'} [${c.group}] ${c.lang}→${v.lang} score=${v.score} article=${v.isArticle} stage=${v.stage} ${c.name}`);
}
for (const c of realTopicFalse) console.log(`topic FP [real] score=${c.verdict.score} ${c.page.source}/${c.page.name}`);
for (const c of realCases.filter((c) => c.verdict.isArticle !== c.page.article)) {
  console.log(`article ${c.page.article ? 'FN' : 'FP'} [${c.page.source}] stage=${c.verdict.stage} ${c.page.name} ${c.page.url}`);
}

const summaryPath = join(resolve(dirname(DEV_CACHE_DIR)), 'eval-summary.md');
mkdirSync(dirname(summaryPath), { recursive: true });
writeFileSync(summaryPath, `${summary}\n`);
console.log(`\nWrote ${summaryPath}`);
