/**
 * classifyPage's time on topic articles, as the content script calls it
 * (`npx tsx bench/classify-articles.ts <corpus dir>`): the repository's positive test articles,
 * the seeds and the labelled positive search results, each parsed once (linkedom) and
 * classified five times after a warm-up pass. Prints the mean per page and the median and
 * p95 of the per-page means; `node --cpu-prof` on it shows where the time goes.
 */
import { resolve } from 'node:path';
import { classifyPage } from '../src/detect/classify-page';
import { mean, median, percentile } from './stats';
import { compileLexicon } from '../src/detect/compile-lexicon';
import { loadFixtures, loadLabelledPages, loadLexicon, loadSeeds, parseDocument } from '../scripts/materialize-corpus';

const corpusDir = resolve(process.argv[2] ?? '../shared/corpus');
const lexicon = compileLexicon(loadLexicon());
const pages = [
  ...loadFixtures().filter((page) => page.positive).map((page) => ({ html: page.html, url: page.url })),
  ...loadSeeds(corpusDir).map((seed) => ({ html: seed.html, url: `https://news.example/seed/${seed.name.replace(/\W+/g, '-')}` })),
  ...loadLabelledPages(corpusDir).flatMap((page) => (page.positive && page.html ? [{ html: page.html, url: page.url }] : [])),
].map((page) => ({ doc: parseDocument(page.html), url: page.url }));

const ROUNDS = 5;
const run = () => pages.map(({ doc, url }) => classifyPage(doc, url, lexicon, { onlyJudgeOnTopicPages: true }).relevant);
const relevant = run().filter(Boolean).length;
// The control: detection ran on these pages and found most of them relevant.
if (relevant < pages.length / 2) throw new Error(`only ${relevant} of ${pages.length} topic articles found relevant: the bench measures nothing`);
const perPage = pages.map(() => 0);
for (let round = 0; round < ROUNDS; round++) {
  pages.forEach(({ doc, url }, i) => {
    const start = performance.now();
    classifyPage(doc, url, lexicon, { onlyJudgeOnTopicPages: true });
    perPage[i]! += (performance.now() - start) / ROUNDS;
  });
}
console.log(`${pages.length} topic articles (${relevant} found relevant): classifyPage mean ${mean(perPage).toFixed(3)} ms, median ${median(perPage).toFixed(3)} ms, p95 ${percentile(perPage, 95).toFixed(3)} ms`);
