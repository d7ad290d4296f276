import type { PageMetadata } from './page-metadata';
import type { UrlKind } from './url-signals';

/** schema.org types that mark a single article, report, analysis, opinion or live blog. */
const NEWS_ARTICLE_TYPES = new Set([
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'LiveBlogPosting',
]);
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting', 'BlogPosting',
  'Report', 'ScholarlyArticle', 'SatiricalArticle', 'TechArticle', 'Blog', 'Review', 'CriticReview',
]);
/** Types of pages that are not one article: listings, search results, products, media, profiles. */
const NON_ARTICLE_TYPES = new Set([
  'CollectionPage', 'SearchResultsPage', 'ItemList', 'Product', 'ProductGroup', 'Offer', 'VideoObject',
  'ImageGallery', 'MediaGallery', 'ProfilePage', 'DiscussionForumPosting', 'QAPage', 'Question', 'SoftwareApplication',
  'MusicRecording', 'MusicGroup', 'Movie', 'Recipe', 'Event', 'JobPosting',
  'SoftwareSourceCode', 'HowTo', 'HowToSection', 'HowToStep', 'Book',
]);
/** og:type values of things that are not one article: media, products, profiles, repository "objects". */
const NON_ARTICLE_OG = /^(video|music|product|profile|books?|og:product|place|business|object$|image$)/;

/** Structure of the document body that separates one story from a page of teasers, a wiki entry, a thread or a shop. */
export interface PageStructure {
  articleElements: number;
  /** Links on the page (counted up to a bound): a bare page of prose has almost none. */
  links: number;
  /** Links with headline-length text: the teasers of a section front. */
  teaserLinks: number;
  /** Distinct other sites that headline-length links point to: an aggregator's sources. */
  teaserHosts: number;
  /** Encyclopedia apparatus: tables of contents, infoboxes, per-section edit links. */
  wikiApparatus: number;
  /** Footnote citations and reference-list entries. */
  citations: number;
  /** <h2>/<h3> section headings. */
  sectionHeadings: number;
  /** Repeated comment or reply blocks. */
  commentBlocks: number;
  /** Per-post furniture of a forum: links to user profiles, vote buttons. */
  posterMarks: number;
  /** Elements marked as a price, and shopping-cart or buy controls. */
  prices: number;
  cartControls: number;
  /** Numbered instruction steps of a how-to page. */
  steps: number;
  /** Section permalinks and toctrees of generated documentation (Sphinx, MkDocs and the like). */
  docAnchors: number;
  /** Marks of a code-hosting repository page (the go-import meta that forges serve on repositories). */
  repositoryMarks: number;
}

const MAX_LINKS_SCANNED = 600;
const WIKI_SELECTOR = '#toc, .toc, nav.toc, [role="doc-toc"], .infobox, .mw-editsection, .editsection';
const CITATION_SELECTOR = 'sup.reference, ol.references > li, [role="doc-noteref"], a[href^="#cite_note"], a[href^="#fn"]';
const COMMENT_SELECTOR = '[class*="comment"], [class*="Comment"], [itemtype$="/Comment"], [itemprop="comment"]';
const POSTER_SELECTOR = 'a[href*="/user/"], a[href*="/users/"], a[href*="/u/"], a[href*="/member"], [class*="upvote"], [class*="vote-"], [class*="voteButton"]';
const PRICE_SELECTOR = '[itemprop="price"], [itemprop="offers"], [class*="price"], [class*="Price"], meta[property="product:price:amount"]';
const CART_SELECTOR = '[class*="cart"], [id*="cart"], [class*="Cart"], form[action*="cart"], [class*="basket"], [id*="basket"], [name="add-to-cart"]';
const STEP_SELECTOR = '.step, [itemprop="step"], [itemtype$="/HowToStep"], [class*="step-"]';
const DOC_SELECTOR = 'a.headerlink, .toctree-wrapper';
const REPOSITORY_SELECTOR = 'meta[name="go-import"], meta[name="go-source"]';

