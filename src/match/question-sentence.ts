/**
 * Whether a sentence asks rather than states: it ends with a question mark, before any closing
 * quotes, brackets or spaces ("Did 700,000 Russians flee?", "«Почему 318 тысяч?»", "¿Se acabó la
 * movilización?"). A question puts a claim up for doubt; it states none, so it is never
 * highlighted as one, though its words still set the story's subject for the sentences after it.
 */
const CLOSING = new Set(['"', "'", '»', '«', '“', '”', '„', '’', '‘', ')', ']', '›', '‹']);

export function isQuestion(text: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at >= start && (CLOSING.has(text[at] as string) || /\s/.test(text[at] as string))) at--;
  return at >= start && (text[at] === '?' || text[at] === '？');
}
