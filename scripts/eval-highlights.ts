/**
 * Evaluates claim highlighting on real articles in ten languages (`npm run eval:highlights`):
 * each labelled page of test/eval/highlight-labels.json, rebuilt from the stored search answers
 * in .corpus-cache/highlight (scripts/highlight-corpus.ts), goes through what the extension does:
 * detection decides whether it gets a sidebar and in which language, then that language's
 * matchers of the built pack highlight sentences of the article's text.
 *
 * Reported per language and split (dev: tuned on; test, test2, test3, test4, test5, test6, test7, test8, test9, test10, test11, test12, test13, test14 and test15: held out):
 * - articles with a sidebar, and how many of them get at least one correct highlight;
 * - precision: highlighted sentences that state a pack claim or answer a pack question;
 * - recall: sentences stating a pack claim that are highlighted.
 *
 * A label names a sentence by a fingerprint, `<question id>: <n>w:<hash>` (the hash of its first n
 * words, folded; scripts/highlight-corpus.ts), never by its text: to label a page, print its
 * sentences with their fingerprints (`npx tsx scripts/highlight-fingerprints.ts <query id> [rank]`;
 * the text stays on screen, never in the repository) and copy the fingerprints.
 *
 *   --misses            lists wrong and missed highlights of the split chosen with --split (dev if none),
 *                        with their first words read from the cached page (on screen only)
 *   --split <name>      reports that split only (dev, test, test2, test3, test4, test5, test6, test7, test8, test9, test10, test11, test12, test13, test14, test15), so tuning never shows a held-out one
 */
import { parseArgs } from 'node:util';
import { classifyPage } from '../src/detect/classify-page';
import { foldText, tokenizeFolded } from '../src/match/fold-text';
import { compileMatchers, findClaims, type CompiledMatchers } from '../src/match/claim-matcher';
import { matcherLanguagesFor } from '../src/match/sentence-language';
import { realPackLineWords, realPackMatchers } from '../test/pack/real-pack-matchers';
import { HIGHLIGHT_SPLITS, loadHighlightPages, namesSentence, parseLabel, sentenceWords, type HighlightPage, type HighlightSplit, type SentenceFingerprint } from './highlight-corpus';
import { articleText } from './highlight-article-text';
import { loadLexicon, parseDocument } from './materialize-corpus';

const { values: options } = parseArgs({ options: { misses: { type: 'boolean', default: false }, split: { type: 'string' } }, allowPositionals: true });

const lexicon = loadLexicon();
const matchers = realPackMatchers();
const lineWords = realPackLineWords();
const compiledByLang = new Map<string, CompiledMatchers>();
/** The matchers the background hands a page of this language (extension/background/compiled-matchers.ts). */
function compiledFor(lang: string): CompiledMatchers {
  const key = lang.toLowerCase().split('-')[0] ?? '';
  let compiled = compiledByLang.get(key);
  if (!compiled) {
    const langs = matcherLanguagesFor(key);
    compiledByLang.set(key, (compiled = compileMatchers(matchers.filter((matcher) => langs.includes(matcher.lang)), key, lineWords)));
  }
  return compiled;
}

interface PageResult {
  page: HighlightPage;
  sidebar: boolean;
  detectedLang: string;
  /** The article's text (empty without a sidebar), to show --misses the words a missed label names. */
  text: string;
  /** The first words (folded) of the highlighted sentences, with the question. */
  highlights: Array<{ words: string[]; questionId: string }>;
}

