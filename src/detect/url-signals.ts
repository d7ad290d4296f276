import { pathDateAt } from './path-date';

/** What a page's address says before the document is read at all. */
export type UrlKind = 'not-web' | 'home' | 'listing' | 'section' | 'search' | 'media' | 'reference' | 'forum' | 'story' | 'other';

export interface UrlInfo {
  kind: UrlKind;
  /** Lower-cased, decoded path with separators turned into spaces, for hint matching. */
  pathText: string;
}

/**
 * Segments that introduce a listing whatever follows ("/tag/partial-mobilization",
 * "/autores/name/5"): tags, topics, categories and author pages, in the words of every language
 * the lexicon reads that writes addresses in Latin letters (a site's own language names them).
 */
const TAG_SEGMENT = new RegExp(
  '^(' +
    [
      // tags and keywords
      'tags?|etiquetas?|etichett[ae]|schlagw[oö]rter|schlagwort|stichw[oö]rter|stichwort|trefwoord(en)?|tagi|teg[ia]?|etykiet[ay]|etiketler|etiketa|avainsana(t)?|cuvinte-cheie|stitky',
      // topics and themes
      'topics?|themen|thema|temas?|temy?|temat[ay]?|teme|sujets?|onderwerp(en)?|assuntos?|argoment[io]|konular|aiheet|subiecte|dossier',
      // categories and rubrics
      'category|categories|categorie|categorias?|categorías|kategorien?|kategori(a|e|ler)?|rubri[ck]\\w*',
    ].join('|') +
    ')$',
  'i',
);
/**
 * A story a site files under a topic tree with its id as a segment of its own before its slug
 * ("/themen/migration/regionalprofile/547525/migration-aus-russland-nach-georgien"): an id of five
 * or more digits, not right after the topic word (where a tag's own id stands), then a slug of
 * three or more words ending the path.
 */
function storyUnderTopic(segments: readonly string[], slugWords: number): boolean {
  if (slugWords < 3) return false;
  const topic = segments.findIndex((s) => TAG_SEGMENT.test(s));
  return segments.slice(topic + 2, -1).some((s) => /^\d{5,}$/.test(s));
}

/**
 * Author pages in every language ("/autores/name/5"). Some sites file each story under its
 * author ("/autoren/name/story-slug"), so only a name, and perhaps a page number, may follow.
 */
const AUTHOR_SEGMENT = /^(authors?|autor(es|en|i|e|zy|ok|lar)?|auteurs?|avtor[iy]?|yazar(lar)?|kirjoittajat?)$/i;
/** Segments that name a listing only when no story slug follows ("/sections/world/" but not NPR's "/sections/x/2016/12/15/id/slug"). */
const LISTING_SEGMENT = /^(section|sections|archive|archives|archiv|page|theme|news|world|politics|politik|economy|sport|sports)$/i;
const SEARCH_SEGMENT = /^(search|suche|recherche|buscar|busqueda|cerca|ricerca|poisk|поиск|пошук|szukaj)$/i;
const MEDIA_SEGMENT = /^(video|videos|tv|photo|photos|foto|fotos|gallery|galleries|galerie|galleria|fotogalerie|fotogallery|web-stories|podcasts?|live-tv)$/i;
/** A host that serves only recordings ("podcasts.example.fr", "video.example.com"): its pages are episodes and clips, not articles. */
const MEDIA_HOST = /^(podcasts?|audio|video|videos)\./i;
const SEARCH_QUERY = /[?&](q|s|query|search|text)=/i;
/**
 * A query that carries another web address ("?url=http%3A%2F%2Fwww.example.com%2F", "?u=https://…"):
 * the page is about that address, not a story of its own: a bookmark service's list of what its
 * users saved from a site, a link-sharing or share dialog, a redirect. Language-neutral: it is
 * the address's shape, whatever the site's language.
 */
