import type { PageMetadata } from './page-metadata';
import type { UrlKind } from './url-signals';

/** schema.org types that mark a single article, report, analysis, opinion or live blog. */
const NEWS_ARTICLE_TYPES = new Set([
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'LiveBlogPosting',
]);
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting', 'BlogPosting',
  'Report', 'ScholarlyArticle', 'SatiricalArticle', 'TechArticle', 'Blog',
]);
/** Types of pages that are not one article: listings, search results, products, media, profiles. */
const NON_ARTICLE_TYPES = new Set([
  'CollectionPage', 'SearchResultsPage', 'ItemList', 'Product', 'ProductGroup', 'Offer', 'VideoObject',
  'ImageGallery', 'MediaGallery', 'ProfilePage', 'DiscussionForumPosting', 'QAPage', 'Question', 'SoftwareApplication',
  'MusicRecording', 'MusicGroup', 'Movie', 'Recipe', 'Event', 'JobPosting',
]);
const NON_ARTICLE_OG = /^(video|music|product|profile|books?|og:product|place|business)/;

/** Structure of the document body that separates one story from a page of teasers. */
export interface PageStructure {
  articleElements: number;
  /** Links with headline-length text: the teasers of a section front. */
  teaserLinks: number;
}

const MAX_LINKS_SCANNED = 600;

export function readPageStructure(doc: Document): PageStructure {
  const links = doc.querySelectorAll('a[href]');
  let teaserLinks = 0;
  for (let i = 0; i < links.length && i < MAX_LINKS_SCANNED; i++) {
    const length = (links[i]?.textContent ?? '').trim().length;
    if (length >= 35 && length <= 220) teaserLinks++;
  }
  return { articleElements: doc.querySelectorAll('article').length, teaserLinks };
}

export interface ArticleEvidence {
  metadata: PageMetadata;
  structure: PageStructure;
  urlKind: UrlKind;
  /** Readability-style density of the paragraphs read so far. */
  density: number;
  /** Number of paragraphs of 140+ characters read so far. */
  longParagraphs: number;
}

/**
 * Adds up article-ness evidence. Structured data is the strongest witness because
 * publishers set it for search engines; text density decides when it is missing or lies
 * (some sites mark every page as NewsArticle, so a teaser page with no long paragraphs
 * still fails).
 */
export function scoreArticle(evidence: ArticleEvidence): number {
  const { metadata, structure, urlKind, density, longParagraphs } = evidence;
  let score = 0;
  const articleTyped = metadata.schemaTypes.some((t) => ARTICLE_TYPES.has(t));
  // News types are set by newsrooms for one story; generic Article also marks wikis and docs.
  if (metadata.schemaTypes.some((t) => NEWS_ARTICLE_TYPES.has(t))) score += 3;
  else if (articleTyped) score += 2;
  else if (metadata.schemaTypes.some((t) => NON_ARTICLE_TYPES.has(t))) score -= 2;
  if (metadata.ogType === 'article') score += 1.5;
  else if (NON_ARTICLE_OG.test(metadata.ogType)) score -= 2;
  if (metadata.hasPublishedTime) score += 1;
  if (metadata.hasAuthor) score += 0.5;
  if (structure.articleElements >= 1 && structure.articleElements <= 2) score += 0.5;
  // Many <article> elements and many headline links with little running text: a section front.
  if (structure.articleElements >= 5 && longParagraphs < 4) score -= 2;
  if (structure.teaserLinks >= 25 && longParagraphs < 3) score -= 1.5;
  if (density >= 20) score += 2;
  else if (density >= 10) score += 1;
  else if (density < 4) score -= 2.5;
  if (longParagraphs >= 5) score += 1;
  switch (urlKind) {
    case 'home':
    case 'search':
      score -= 4;
      break;
    case 'listing':
      score -= 3;
      break;
    case 'media':
      score -= 1.5;
      break;
    case 'story':
      score += 0.5;
      break;
    default:
      break;
  }
  return score;
}

/** Score at and above which a page counts as a single article. */
export const ARTICLE_THRESHOLD = 2;

/**
 * True when the head alone declares a page that is not one article (a product, a video,
 * a listing) and names no article type, so that the text need not be read at all.
 */
export function declaresNonArticle(metadata: PageMetadata): boolean {
  if (metadata.schemaTypes.some((t) => ARTICLE_TYPES.has(t)) || metadata.ogType === 'article') return false;
  return metadata.schemaTypes.some((t) => NON_ARTICLE_TYPES.has(t)) || NON_ARTICLE_OG.test(metadata.ogType);
}
