/** What the document says about itself in its head: title, description, types, dates, authors. */
export interface PageMetadata {
  title: string;
  /** The first <h1>, usually the headline on article pages. */
  h1: string;
  description: string;
  ogType: string;
  /** Every schema.org @type named in JSON-LD blocks and microdata itemtype attributes. */
  schemaTypes: string[];
  hasPublishedTime: boolean;
  hasAuthor: boolean;
  htmlLang: string;
}

const MAX_JSON_LD_BLOCKS = 8;
const MAX_JSON_LD_CHARS = 200_000;
const TYPE_FIELD = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
const QUOTED = /"([^"]+)"/g;

function metaContent(metas: Map<string, string>, ...keys: string[]): string {
  for (const key of keys) {
    const value = metas.get(key);
    if (value) return value;
  }
  return '';
}

/** Reads @type values with a regex instead of JSON.parse: cheaper, and survives the malformed JSON-LD many sites ship. */
function readSchemaTypes(doc: Document): string[] {
  const types = new Set<string>();
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  let budget = MAX_JSON_LD_CHARS;
  for (let i = 0; i < blocks.length && i < MAX_JSON_LD_BLOCKS && budget > 0; i++) {
    const text = (blocks[i]?.textContent ?? '').slice(0, budget);
    budget -= text.length;
    for (const field of text.matchAll(TYPE_FIELD)) {
      for (const quoted of (field[1] ?? '').matchAll(QUOTED)) {
        const name = (quoted[1] ?? '').split(/[/:]/).pop();
        if (name) types.add(name);
      }
    }
  }
  const items = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < items.length && i < 20; i++) {
    const name = (items[i]?.getAttribute('itemtype') ?? '').split('/').pop();
    if (name) types.add(name);
  }
  return [...types];
}

export function readPageMetadata(doc: Document): PageMetadata {
  const metas = new Map<string, string>();
  const metaElements = doc.querySelectorAll('meta');
  for (let i = 0; i < metaElements.length && i < 300; i++) {
    const meta = metaElements[i];
    if (!meta) continue;
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const content = meta.getAttribute('content');
    if (key && content && !metas.has(key)) metas.set(key, content.trim());
  }
  const schemaTypes = readSchemaTypes(doc);
  const hasPublishedTime =
    metaContent(metas, 'article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dcterms.date', 'sailthru.date', 'parsely-pub-date') !== '' ||
    doc.querySelector('[itemprop="datePublished"], time[datetime][pubdate], article time[datetime]') !== null;
  const hasAuthor =
    metaContent(metas, 'author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author') !== '' ||
    doc.querySelector('[rel="author"], [itemprop="author"], .byline, .author, [class*="byline"]') !== null;
  return {
    title: (doc.querySelector('title')?.textContent ?? '').trim() || metaContent(metas, 'og:title', 'twitter:title'),
    h1: (doc.querySelector('h1')?.textContent ?? '').trim().slice(0, 400),
    description: metaContent(metas, 'description', 'og:description', 'twitter:description').slice(0, 600),
    ogType: metaContent(metas, 'og:type').toLowerCase(),
    schemaTypes,
    hasPublishedTime,
    hasAuthor,
    htmlLang: doc.documentElement?.getAttribute('lang') ?? '',
  };
}
