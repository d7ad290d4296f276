/**
 * The multilingual highlight evaluation set: stored search answers (JSON, saved by hand from
 * the search tool into the git-ignored .corpus-cache/highlight/qNN.json) turned into plain
 * article pages, joined with the hand labels in test/eval/highlight-labels.json (URLs, language
 * and, per page, a fingerprint of each sentence that should be highlighted: the number of its
 * first words and their hash, never the page text; scripts/highlight-fingerprints.ts prints them).
 *
 *   npx tsx scripts/highlight-corpus.ts   writes the pages to .corpus-cache/highlight/pages/
 *                                         (to open them with the extension) and lists them
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { foldText, tokenizeFolded } from '../src/match/fold-text';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const HIGHLIGHT_CACHE_DIR = join(ROOT, '.corpus-cache/highlight');
export const HIGHLIGHT_LABELS = join(ROOT, 'test/eval/highlight-labels.json');

const answerSchema = z.object({
  query: z.string(),
  results: z.array(z.object({ rank: z.number(), url: z.string().optional(), excerpt: z.string() })),
});

/** dev: tuned on; test, test2, test3, test4, test5, test6, test7, test8, test9, test10, test11, test12, test13, test14 and test15: held out, each labelled by hand before any rule was evaluated on it. */
export const HIGHLIGHT_SPLITS = ['dev', 'test', 'test2', 'test3', 'test4', 'test5', 'test6', 'test7', 'test8', 'test9', 'test10', 'test11', 'test12', 'test13', 'test14', 'test15'] as const;
export type HighlightSplit = (typeof HIGHLIGHT_SPLITS)[number];

/**
 * `<question id>: <n>w:<hash>`: the sentence's first n words (see sentenceWords), hashed, so the
 * labels find the sentence on the cached page without holding any of its text.
 */
export const LABEL_PATTERN = /^([a-z0-9-]+): ([1-6])w:([0-9a-f]{12})$/;
const fingerprint = z.string().regex(LABEL_PATTERN);
const labelsSchema = z.object({
  queries: z.record(z.string(), z.object({ split: z.enum(HIGHLIGHT_SPLITS), query: z.string() })),
  pages: z.array(
    z.object({
      query: z.string(),
      rank: z.number(),
      url: z.string().url(),
      lang: z.string().regex(/^[a-z]{2}$/),
      /** Sentences that state a claim the pack has: a highlight is expected. */
      claims: z.array(fingerprint),
      /** Sentences that answer a pack question with a value or wording the pack lacks: a highlight is right, not required. */
      related: z.array(fingerprint),
    }),
  ),
});
export type HighlightLabels = z.infer<typeof labelsSchema>;
export type LabelledPage = HighlightLabels['pages'][number];

export interface HighlightPage extends LabelledPage {
  split: HighlightSplit;
  html: string;
}

/** Words a fingerprint compares: folded, punctuation dropped, at most six. */
export const FINGERPRINT_WORDS = 6;
export function sentenceWords(text: string): string[] {
  return tokenizeFolded(foldText(text))
    .slice(0, FINGERPRINT_WORDS)
    .map((token) => token.key);
}

/** A label's hash of words: the first 12 hex digits of the SHA-256 of the words joined by spaces. */
const hashWords = (words: readonly string[]): string => createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 12);

/** A sentence named by its first `words` words (fewer than six only when the sentence is shorter). */
export interface SentenceFingerprint {
  words: number;
  hash: string;
}

/** The fingerprint of the first `count` of these words (all of them when there are fewer), as labels store it: `6w:1a2b3c4d5e6f`. */
export function fingerprintOf(words: readonly string[], count = FINGERPRINT_WORDS): string {
  const first = words.slice(0, count);
  if (first.length === 0) throw new Error('a fingerprint needs at least one word');
  return `${first.length}w:${hashWords(first)}`;
}

/** A stored label, `<question id>: <n>w:<hash>`, read back. */
export function parseLabel(label: string): { questionId: string } & SentenceFingerprint {
  const match = LABEL_PATTERN.exec(label);
  if (!match) throw new Error(`not a fingerprint label: ${label}`);
  return { questionId: match[1] as string, words: Number(match[2]), hash: match[3] as string };
}

