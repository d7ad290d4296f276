/**
 * Keyword lines: the list of tags or keywords many news sites print under a headline or at the
 * end of an article ("Russia, war, Ukraine, mobilization, partial mobilization, autumn draft").
 * Such a line names every topic the site files the page under, not what the article reports: a
 * routine draft decree tagged "partial mobilization" would otherwise count the tag as evidence
 * of the call-up. A keyword line is a paragraph of at least five comma-separated items of a few
 * words each, with no sentence in it.
 */
const MIN_ITEMS = 5;
const MAX_ITEM_WORDS = 5;
/**
 * A sentence end: full stop, question or exclamation mark (also Armenian), then a space or the
 * end; a Chinese or Japanese one whatever follows, since those scripts put no space after it.
 */
const SENTENCE_END = /[.!?։](?:\s|$)|[。！？]/u;

export function isKeywordLine(paragraph: string): boolean {
  const line = paragraph.trim();
  if (SENTENCE_END.test(line)) return false;
  const items = line.split(/\s*[,;]\s*/);
  if (items.length < MIN_ITEMS) return false;
  return items.every((item) => {
    const words = item.split(/\s+/).filter(Boolean).length;
    return words >= 1 && words <= MAX_ITEM_WORDS;
  });
}

/** The text with its keyword lines left out; paragraphs are separated by blank lines, as text samples are. */
export function withoutKeywordLines(text: string): string {
  if (!text.includes(',')) return text;
  const paragraphs = text.split(/\n\s*\n/);
  const kept = paragraphs.filter((paragraph) => !isKeywordLine(paragraph));
  // The same string when nothing is dropped, so callers can skip normalizing it again.
  return kept.length === paragraphs.length ? text : kept.join('\n\n');
}
