/**
 * Whether a quotation opened in a stretch of text is still open at its end. A quote set over
 * several paragraphs leaves its first paragraph open ("…the call-up is over. / A decree is not
 * needed," he said.), so the next paragraph is the same speaker's words on the same subject.
 */

/** Double quotation marks only: apostrophes and single quotes also stand inside words. */
export function quoteOpenAt(text: string, start: number, end: number): boolean {
  let straight = 0;
  let guillemetsOpen = 0;
  let guillemetsClosed = 0;
  let low = 0;
  let left = 0;
  let right = 0;
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === '"') straight++;
    else if (char === '\u00AB') guillemetsOpen++;
    else if (char === '\u00BB') guillemetsClosed++;
    else if (char === '\u201E') low++;
    else if (char === '\u201C') left++;
    else if (char === '\u201D') right++;
  }
  // „…“ (German, Ukrainian) closes with the mark English opens with; „…” (Polish, Dutch) with ”.
  const opened = guillemetsOpen + low + (low > 0 ? 0 : left);
  const closed = guillemetsClosed + right + (low > 0 ? left : 0);
  return straight % 2 === 1 || opened > closed;
}
