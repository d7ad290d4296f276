/** What the document says about itself in its head: title, description, types, dates, authors. */
export interface PageMetadata {
  title: string;
  /** The first <h1>, usually the headline on article pages. */
  h1: string;
  description: string;
  ogType: string;
  /** Every schema.org @type named in JSON-LD blocks and microdata itemtype attributes. */
  schemaTypes: string[];
  /** The head or the markup dates the page as published (meta tags, a microdata or article <time>): article evidence. */
  hasPublishedTime: boolean;
  /**
   * The publication date the page declares, as written (ISO 8601 in practice), or '': head
   * meta tags first, then JSON-LD `datePublished` (a plain object or an `@graph` entry alike),
   * then a microdata `datePublished` element's `content` or `datetime`.
   */
  publishedTime: string;
  hasAuthor: boolean;
  htmlLang: string;
}

const MAX_JSON_LD_BLOCKS = 8;
const MAX_JSON_LD_CHARS = 200_000;
const TYPE_FIELD = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
const QUOTED = /"([^"]+)"/g;
/**
 * The first `datePublished` string of a JSON-LD block, found by regex like the types, so that
 * `@graph` arrays and nested objects need no walk. The main entity comes first in the blocks
 * publishers write; an ItemList of other stories after it does not move the page's date.
 */
const DATE_PUBLISHED_FIELD = /"datePublished"\s*:\s*"([^"]{4,40})"/;

function metaContent(metas: Map<string, string>, ...keys: string[]): string {
  for (const key of keys) {
    const value = metas.get(key);
    if (value) return value;
  }
  return '';
}

/** Everything the head and the byline area say, gathered in one document traversal instead of one per question. */
const METADATA_SELECTOR = [
  'title', 'h1', 'meta', 'script[type="application/ld+json"]', '[itemtype]', '[itemprop="datePublished"]', '[itemprop="author"]',
  '[rel="author"]', 'time[datetime]', '.byline', '.author', '[class*="byline"]',
].join(', ');
const MAX_ELEMENTS = 2000;

/** Reads @type values with a regex instead of JSON.parse: cheaper, and survives the malformed JSON-LD many sites ship. */
function addJsonLdTypes(text: string, types: Set<string>): void {
  for (const field of text.matchAll(TYPE_FIELD)) {
    for (const quoted of (field[1] ?? '').matchAll(QUOTED)) {
      const name = (quoted[1] ?? '').split(/[/:]/).pop();
      if (name) types.add(name);
    }
  }
}

export function readPageMetadata(doc: Document): PageMetadata {
  const metas = new Map<string, string>();
  const types = new Set<string>();
  let title = '';
  let h1 = '';
  let jsonLdBlocks = 0;
  let jsonLdBudget = MAX_JSON_LD_CHARS;
  let datedElement = false;
  let bylineElement = false;
  let jsonLdDate = '';
  let microdataDate = '';
  const elements = doc.querySelectorAll(METADATA_SELECTOR);
  for (let i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
    const element = elements[i];
    if (!element) continue;
    const tag = element.tagName.toUpperCase();
    if (tag === 'META') {
      const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase();
      const content = element.getAttribute('content');
      if (key && content && !metas.has(key)) metas.set(key, content.trim());
      if (key === 'datepublished') datedElement = true;
    } else if (tag === 'TITLE') {
      if (!title) title = (element.textContent ?? '').trim();
    } else if (tag === 'H1') {
      if (!h1) h1 = (element.textContent ?? '').trim().slice(0, 400);
    } else if (tag === 'SCRIPT') {
      if (jsonLdBlocks++ < MAX_JSON_LD_BLOCKS && jsonLdBudget > 0) {
        const text = (element.textContent ?? '').slice(0, jsonLdBudget);
        jsonLdBudget -= text.length;
        addJsonLdTypes(text, types);
        if (!jsonLdDate) jsonLdDate = DATE_PUBLISHED_FIELD.exec(text)?.[1]?.trim() ?? '';
      }
    } else {
      const itemtype = element.getAttribute('itemtype');
      if (itemtype) {
        const name = itemtype.split('/').pop();
        if (name) types.add(name);
      }
      const itemprop = element.getAttribute('itemprop');
      if (itemprop === 'datePublished' || (tag === 'TIME' && (element.hasAttribute('pubdate') || element.closest('article') !== null))) datedElement = true;
      if (itemprop === 'datePublished' && !microdataDate) microdataDate = (element.getAttribute('content') ?? element.getAttribute('datetime') ?? '').trim();
      if (itemprop === 'author' || element.getAttribute('rel') === 'author' || /author|byline/i.test(element.getAttribute('class') ?? '')) bylineElement = true;
    }
  }
  const metaDate = metaContent(metas, 'article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dcterms.date', 'sailthru.date', 'parsely-pub-date');
  const publishedTime = metaDate || jsonLdDate || microdataDate;
  // A JSON-LD date dates the page but is no article evidence: sites stamp it on listings and
  // wiki-like pages too (on the real corpus it turned three non-articles into articles).
  const hasPublishedTime = datedElement || metaDate !== '';
  const hasAuthor = bylineElement || metaContent(metas, 'author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author') !== '';
  return {
    title: title || metaContent(metas, 'og:title', 'twitter:title'),
    h1,
    description: metaContent(metas, 'description', 'og:description', 'twitter:description').slice(0, 600),
    ogType: metaContent(metas, 'og:type').toLowerCase(),
    schemaTypes: [...types],
    hasPublishedTime,
    publishedTime,
    hasAuthor,
    htmlLang: doc.documentElement?.getAttribute('lang') ?? '',
  };
}
