import type { CompiledLanguage } from './compile-lexicon';

/** A teaser mark this close to the end of the text closes the whole text: an excerpt that sends the reader elsewhere. */
const CLOSING_CHARS = 60;
/** Below this length a text closed by a teaser mark is an excerpt, not an article that happens to end with a link. */
const EXCERPT_CHARS = 1500;
/** Teaser marks per 1,000 characters from which the text is a run of teasers (a roundup, a tag page). */
const TEASERS_PER_THOUSAND = 1.5;
/**
 * A link aggregator's tag line ("| etiquetas: rusia, ucrania, guerra"): closing a short text, it
 * marks an entry pointing at a story published elsewhere, like a "read more". Source credits
 * ("来源:", "Источник:") are not counted: wire items end with them too.
 */
const CREDIT_LINE = /\|\s*(?:tags?|etiquetas|étiquettes|schlagworte|теги|метки)\s*:/gu;
/** A short text cut off mid-sentence by an ellipsis ("… certaines personnes ont été appe…"): an aggregator's excerpt. */
const CUT_OFF_END = /\p{L}\s?(?:…|\.{3})$/u;
/** An address printed as text: a video description or a link post pointing at the story's source. */
const PRINTED_URL = /https?:\/\/\S+/g;
/**
 * A wire dateline's agency credit, "(reuters) -", "(ap) -", "(тасс) -" (the text is
 * lower-cased, dashes folded): one story carries one; a mirror that stacks the leads of several
 * agency stories on one page carries one per story.
 */
const AGENCY_DATELINE = /\(\p{L}[\p{L}.]{1,11}\) ?- ?/gu;
/** From this many datelines the text is several stories' leads, not one story. */
const STACKED_DATELINES = 2;

/**
 * True when the text reads as teasers for stories published elsewhere: several "read more"
 * marks, printed addresses or credit lines close together, a short text closed by one ("… Read
 * Full Article »", "Source: …") or cut off by an ellipsis, or an ellipsis followed by a "read
 * more". An article with a "Read more:" link or two between long paragraphs is not dense
 * enough to count.
 */
export function readsAsTeasers(language: CompiledLanguage, text: string): boolean {
  if (text.length === 0) return false;
  const trimmed = text.trimEnd();
  if (trimmed.length < EXCERPT_CHARS && CUT_OFF_END.test(trimmed)) return true;
  // "… Leggi su La Stampa": an excerpt cut short that sends the reader to its source, however long the page.
  if (language.teaserSource && new RegExp(`(?:…|\\.{3})\\s*(?:${language.teaserSource})`).test(text)) return true;
  let marks = 0;
  let last = -1;
  const patterns = language.teaserSource ? [new RegExp(language.teaserSource, 'g'), PRINTED_URL, CREDIT_LINE] : [PRINTED_URL, CREDIT_LINE];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      marks++;
      last = Math.max(last, match.index + match[0].length);
    }
  }
  if (marks === 0) return false;
  if (text.length < EXCERPT_CHARS && text.length - last <= CLOSING_CHARS) return true;
  return marks >= 2 && (marks * 1000) / text.length >= TEASERS_PER_THOUSAND;
}

/**
 * True when the text stacks the leads of several agency stories, each with its own dateline
 * ("TBILISI (Reuters) - … HELSINKI (Reuters) - …"): a mirror or aggregator page laid out as an
 * article. Unlike read-more marks this holds however long the paragraphs are, since the leads
 * are copied whole.
 */
export function stacksAgencyLeads(text: string): boolean {
  return (text.match(AGENCY_DATELINE)?.length ?? 0) >= STACKED_DATELINES;
}