function evaluate(page: HighlightPage): PageResult {
  const verdict = classifyPage(parseDocument(page.html), page.url, lexicon);
  if (!verdict.relevant) return { page, sidebar: false, detectedLang: verdict.lang, text: '', highlights: [] };
  const text = articleText(page.html);
  const seen = new Set<string>();
  const highlights: PageResult['highlights'] = [];
  for (const match of findClaims(text, compiledFor(verdict.lang))) {
    const key = `${match.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    highlights.push({ words: sentenceWords(text.slice(match.start, match.end)), questionId: match.questionId });
  }
  return { page, sidebar: true, detectedLang: verdict.lang, text, highlights };
}

const { pages: labelled, missing } = loadHighlightPages();
const onlySplit = options.split;
/** The split whose wrong and missed highlights --misses lists. */
const missesSplit: HighlightSplit = (onlySplit as HighlightSplit | undefined) ?? 'dev';
if (onlySplit !== undefined && !(HIGHLIGHT_SPLITS as readonly string[]).includes(onlySplit)) throw new Error(`--split: one of ${HIGHLIGHT_SPLITS.join(', ')}`);
const pages = onlySplit === undefined ? labelled : labelled.filter((page) => page.split === onlySplit);

interface Tally {
  sidebars: number;
  withCorrect: number;
  highlights: number;
  correct: number;
  claims: number;
  found: number;
}
const empty = (): Tally => ({ sidebars: 0, withCorrect: 0, highlights: 0, correct: 0, claims: 0, found: 0 });
const add = (into: Tally, from: Tally): void => {
  for (const key of Object.keys(into) as Array<keyof Tally>) into[key] += from[key];
};

const wrong: string[] = [];
const missed: string[] = [];
/** The words a missed label names, found in the article's text (on screen only), or its fingerprint when the text lacks them. */
function labelledWords(label: SentenceFingerprint, text: string): string {
  const words = tokenizeFolded(foldText(text)).map((token) => token.key);
  for (let start = 0; start + label.words <= words.length; start++) {
    const first = words.slice(start, start + label.words);
    if (namesSentence(label, first)) return first.join(' ');
  }
  return `${label.words}w:${label.hash}`;
}

function tallyPage(result: PageResult, collect: boolean): Tally {
  const tally = empty();
  if (!result.sidebar) return tally;
  const claims = result.page.claims.map(parseLabel);
  const acceptable = [...claims, ...result.page.related.map(parseLabel)];
  const isAcceptable = (words: string[]): boolean => acceptable.some((label) => namesSentence(label, words));
  tally.sidebars = 1;
  tally.highlights = result.highlights.length;
  tally.correct = result.highlights.filter((highlight) => isAcceptable(highlight.words)).length;
  tally.withCorrect = tally.correct > 0 ? 1 : 0;
  tally.claims = claims.length;
  const isFound = (claim: SentenceFingerprint): boolean => result.highlights.some((highlight) => namesSentence(claim, highlight.words));
  tally.found = claims.filter(isFound).length;
  if (collect) {
    const where = `${result.page.query} ${result.page.rank} ${result.page.lang}`;
    for (const highlight of result.highlights) if (!isAcceptable(highlight.words)) wrong.push(`${where} [${highlight.questionId}] ${highlight.words.join(' ')}`);
    for (const claim of claims) if (!isFound(claim)) missed.push(`${where} [${claim.questionId}] ${labelledWords(claim, result.text)}`);
  }
  return tally;
}

const results = pages.map(evaluate);
const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);
const ratio = (part: number, whole: number): string => (whole === 0 ? '–' : (part / whole).toFixed(2));
const LANGS = ['en', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'nl'];

function table(split: HighlightSplit | 'all'): { lines: string[]; byLang: Map<string, Tally> } {
  const chosen = results.filter((result) => split === 'all' || result.page.split === split);
  const byLang = new Map<string, Tally>();
  for (const result of chosen) {
    const tally = byLang.get(result.page.lang) ?? empty();
    add(tally, tallyPage(result, split === missesSplit));
    byLang.set(result.page.lang, tally);
  }
  const lines = [
    `| ${split} | pages | with a sidebar | … with a correct highlight | precision | recall |`,
    '|---|---|---|---|---|---|',
  ];
  const total = empty();
  for (const lang of LANGS) {
    const tally = byLang.get(lang);
    if (!tally) continue;
    add(total, tally);
    const pagesOf = chosen.filter((result) => result.page.lang === lang).length;
    lines.push(`| ${lang} | ${pagesOf} | ${tally.sidebars} | ${tally.withCorrect} (${percent(tally.withCorrect, tally.sidebars)}) | ${ratio(tally.correct, tally.highlights)} | ${ratio(tally.found, tally.claims)} |`);
  }
  lines.push(`| all | ${chosen.length} | ${total.sidebars} | ${total.withCorrect} (${percent(total.withCorrect, total.sidebars)}) | ${ratio(total.correct, total.highlights)} | ${ratio(total.found, total.claims)} |`);
  return { lines, byLang };
}

function goal(byLang: Map<string, Tally>): string {
  const en = byLang.get('en') ?? empty();
  const others = empty();
  for (const [lang, tally] of byLang) if (lang !== 'en') add(others, tally);
  const weak = [...byLang].filter(([, tally]) => tally.sidebars >= 5 && tally.withCorrect / tally.sidebars < 0.5).map(([lang]) => lang);
  const enOk = en.sidebars > 0 && en.withCorrect / en.sidebars >= 0.7;
  const othersOk = others.sidebars > 0 && others.withCorrect / others.sidebars >= 0.7;
  return `goal (≥70% en, ≥70% other languages together, no language with 5+ sidebars under 50%): en ${percent(en.withCorrect, en.sidebars)}, others ${percent(others.withCorrect, others.sidebars)}, under 50%: ${weak.join(', ') || 'none'} → ${enOk && othersOk && weak.length === 0 ? 'met' : 'NOT met'}`;
}

console.log(`Highlight evaluation: ${pages.length} labelled pages from ${new Set(pages.map((page) => page.query)).size} stored search answers${missing.length ? ` (not cached: ${missing.join(', ')})` : ''}.`);
for (const split of onlySplit === undefined ? ([...HIGHLIGHT_SPLITS, 'all'] as const) : [onlySplit as HighlightSplit]) {
  const { lines, byLang } = table(split);
  console.log(`\n${lines.join('\n')}\n\n${goal(byLang)}`);
}
if (options.misses) {
  console.log(`\n${missesSplit}: highlights on sentences labelled neither claim nor related (${wrong.length}):\n${wrong.join('\n')}`);
  console.log(`\n${missesSplit}: claim sentences not highlighted (${missed.length}):\n${missed.join('\n')}`);
}
