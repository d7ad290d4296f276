/**
 * Labelling helper for test/eval/highlight-labels.json: prints each sentence of a cached search
 * answer's pages (.corpus-cache/highlight/<query id>.json, git-ignored) with its fingerprint, so a
 * labeller copies `<question id>: <fingerprint>` into the labels and never the page's words.
 *
 *   npx tsx scripts/highlight-fingerprints.ts <query id> [rank]
 *
 * The text is split and read exactly as scripts/eval-highlights.ts reads it, so each fingerprint
 * names the sentence the eval will see. The words stay on screen: never paste them into the
 * repository.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/match/split-sentences';
import { articleText } from './highlight-article-text';
import { fingerprintOf, HIGHLIGHT_CACHE_DIR, loadHighlightLabels, readHighlightAnswer, renderResultPage, sentenceWords } from './highlight-corpus';

const [queryId, rankArg] = process.argv.slice(2);
if (queryId === undefined || (rankArg !== undefined && !/^\d+$/.test(rankArg))) {
  console.error('usage: npx tsx scripts/highlight-fingerprints.ts <query id> [rank]');
  process.exit(2);
}
const path = join(HIGHLIGHT_CACHE_DIR, `${queryId}.json`);
if (!existsSync(path)) {
  console.error(`${path}: not cached (save the search answer there first)`);
  process.exit(1);
}
const labelled = loadHighlightLabels().pages.filter((page) => page.query === queryId);
const results = readHighlightAnswer(path).results.filter((result) => rankArg === undefined || result.rank === Number(rankArg));
if (results.length === 0) {
  console.error(`${path}: no result of rank ${rankArg}`);
  process.exit(1);
}
for (const result of results) {
  // The page's language only sets the rendered page's lang attribute; unlabelled pages have none yet.
  const lang = labelled.find((page) => page.rank === result.rank && page.url === result.url)?.lang ?? 'und';
  console.log(`\n### ${queryId} ${result.rank} ${lang} ${result.url ?? ''}`);
  const text = articleText(renderResultPage(result, lang));
  for (const sentence of splitSentences(text)) {
    const words = sentenceWords(text.slice(sentence.start, sentence.end));
    if (words.length > 0) console.log(`- ${fingerprintOf(words)}  |  ${text.slice(sentence.start, sentence.end).slice(0, 160)}`);
  }
}