const ADDRESS_QUERY = /[?&](url|u|link)=(https?(:|%3a)|www\.)/i;
/** Encyclopedia, dictionary, keyword and book pages: reference text about a subject, not a dated story. */
const REFERENCE_SEGMENT = /^(wiki|w|keyword|keywords|encyclopedia|lexicon|glossary|books?|dictionary)$/i;
/** Addresses forum and board software gives to threads ("showthread.php", "/threads/", "read.cgi"). */
const FORUM_PATH = /\/(threads?|topic|forums?|showthread\.php|viewtopic\.php|read\.cgi)(\/|$)/i;
/** Board software that names the thread in the query instead ("index.php?page=Thread&threadID=6221", "index.php?topic=123.0"). */
const FORUM_QUERY = /[?&](page=thread\b|threadid=\d|topic=\d)/i;
/**
 * Link-sharing and social-bookmark sites: an entry for a link someone shared ("/link/6834319/slug",
 * Shaarli's "/shaare/UJPnaA"): a blurb, votes and comments under another site's story, like a
 * forum thread. Only at the root of the path (after a language prefix): a news site's story deeper
 * down ("/world/link/123") keeps its own shape. (A bookmark page carrying the other page's address
 * in its query is ADDRESS_QUERY's.)
 */
const LINK_SHARE_PATH = /^\/(link\/\d+|shaare\/\w+)(\/|$)/i;
/**
 * "?p=123", "?id=123", "?newsid=148373", "?ELEMENT_ID=55": one post addressed by its number inside
 * any section, even a day's archive ("/news/2022/09/21/?newsid=…"). Only keys that name an item:
 * "?catid=5" or "?page=2" still address a listing.
 */
const POST_QUERY = /[?&](p|id|article|story|post|nid|(news|article|story|post|item|element|entry|doc|material)[_-]?id)=\d+/i;

/** A year and a month as segments of their own with more of the path after them ("/2022/09/slug"): a dated story. */
function isDatedPath(parts: readonly string[]): boolean {
  return parts.some((_, index) => {
    const date = pathDateAt(parts, index);
    return date?.month !== undefined && date.span >= 2 && index + 2 < parts.length;
  });
}

/**
 * Everything of one time, not one story: a day's page ("/user/20220921", "/2022/09/21/") or an
 * address that is nothing but a year, or a year and a month ("/2023/05/"), a blog's archive.
 */
function isDateListing(segments: readonly string[]): boolean {
  const last = segments.length - 1;
  if (pathDateAt(segments, last)?.day !== undefined) return true;
  const endingDay = last >= 2 ? pathDateAt(segments, last - 2) : undefined;
  if (endingDay?.day !== undefined && endingDay.span === 3) return true;
  const whole = pathDateAt(segments, 0);
  return whole !== undefined && whole.day === undefined && whole.span === segments.length;
}

/**
 * An encyclopedia entry's title used as the whole address after a language edition
 * ("/ja/2022年のロシアの動員"), or in the encyclopedia's own title style with underscores and a
 * bracketed qualifier ("/Мобилизация_в_России_(2022)"): how mirrors of Wikipedia address their
 * copies. Newsrooms that write story addresses in their own script do not put them right
 * under a language edition, nor in that style.
 */
