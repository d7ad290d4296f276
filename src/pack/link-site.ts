/** A host without its "www." prefix: www.reuters.com and reuters.com are one site. */
function siteHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * True when `link` opens a page of the site at `siteUrl`, or of one of its subdomains
 * (news.yahoo.com is Yahoo's; en.zona.media and zona.media are one outlet).
 */
export function isOnSite(link: string, siteUrl: string): boolean {
  const host = siteHost(link);
  const site = siteHost(siteUrl);
  return host === site || host.endsWith(`.${site}`) || site.endsWith(`.${host}`);
}
