/**
 * Lines of an article that state nothing of their own, so a claim's words in them are no claim:
 * - a heading fragment: a line of at most HEADING_WORDS words that does not end as a sentence
 *   does ("Ausverkaufte Flüge", "Arrivals in Georgia"), a subheading naming what follows;
 * - a teaser: a sentence that opens with a media, see-also, most-read or earlier-news label and a
 *   colon, a dash or a bar ("In photos: …", "Video: …", "Read more: …", "Also read — …",
 *   "Читайте также: …", "Meistgelesen | …", "Previously: …"), which
 *   points at other content and whose words are that content's title, whether it has a line of
 *   its own or follows a sentence on its line;
 * - a "how" heading: a line that opens with "how" ("How else the Kremlin denied a second wave:",
 *   "Как Кремль отрицал…", "Wie Moskau…") and holds no comma and no digit, ending with a colon or
 *   with no sentence end at all, which announces what follows instead of stating it. A comma
 *   keeps "As Peskov said, …" (как, як, wie, come, como, jak mean "as" too) a sentence, and a
 *   digit keeps a headline that states a figure ("How Russia called up 300,000 men").
 * Longer headlines and headlines with a colon after a name ("Shoigu: 300,000 reservists …")
 * state claims and stay candidates. The article text has one paragraph, heading or list item
 * per line (extension/content/overlays/text-index.ts), so a line is what lies between breaks.
 */
import type { LineConcept, LineWords } from '../pack/matcher-schema';
import { foldText } from './fold-text';

/** A subheading names a topic in a few words; a headline that states a claim needs more. */
export const HEADING_WORDS = 4;

/**
 * The words that mark a line stating nothing, folded, from the pack's line concepts
 * (assets/pack/concepts/<lang>.json, shipped as `lineWords`): teaser labels and "how" openings of
 * every language together, since a closed set of media and see-also words never begins a claim
 * sentence before a colon in any language, and pages carry labels in another language than
 * theirs ("Video:" on a German page). Plain arrays, as the compiled matchers they travel with.
 */
export interface LineLabels {
  readonly teaser: readonly string[];
  readonly how: readonly string[];
  /** The longest teaser label, in characters, so a line is only scanned that far for its colon. */
  readonly longestTeaser: number;
}

export function compileLineWords(lineWords: LineWords | undefined): LineLabels {
  const fold = (concept: LineConcept): string[] =>
    [...new Set(Object.values(lineWords ?? {}).flatMap((words) => (words[concept] ?? []).map((word) => foldText(word).trim())))].sort();
  const teaser = fold('teaser-label');
  return { teaser, how: fold('how-opening'), longestTeaser: Math.max(0, ...teaser.map((label) => label.length)) };
}

const HOW_HEADING_ENDS = /(:|[^.!?…;:"'»”“’)\]])["'»”“’)\]]*$/;

/** What ends a teaser's label: a colon, a dash between spaces, an em or en dash, or a bar. */
const LABEL_END = /:|\s[-–—]\s|[–—|]/;
const SENTENCE_END = /[.!?…:;]["'»”“’)\]]*$/;

/** Whether only spaces lie between `from` and a line break (or the text's edge) in direction `step`. */
function bordersLine(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const char = text[i] as string;
    if (char === '\n') return true;
    if (!/\s/.test(char)) return false;
  }
  return true;
}

/**
 * Whether the sentence at [start, end) of `text` is a heading fragment or a teaser line. Only the
 * sentence and the spaces around it are read, never the rest of its line, so a page of one long
 * paragraph costs nothing more.
 */
export function isHeadingFragment(text: string, start: number, end: number, labels: LineLabels): boolean {
  const sentence = text.slice(start, end).trim();
  const label = LABEL_END.exec(sentence.slice(0, labels.longestTeaser + 3));
  if (label && label.index > 0 && labels.teaser.includes(foldText(sentence.slice(0, label.index)).trim())) return true;
  // A heading is its whole line.
  if (!bordersLine(text, start - 1, -1) || !bordersLine(text, end, 1)) return false;
  if (!SENTENCE_END.test(sentence) && sentence.split(/\s+/).length <= HEADING_WORDS) return true;
  return isHowHeading(sentence, labels);
}

/** Whether a whole line is a "how" heading (see above): a topic announced, not a claim stated. */
function isHowHeading(line: string, labels: LineLabels): boolean {
  if (/[,\d]/.test(line) || !HOW_HEADING_ENDS.test(line)) return false;
  const first = /^["'«„“]?([^\s"'«»„“”]+)/.exec(line)?.[1];
  return first !== undefined && labels.how.includes(foldText(first));
}
