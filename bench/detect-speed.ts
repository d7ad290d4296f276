/**
 * Detection time per page over the real corpus, against Readability's isProbablyReaderable
 * and Readability.parse on the same pages in the same run
 * (`npx tsx bench/detect-speed.ts <corpus dir>`). Parsing is not timed; each page is parsed
 * afresh for Readability.parse, which mutates its document.
 */
import { resolve } from 'node:path';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { classifyPage } from '../src/detect/classify-page';
import { compileLexicon } from '../src/detect/compile-lexicon';
import { loadLexicon, loadRealPages, parseDocument } from '../scripts/materialize-corpus';
import { packTopicFragments, topicFragments } from '../src/detect/topic-fragments';
import { mightBeAboutTopic } from '../src/detect/topic-prefilter';

const corpusDir = resolve(process.argv[2] ?? '../shared/corpus');
const pages = loadRealPages(corpusDir);
const lexicon = loadLexicon();

const compileStart = performance.now();
compileLexicon(lexicon);
const compileMs = performance.now() - compileStart;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const fragments = packTopicFragments(topicFragments(lexicon.languages));
/** Pages the pre-filter lets through, and pages detection finds relevant that it would have stopped (must be none). */
const prefilter = { passed: new Set<string>(), missed: new Set<string>() };

interface Timings {
  /** The first chunk's pre-filter, which is all most pages ever run. */
  prefilter: number[];
  /** As the content script runs it: article structure read only on on-topic pages. */
  extension: number[];
  detect: number[];
  readerable: number[];
  parse: number[];
}

function measure(): Timings {
  const timings: Timings = { prefilter: [], extension: [], detect: [], readerable: [], parse: [] };
  for (const page of pages) {
    const doc = parseDocument(page.html);
    let might = false;
    timings.prefilter.push(time(() => (might = mightBeAboutTopic(doc, fragments))));
    if (might) prefilter.passed.add(page.name);
    let relevant = false;
    timings.extension.push(time(() => (relevant = classifyPage(doc, page.url, lexicon, { onlyJudgeOnTopicPages: true }).relevant)));
    if (relevant && !might) prefilter.missed.add(page.name);
    timings.detect.push(time(() => classifyPage(doc, page.url, lexicon)));
    timings.readerable.push(time(() => isProbablyReaderable(doc)));
    const fresh = parseDocument(page.html);
    timings.parse.push(time(() => new Readability(fresh).parse()));
  }
  return timings;
}

measure(); // Warm-up pass, so that all three are measured with optimized code.
const timings = measure();
const stats = Object.fromEntries(
  Object.entries(timings).map(([name, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [name, { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) }];
  }),
) as Record<keyof Timings, { median: number; p95: number }>;

const ms = (v: number): string => `${v.toFixed(3)} ms`;
console.log(`${pages.length} real pages (linkedom documents), lexicon compiled once in ${ms(compileMs)}\n`);
console.log('| | median | p95 | content script ÷ this (median) | content script ÷ this (p95) |');
console.log('|---|---|---|---|---|');
const rows = [
  ['prefilter', 'the first chunk\'s topic pre-filter (all most pages run)'],
  ['extension', 'classifyPage, as the content script calls it'],
  ['detect', 'classifyPage, judging article-ness on every page'],
  ['readerable', 'isProbablyReaderable'],
  ['parse', 'Readability.parse'],
] as const;
for (const [name, label] of rows) {
  const s = stats[name];
  console.log(`| ${label} | ${ms(s.median)} | ${ms(s.p95)} | ${(stats.extension.median / s.median).toFixed(2)} | ${(stats.extension.p95 / s.p95).toFixed(2)} |`);
}
console.log(
  `\nThe pre-filter let ${prefilter.passed.size} of ${pages.length} real unrelated pages through to full detection` +
    ` (${((100 * prefilter.passed.size) / pages.length).toFixed(1)}%); pages detection finds relevant that it stopped: ${prefilter.missed.size}.`,
);
if (prefilter.missed.size > 0) {
  console.error(`The pre-filter rejected pages detection accepts: ${[...prefilter.missed].join(', ')}`);
  process.exitCode = 1;
}