/** "news.example.co.uk" and "www.example.com" → the last two labels: enough to tell a site's own subdomains from other sites. */
function siteOf(host: string): string {
  return host.toLowerCase().split('.').slice(-2).join('.');
}

const ABSOLUTE_HOST = /^(?:https?:)?\/\/([^/?#:]+)/i;

/** `pageHost` is the host of the page's own address, so that links to other sites can be told apart. */
export function readPageStructure(doc: Document, pageHost = ''): PageStructure {
  const links = doc.querySelectorAll('a[href]');
  const ownSite = siteOf(pageHost);
  const hosts = new Set<string>();
  let teaserLinks = 0;
  for (let i = 0; i < links.length && i < MAX_LINKS_SCANNED; i++) {
    const link = links[i];
    const length = (link?.textContent ?? '').trim().length;
    if (length < 35 || length > 220) continue;
    teaserLinks++;
    const host = ABSOLUTE_HOST.exec(link?.getAttribute('href') ?? '')?.[1];
    if (host && siteOf(host) !== ownSite) hosts.add(siteOf(host));
  }
  const count = (selector: string): number => doc.querySelectorAll(selector).length;
  return {
    articleElements: count('article'),
    links: links.length,
    teaserLinks,
    teaserHosts: hosts.size,
    wikiApparatus: count(WIKI_SELECTOR),
    citations: count(CITATION_SELECTOR),
    sectionHeadings: count('h2, h3'),
    commentBlocks: count(COMMENT_SELECTOR),
    posterMarks: count(POSTER_SELECTOR),
    prices: count(PRICE_SELECTOR),
    cartControls: count(CART_SELECTOR),
    steps: count(STEP_SELECTOR),
    docAnchors: count(DOC_SELECTOR),
    repositoryMarks: count(REPOSITORY_SELECTOR),
  };
}

/**
 * An encyclopedia or wiki entry: a table of contents, an infobox or edit links, with many
 * sections or citations and no date of publication (an entry is revised, not published).
 */
export function looksEncyclopedic(structure: PageStructure, metadata: PageMetadata): boolean {
  return !metadata.hasPublishedTime && structure.wikiApparatus >= 1 && (structure.citations >= 5 || structure.sectionHeadings >= 12);
}

/** A forum or social thread: many comment blocks, each tagged with its poster or its votes. */
export function looksLikeThread(structure: PageStructure): boolean {
  return structure.commentBlocks >= 10 && structure.posterMarks >= 8;
}

/** A shop page: prices next to a cart or buy control, and no date of publication. */
export function looksLikeProduct(structure: PageStructure, metadata: PageMetadata): boolean {
  return !metadata.hasPublishedTime && structure.prices >= 2 && structure.cartControls >= 1;
}

/** Generated documentation or a code repository: reference text, not a dated story. */
export function looksLikeDocsOrCode(structure: PageStructure, metadata: PageMetadata): boolean {
  return structure.repositoryMarks >= 1 || (!metadata.hasPublishedTime && structure.docAnchors >= 3);
}

/**
 * From this many other sites named by headline links, a page is a list of other sites' stories.
 * Stories without a byline reach ten (partner widgets, "around the web" boxes) on the real
 * corpus; link newsletters and encyclopedia entries pass twelve.
 */
const AGGREGATOR_HOSTS = 12;

/**
 * A link aggregator or mirror: headlines that link to many other sites, and no byline of its
 * own. A newsroom's story links to its own site's stories; a writer's post that cites many
 * outlets has an author.
 */
export function looksLikeAggregator(structure: PageStructure, metadata: PageMetadata): boolean {
  return !metadata.hasAuthor && structure.teaserHosts >= AGGREGATOR_HOSTS;
}

/** A how-to page: a sequence of instruction steps. */
export function looksLikeHowTo(structure: PageStructure): boolean {
  return structure.steps >= 5;
}

export interface ArticleEvidence {
  metadata: PageMetadata;
  structure: PageStructure;
  urlKind: UrlKind;
  /** Readability-style density of the paragraphs read so far. */
  density: number;
  /** Number of paragraphs of 140+ characters read so far. */
  longParagraphs: number;
  /** The text read is a few sentences of prose: the shape of a wire item or a live-feed entry. */
  shortProse: boolean;
  /** The text reads as teasers for stories elsewhere ("… Read more"): a roundup or an aggregator's excerpt. */
  teasers: boolean;
  /** The text stacks several agency stories' leads, each with its dateline: a mirror. */
  stackedLeads: boolean;
  /** Footnote marks printed in the running text ("[1]", "[12]"): how copies of encyclopedia entries cite. */
  bracketCitations: number;
  /** The text is a photo agency's caption (its picture id or the photographer's credit): a caption page. */
  photoCaption?: boolean;
  /** The text splices a glossary after each linked term: an encyclopedia entry's copy. */
  splicedGlossaries?: boolean;
}

/** From this many printed footnote marks an undated text is an encyclopedia entry's copy. */
const ENTRY_CITATIONS = 6;

/** At most this many links for a page without article metadata to pass as a bare news item. */
const BARE_PAGE_LINKS = 20;

/**
 * A short news item (two to four sentences from an agency or a live feed): too little text for
 * the density test, but an article when the page's metadata says so, or when the page is
 * nothing but that prose (no navigation, no teasers: a reader view, a print view, a feed entry).
 */
export function looksLikeShortItem(evidence: ArticleEvidence): boolean {
  const { metadata, structure, shortProse } = evidence;
  if (!shortProse || structure.articleElements > 2) return false;
  const declaresArticle =
    metadata.ogType === 'article' || metadata.hasPublishedTime || metadata.schemaTypes.some((t) => ARTICLE_TYPES.has(t));
  return declaresArticle || structure.links <= BARE_PAGE_LINKS;
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
  // Many sites leave og:type at its default "website" on stories too: weak evidence only.
  else if (metadata.ogType === 'website' && !articleTyped) score -= 1;
  if (metadata.hasPublishedTime) score += 1;
  if (metadata.hasAuthor) score += 0.5;
  if (structure.articleElements >= 1 && structure.articleElements <= 2) score += 0.5;
  // Many <article> elements and many headline links with little running text: a section front.
  if (structure.articleElements >= 5 && longParagraphs < 4) score -= 2;
  if (structure.teaserLinks >= 25 && longParagraphs < 3) score -= 1.5;
  // Page shapes that carry long text yet are not one article.
  if (looksEncyclopedic(structure, metadata)) score -= 4;
  // A mirror keeps an entry's footnote marks as plain text when it drops the wiki's markup.
  else if (!metadata.hasPublishedTime && evidence.bracketCitations >= ENTRY_CITATIONS) score -= 4;
  else if (evidence.splicedGlossaries) score -= 4;
  if (looksLikeThread(structure)) score -= metadata.hasPublishedTime ? 1 : 3;
  if (looksLikeProduct(structure, metadata)) score -= 3;
  // Instruction steps decide it whatever the markup claims: how-to sites mark every page as a dated Article.
  if (looksLikeHowTo(structure)) score -= 8;
  if (looksLikeDocsOrCode(structure, metadata)) score -= 3;
  if (looksLikeAggregator(structure, metadata)) score -= 4;
  // Teasers are read like an article's text but the story is elsewhere; news markup on a roundup
  // still loses. An article's long paragraphs outweigh the "read more" of its comments or related links.
  // A picture's caption published as a page is as short as a wire item, but it shows a picture, not a story.
  const teasers = (evidence.teasers && longParagraphs < 4) || evidence.stackedLeads || evidence.photoCaption === true;
  if (teasers) score -= 4;
  if (density >= 20) score += 2;
  else if (!teasers && looksLikeShortItem(evidence)) score += 1.5;
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
    // A one-word address is a section front unless the page reads as one story: a single
    // <article> holding several long paragraphs, with no teaser runs.
    case 'section':
      if (!(structure.articleElements >= 1 && structure.articleElements <= 2 && longParagraphs >= 3 && !teasers)) score -= 3;
      break;
    case 'media':
    case 'reference':
    case 'forum':
      score -= 3;
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
