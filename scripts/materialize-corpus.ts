/**
 * Turns the evaluation material into documents the detector can read: the pack lexicon
 * from assets/pack/lexicon, the labeled real pages of ../shared/corpus, the labelled search
 * results (../shared/corpus/pages-dev.tsv and test/corpus/pages-labelled.tsv) rendered from
 * the saved search answers in the git-ignored .corpus-cache/search/*.json into a plain article
 * template, the seed articles and this repository's own fixtures.
 *
 * Run directly (`npx tsx scripts/materialize-corpus.ts <corpus dir>`) to check what is
 * available and to list every labelled query whose answer is not saved yet (run it with the
 * search tool, corpus "pages", and save the JSON answer as it comes in .corpus-cache/search/);
 * scripts/eval-detection.ts and bench/detect-speed.ts import it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { lexiconSchema, type Lexicon } from '../src/pack/lexicon-schema';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const LEXICON_DIR = join(ROOT, 'assets/pack/lexicon');
export const FIXTURE_DIRS = [join(ROOT, 'test/fixtures/articles'), join(ROOT, 'test/fixtures/pages')];
export const CACHE_DIR = join(ROOT, '.corpus-cache');
export const SEARCH_CACHE_DIR = join(CACHE_DIR, 'search');
export const LABELS_PATH = join(ROOT, 'test/corpus/pages-labelled.tsv');

/** Assembles the lexicon the way the pack assembler does: index.json plus every <lang>.json as `languages`. */
export function loadLexicon(dir = LEXICON_DIR): Lexicon {
  const index: unknown = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const languages = readdirSync(dir)
    .filter((name) => /^[a-z]{2}\.json$/.test(name))
    .sort()
    .map((name): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8')));
  return lexiconSchema.parse({ ...(index as object), languages });
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The plain article template stored excerpts are rendered into: no structured data, just a
 * headline and paragraphs, and the publication date as article:published_time when the stored
 * page recorded one (the excerpt's leading "date YYYY-MM[-DD]"), as the page's head had it.
 */
export function renderArticlePage(title: string, paragraphs: readonly string[], lang: string, date = ''): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const dated = date ? `<meta property="article:published_time" content="${escapeHtml(date)}">` : '';
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">${dated}<title>${escapeHtml(title)}</title></head>
<body><header><a href="/">Home</a></header><main><article><h1>${escapeHtml(title)}</h1>
${body}
</article></main><footer>© publisher</footer></body></html>`;
}

const EXCERPT_DATE = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\s*/;

/** Splits excerpt text into its recorded date (or ''), a title (a short first line) and paragraphs. */
export function splitExcerpt(text: string, fallbackTitle: string): { date: string; title: string; paragraphs: string[] } {
  const date = EXCERPT_DATE.exec(text)?.[1] ?? '';
  const lines = text
    .replace(EXCERPT_DATE, '')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const first = lines[0] ?? '';
  const titled = lines.length > 1 && first.length <= 160;
  const rest = titled ? lines.slice(1) : lines;
  // Merge short lines into the paragraph that follows, as a page would show them.
  const paragraphs: string[] = [];
  let pending = '';
  for (const line of rest) {
    pending = pending ? `${pending} ${line}` : line;
    if (pending.length >= 120) {
      paragraphs.push(pending);
      pending = '';
    }
  }
  if (pending) paragraphs.push(pending);
  return { date, title: titled ? first : fallbackTitle, paragraphs };
}

export const LABEL_SPLITS = ['dev', 'test', 'test2', 'test3', 'test4', 'test5', 'test6', 'test7', 'test8', 'test9', 'test10', 'test11', 'test12', 'test13', 'test14', 'test15', 'test16', 'test17'] as const;
export type LabelSplit = (typeof LABEL_SPLITS)[number];

function labelSplit(value: string | undefined): LabelSplit {
  return LABEL_SPLITS.find((split) => split === value) ?? 'dev';
}

export interface LabelledPage {
  query: string;
  rank: number;
  url: string;
  lang: string;
  positive: boolean;
  reason: string;
  /**
   * dev: pages looked at while tuning; test: held out, reported but never tuned on; test2: a
   * second held-out split, labelled after the rules of the first round were set; test3: a third,
   * labelled before the rules of the second round were changed; test4: a fourth, labelled before
   * the third round (when test3 became a tuning split); test5: a fifth, labelled before the fourth
   * round (when test4 became a tuning split); test6: a sixth, labelled before the fifth round
   * (when test5 became a tuning split); test7: a seventh, labelled before the sixth round (when
   * test6 became a tuning split); test8: an eighth, labelled before the seventh round (when test7
   * became a tuning split), weighted toward positives; test9: a ninth, labelled before the eighth
   * round (when test8 became a tuning split); test10: a tenth, labelled before the ninth round (when
   * test9 became a tuning split); test11: an eleventh, labelled before the tenth round (when test10
   * became a tuning split), weighted toward exodus and return stories and their spring-2022 look-alikes;
   * test12: a twelfth, labelled before the eleventh round (when test11 became a tuning split);
   * test13 and test14: labelled in parallel before the twelfth round (when test12 became a tuning
   * split), test13 in the first ten languages and test14 in the ten added ones; test15: first ten
   * languages, labelled before any rule ran on it, for one evaluation of the merged product; test16:
   * all twenty languages, labelled before any rule ran on it and kept sealed (never run while tuning),
   * for one evaluation of the next merged product; test17: all twenty languages, labelled the same
   * way after the rules were tuned on test16, sealed for one evaluation of the merged product after that.
   */
  split: LabelSplit;
  /** Which list labelled it: the shared corpus's pages-dev.tsv or this repository's test/corpus/pages-labelled.tsv. */
  list: 'pages-dev' | 'pages-labelled';
  /** Rendered HTML, or undefined when the search answer holding the excerpt is not saved. */
  html: string | undefined;
}

interface SearchResult {
  rank: number;
  url?: string;
  excerpt: string;
}

/**
 * The saved answers of the stored-pages search (JSON as the tool returns it: query, results
 * with rank, url, excerpt), keyed by query then rank. The search tool is not callable from a
 * script: whoever runs a labelled query saves its answer as a .json file in this folder.
 */
export function readSearchCache(dir = SEARCH_CACHE_DIR): Map<string, Map<number, SearchResult>> {
  const answers = new Map<string, Map<number, SearchResult>>();
  if (!existsSync(dir)) return answers;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const answer = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { query?: unknown; results?: unknown };
    if (typeof answer.query !== 'string' || !Array.isArray(answer.results)) throw new Error(`${name}: not a saved search answer (query, results)`);
    const byRank = answers.get(answer.query) ?? new Map<number, SearchResult>();
    for (const result of answer.results as SearchResult[]) {
      if (typeof result.rank === 'number' && typeof result.excerpt === 'string') byRank.set(result.rank, result);
    }
    answers.set(answer.query, byRank);
  }
  return answers;
}

function readLabels(path: string, list: LabelledPage['list']): Array<Omit<LabelledPage, 'html'>> {
  if (!existsSync(path)) return [];
  return readTsv(path).map((row) => ({
    query: row.query ?? '',
    rank: Number(row.rank ?? 0),
    url: row.url ?? '',
    lang: row.lang ?? '',
    positive: row.label === 'positive',
    reason: row.reason ?? '',
    split: labelSplit(row.split),
    list,
  }));
}

/**
 * Every labelled search result (the shared pages-dev.tsv, then this repository's list), each
 * rendered from its saved excerpt into the plain article template. A URL labelled twice is
 * one page, kept where it was first labelled, so a page seen while tuning never counts as held out.
 */
export function loadLabelledPages(corpusDir: string, cacheDir = SEARCH_CACHE_DIR, labelsPath = LABELS_PATH): LabelledPage[] {
  const answers = readSearchCache(cacheDir);
  const rows = [...readLabels(join(corpusDir, 'pages-dev.tsv'), 'pages-dev'), ...readLabels(labelsPath, 'pages-labelled')];
  // A stable sort puts dev rows first, then test, test2 … test17, so a URL labelled in two splits
  // stays in the earlier one: a page seen while tuning never counts as held out.
  rows.sort((a, b) => LABEL_SPLITS.indexOf(a.split) - LABEL_SPLITS.indexOf(b.split));
  const seen = new Set<string>();
  const pages: LabelledPage[] = [];
  for (const row of rows) {
    if (seen.has(row.url)) continue;
    seen.add(row.url);
    const result = answers.get(row.query)?.get(row.rank);
    const excerpt = result && (result.url === undefined || result.url === row.url) ? result.excerpt : undefined;
    const host = row.url.replace(/^https?:\/\/([^/]+).*$/, '$1');
    const html = excerpt ? (({ date, title, paragraphs }) => renderArticlePage(title, paragraphs, row.lang, date))(splitExcerpt(excerpt, host)) : undefined;
    pages.push({ ...row, html });
  }
  return pages;
}

export interface RealPage {
  source: string;
  name: string;
  url: string;
  /** True for news and other articles, false for non-articles and synthetic test pages. */
  article: boolean;
  lang: string;
  html: string;
  /** One of Readability's small synthetic test pages (only with `includeSynthetic`). */
  synthetic: boolean;
}

function canonicalUrl(html: string, fallback: string): string {
  const match =
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html) ??
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']canonical["']/i.exec(html) ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html);
  const url = match?.[1] ?? '';
  return /^https?:\/\//.test(url) ? url : fallback;
}

function readTsv(path: string): Array<Record<string, string>> {
  const [header = '', ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const columns = header.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((value, i) => [columns[i] ?? String(i), value])));
}

/**
 * The labeled real pages (all negative for the topic), with the best URL the page itself
 * tells: 444, or 480 with Readability's synthetic test pages (for counting false sidebars only).
 */
export function loadRealPages(corpusDir: string, { includeSynthetic = false } = {}): RealPage[] {
  const pages: RealPage[] = [];
  const read = (path: string): string => gunzipSync(readFileSync(path)).toString('utf8');
  for (const row of readTsv(join(corpusDir, 'readability/labels.tsv'))) {
    const id = row.id ?? '';
    const synthetic = row.page_type === 'synthetic_test';
    if (synthetic && !includeSynthetic) continue;
    const html = read(join(corpusDir, 'readability/pages', `${id}.html.gz`));
    pages.push({ source: 'readability', name: id, url: canonicalUrl(html, `https://${id}.example/p/${id}-page`), article: row.page_type !== 'non_article' && !synthetic, lang: (row.lang ?? '').slice(0, 2), html, synthetic });
  }
  for (const row of readTsv(join(corpusDir, 'postlight-parser/labels.tsv'))) {
    const file = row.file ?? '';
    const html = read(join(corpusDir, 'postlight-parser/pages', `${file}.gz`));
    const host = file.replace(/(--[\w-]+)?\.html$/, '');
    pages.push({ source: 'postlight', name: file, url: canonicalUrl(html, `https://${host}/p/page`), article: row.page_type !== 'non_article', lang: '', html, synthetic: false });
  }
  for (const row of readTsv(join(corpusDir, 'scrapinghub-aeb/labels.tsv'))) {
    const file = row.file ?? '';
    const html = read(join(corpusDir, 'scrapinghub-aeb/pages', file));
    pages.push({ source: 'aeb', name: file.slice(0, 12), url: row.url ?? canonicalUrl(html, 'https://example.com/p/page'), article: row.page_type !== 'non_article', lang: '', html, synthetic: false });
  }
  return pages;
}

export interface FixturePage {
  name: string;
  lang: string;
  /** Topic label: positives are <lang>-<slug>.html, hard negatives neg-<lang>-<slug>.html, pages/ are all negative. */
  positive: boolean;
  /** Article-ness label: only pages/non-article.html is not an article. */
  article: boolean;
  url: string;
  html: string;
}

export function loadFixtures(dirs = FIXTURE_DIRS): FixturePage[] {
  const pages: FixturePage[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const isPagesDir = basename(dir) === 'pages';
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.html')).sort()) {
      const html = readFileSync(join(dir, name), 'utf8');
      const negative = isPagesDir || name.startsWith('neg-');
      const lang = /lang="([a-z]{2})/.exec(html)?.[1] ?? 'und';
      const slug = name.replace(/\.html$/, '');
      pages.push({
        name: isPagesDir ? `pages/${name}` : name,
        lang,
        positive: !negative,
        article: name !== 'non-article.html',
        url: name === 'non-article.html' ? 'https://news.example/world/europe/' : `https://news.example/${lang}/2022/09/${slug}`,
        html,
      });
    }
  }
  return pages;
}