function looksLikeEntryTitle(segment: string, path: string, rawSegment: string): boolean {
  if (segment.includes('-') || segment.includes('.')) return false;
  // "Mobilisation_russe_de_2022", "2022_Russian_mobilization": an entry title with its capitals
  // and underscores, as the encyclopedia writes it; newsroom slugs are lower-case or hyphenated.
  if (/\p{Lu}/u.test(rawSegment) && /^[\p{L}\d]+(?:_[\p{L}\d'’,()]+){2,}$/u.test(rawSegment)) return true;
  if (!/[^\x00-\x7f]/.test(segment)) return false;
  if ((segment.match(/\p{L}/gu)?.length ?? 0) < 4) return false;
  const underLanguageEdition = /^\/[a-z]{2}(-[a-z]{2})?\/[^/]+\/?$/.test(path);
  return underLanguageEdition || /_\(.+\)$/.test(segment);
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** What follows an author segment on an author page: nothing, a name, or a name and a page number. */
function isAuthorListing(rest: readonly string[]): boolean {
  return rest.length <= 1 || (rest.length === 2 && /^\d{1,4}$/.test(rest[1] ?? ''));
}

/**
 * Classifies an address by its shape. Only a few shapes are decisive (a site's root,
 * search results, tag and section listings); everything else is left to the document.
 */
export function inspectUrl(url: string): UrlInfo {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'other', pathText: '' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') {
    return { kind: 'not-web', pathText: '' };
  }
  const path = decodePath(parsed.pathname).toLowerCase();
  const pathText = path.replace(/[/\-_.+]+/g, ' ').trim();
  if (parsed.protocol === 'file:') return { kind: 'other', pathText };
  // Language prefixes and index files say nothing about the page ("/en/", "/index.html").
  const segments = path.split('/').filter((s) => s.length > 0 && !/^(amp|index\.\w+|[a-z]{2}(-[a-z]{2})?)$/.test(s));
  if (SEARCH_QUERY.test(parsed.search) || segments.some((s) => SEARCH_SEGMENT.test(s))) return { kind: 'search', pathText };
  // A sharing widget's "&url=https…" rides on real stories' deeper paths, so only a path of at
  // most one segment ("/someone/?url=…") is read as a list of links about another address.
  if (segments.length <= 1 && ADDRESS_QUERY.test(parsed.search)) return { kind: 'listing', pathText };
  if (FORUM_QUERY.test(parsed.search) || LINK_SHARE_PATH.test(`/${segments.join('/')}`)) return { kind: 'forum', pathText };
  // A bare root is a home page; "/?p=123" is how some blogs address a post.
  if (segments.length === 0) return { kind: parsed.search.length > 1 ? 'other' : 'home', pathText };
  const last = segments[segments.length - 1] ?? '';
  const slugWords = last.split(/[-_]+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
  // A long slug or a long numeric id names one story, whatever section it sits in.
  const datedPath = isDatedPath(path.split('/'));
  const storyLike = slugWords >= 3 || /\d{5,}/.test(last) || datedPath;
  if (MEDIA_HOST.test(parsed.hostname) || segments.some((s) => MEDIA_SEGMENT.test(s))) return { kind: 'media', pathText };
  const rawLast = decodePath(parsed.pathname).split('/').filter((s) => s.length > 0).pop() ?? '';
  if ((segments.length === 1 || segments.length === 2) && looksLikeEntryTitle(last, path, rawLast)) return { kind: 'reference', pathText };
  // A dated path is a story even under "/books/" (a newspaper's book reviews).
  if (!datedPath && segments.slice(0, -1).some((s) => REFERENCE_SEGMENT.test(s))) return { kind: 'reference', pathText };
  if (FORUM_PATH.test(path)) return { kind: 'forum', pathText };
  if (POST_QUERY.test(parsed.search)) return { kind: 'other', pathText };
  if (segments.slice(0, -1).some((s) => TAG_SEGMENT.test(s)) && !/\d{5,}/.test(last) && !storyUnderTopic(segments, slugWords)) {
    return { kind: 'listing', pathText };
  }
  const author = segments.findIndex((s) => AUTHOR_SEGMENT.test(s));
  if (author >= 0 && isAuthorListing(segments.slice(author + 1))) return { kind: 'listing', pathText };
  if (isDateListing(segments)) return { kind: 'listing', pathText };
  if (storyLike) return { kind: 'story', pathText };
  // "/world/", "/sections/europe/", "/archive/": a listing unless a story slug follows.
  if (TAG_SEGMENT.test(last) || segments.every((s) => LISTING_SEGMENT.test(s))) return { kind: 'listing', pathText };
  // One short word ("/opinion", "/relokanty"): a section front on most sites, but some name a
  // story so; the page's structure decides (see scoreArticle).
  if (segments.length === 1 && last.length <= 12 && !/\d/.test(last)) return { kind: 'section', pathText };
  return { kind: 'other', pathText };
}

/**
 * The cheapest check of all, for a content script to call before touching the document:
 * false for addresses that are never a single news article (a site's root, search results,
 * tag and section listings, non-web schemes).
 */
export function isCandidateUrl(url: string): boolean {
  const { kind } = inspectUrl(url);
  return kind !== 'not-web' && kind !== 'home' && kind !== 'search' && kind !== 'listing';
}
