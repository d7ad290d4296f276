/**
 * A PHP notice a misconfigured server prints into the page ("Notice: function … was called
 * incorrectly … in /var/www/…/functions.php on line 6114"): English boilerplate of the server,
 * not the story below it, whatever its language. Left in, it makes a Georgian or Armenian story
 * read as English and pushes its lead out of the sample's first lines. Matched on normalized
 * (lower-cased) text.
 */
const SERVER_NOTICE = /\b(?:notice|warning|deprecated|fatal error):[^\n]{0,800}? in \/\S+\.php on line \d+/g;

export function withoutServerNotices(normalized: string): string {
  return normalized.includes('.php on line ') ? normalized.replace(SERVER_NOTICE, ' ') : normalized;
}