/**
 * Whether a fingerprint names the sentence that starts with these words: the same first n words,
 * so a label of n words also names a sentence that goes on after them.
 */
export const namesSentence = (label: SentenceFingerprint, words: readonly string[]): boolean => words.length >= label.words && hashWords(words.slice(0, label.words)) === label.hash;

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A plain article page from a stored excerpt: a short first line is the headline, every other
 * line a paragraph, as the page showed them (the "date …" stamp the store adds is dropped).
 */
/**
 * Stored answers print a picture as `<image>…alt="…"</image>`: on the page that is an image whose
 * alt text no reader sees among the article's words, so it becomes one.
 */
const IMAGE_MARKUP = /<image>[^<]*?alt="([^"]*)"[^<]*<\/image>/g;
function renderLine(line: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of line.matchAll(IMAGE_MARKUP)) {
    parts.push(escapeHtml(line.slice(last, match.index)), `<img alt="${escapeHtml(match[1] ?? '')}">`);
    last = match.index + match[0].length;
  }
  parts.push(escapeHtml(line.slice(last)));
  const inner = parts.join('');
  return inner.trim() === '' ? '' : `<p>${inner}</p>`;
}

export function renderExcerptPage(excerpt: string, lang: string, fallbackTitle: string): string {
  const lines = excerpt
    .replace(/^\s*date \d{4}-\d{2}(-\d{2})?\s*/, '')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const titled = lines.length > 1 && (lines[0] ?? '').length <= 160;
  const title = titled ? (lines[0] as string) : fallbackTitle;
  const body = (titled ? lines.slice(1) : lines).map(renderLine).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><header><a href="/">Home</a></header><main><article><h1>${escapeHtml(title)}</h1>
${body}
</article></main><footer>© publisher</footer></body></html>`;
}

/** A stored search answer as saved in the cache. */
export function readHighlightAnswer(path: string): z.infer<typeof answerSchema> {
  return answerSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** A result's page as the evaluation renders it, its host standing in for a missing headline. */
export function renderResultPage(result: { url?: string | undefined; excerpt: string }, lang: string): string {
  const host = (result.url ?? '').replace(/^https?:\/\/([^/]+).*$/, '$1');
  return renderExcerptPage(result.excerpt, lang, host);
}

export function loadHighlightLabels(path = HIGHLIGHT_LABELS): HighlightLabels {
  return labelsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Every labelled page whose answer is cached, rendered; `missing` lists the queries not cached. */
export function loadHighlightPages(labels = loadHighlightLabels(), cacheDir = HIGHLIGHT_CACHE_DIR): { pages: HighlightPage[]; missing: string[] } {
  const pages: HighlightPage[] = [];
  const missing: string[] = [];
  for (const [id, query] of Object.entries(labels.queries)) {
    const path = join(cacheDir, `${id}.json`);
    if (!existsSync(path)) {
      missing.push(id);
      continue;
    }
    const answer = readHighlightAnswer(path);
    if (answer.query !== query.query) throw new Error(`${path}: the saved answer is for "${answer.query}", the labels for "${query.query}"`);
    for (const page of labels.pages.filter((candidate) => candidate.query === id)) {
      const result = answer.results.find((candidate) => candidate.rank === page.rank && candidate.url === page.url);
      if (!result) throw new Error(`${path}: no result ${page.rank} ${page.url}`);
      pages.push({ ...page, split: query.split, html: renderResultPage(result, page.lang) });
    }
  }
  return { pages, missing };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { pages, missing } = loadHighlightPages();
  const out = join(HIGHLIGHT_CACHE_DIR, 'pages');
  mkdirSync(out, { recursive: true });
  pages.forEach((page) => writeFileSync(join(out, `${page.query}-${page.rank}-${page.lang}.html`), page.html));
  console.log(`${pages.length} pages written to ${out}${missing.length ? `; not cached: ${missing.join(', ')}` : ''}`);
}