export interface SeedPage {
  name: string;
  html: string;
}

/** The two seed articles (plain text: title, blank line, paragraphs), rendered into the article template. */
export function loadSeeds(corpusDir: string): SeedPage[] {
  const dir = join(corpusDir, '..', 'seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const { title, paragraphs } = splitExcerpt(readFileSync(join(dir, name), 'utf8'), name);
      return { name, html: renderArticlePage(title, paragraphs, 'en') };
    });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpusDir = resolve(process.argv[2] ?? '../shared/corpus');
  const labelled = loadLabelledPages(corpusDir);
  console.log(`lexicon: ${loadLexicon().languages.length} languages`);
  console.log(`real pages: ${loadRealPages(corpusDir).length}`);
  for (const split of LABEL_SPLITS) {
    const pages = labelled.filter((p) => p.split === split);
    console.log(`labelled search results, ${split}: ${pages.length} pages, ${pages.filter((p) => p.html).length} rendered from ${SEARCH_CACHE_DIR}`);
  }
  const missing = [...new Set(labelled.filter((p) => !p.html).map((p) => p.query))];
  if (missing.length > 0) console.log(`labelled results without a saved answer, by query (search tool, corpus "pages"):\n  ${missing.join('\n  ')}`);
  console.log(`fixtures: ${loadFixtures().length}, seeds: ${loadSeeds(corpusDir).length}`);
}
