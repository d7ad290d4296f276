/** What a page's address says before the document is read at all. */
export type UrlKind = 'not-web' | 'home' | 'listing' | 'search' | 'media' | 'story' | 'other';

export interface UrlInfo {
  kind: UrlKind;
  /** Lower-cased, decoded path with separators turned into spaces, for hint matching. */
  pathText: string;
}

const LISTING_SEGMENT = /^(tags?|topics?|themen|thema|category|categories|categorie|categoria|rubri[ck]\w*|section|sections|archive|archiv|author|authors|autor|page|theme|temy?|tema|dossier)$/i;
const SEARCH_SEGMENT = /^(search|suche|recherche|buscar|busqueda|cerca|ricerca|poisk|поиск|пошук|szukaj)$/i;
const MEDIA_SEGMENT = /^(video|videos|tv|photo|photos|foto|fotos|gallery|galleries|galerie|galleria|fotogalerie|fotogallery|web-stories|podcasts?|live-tv)$/i;
const SEARCH_QUERY = /[?&](q|s|query|search|text)=/i;

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
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
  const segments = path.split('/').filter((s) => s.length > 0 && !/^(amp|index\.\w+|[a-z]{2}(-[a-z]{2})?)$/.test(s));
  const pathText = path.replace(/[\/\-_.+]+/g, ' ').trim();
  if (parsed.protocol !== 'file:') {
    if (segments.length === 0) return { kind: parsed.search && SEARCH_QUERY.test(parsed.search) ? 'search' : 'home', pathText };
    if (SEARCH_QUERY.test(parsed.search) || segments.some((s) => SEARCH_SEGMENT.test(s))) return { kind: 'search', pathText };
    const last = segments[segments.length - 1] ?? '';
    // "/tag/riservisti-russi" or "/world/" (a single short word): a listing, not a story.
    if (segments.slice(0, -1).some((s) => LISTING_SEGMENT.test(s)) || LISTING_SEGMENT.test(last)) {
      return { kind: 'listing', pathText };
    }
    if (segments.some((s) => MEDIA_SEGMENT.test(s))) return { kind: 'media', pathText };
  }
  const last = segments[segments.length - 1] ?? '';
  const slugWords = last.split(/[-_]+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
  if (slugWords >= 3 || /\d{5,}/.test(last) || /\/20\d\d\/\d{1,2}\//.test(path)) return { kind: 'story', pathText };
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
