/**
 * Shapes of text that copy something other than a story, whatever address the page has: a
 * photo agency's caption published as a page of its own, and an encyclopedia entry copied with
 * the glossary of every linked term spliced into the sentence. Both read as prose about the
 * topic; neither is an article. The text is normalized (lower-cased, dashes folded).
 */

/** A caption page holds one caption and little else. */
const CAPTION_CHARS = 1500;
/**
 * A picture's agency id opening the text ("epa10222786 russian conscripted men…"): agencies file
 * each picture under one, and only their captions start with it.
 */
const PICTURE_ID = /^\P{L}{0,20}(?:epa|efe|afp|anp|dpa|ap|lusa|ansa|xinhua|ria)[-_]?\d{6,}\b/u;
/**
 * A photographer's credit closing the text, agency slash name ("… epa/anatoly maltsev",
 * "(ap photo/dmitri lovetsky)", "reuters/maxim shemetov"): how a caption ends, while a wire
 * story ends with its reporting line.
 */
const PHOTO_CREDIT = /(?:epa(?:-efe)?|efe|afp(?: photo)?|reuters|ap photo|anadolu|getty images|sputnik|tass|ria novosti|dpa|xinhua|anp|lusa|ansa) ?\/ ?\p{L}[\p{L} .'-]{1,40}\)?\.?$/u;

/** True when a short text is a picture's caption: opened by the agency's picture id or closed by the photographer's credit. */
export function readsAsPhotoCaption(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > CAPTION_CHARS) return false;
  return PICTURE_ID.test(trimmed) || PHOTO_CREDIT.test(trimmed);
}

/**
 * A linked term followed at once by its repeat and its glossary, "tbilisi tbilisi (, ) is
 * the capital…", "shoigu sergei shoigu, …": a mirror splices each linked term's
 * definition in after the term, so the term's words come twice in a row, the second time opening
 * a parenthesis or a definition.
 */
const SPLICED_GLOSSARY = /(?<![\p{L}\p{N}])(\p{L}{3,}(?: \p{L}{2,}){0,2}) \1 ?(?:\(|,|is |was |are )/gu;
/** The cut-off end of a spliced definition: " ... " in the middle of running text. */
const CUT_DEFINITION = / \.\.\. /g;
/** From this many spliced glossaries, with as many cut-off definitions, the text is a mirror's copy. */
const MIRROR_GLOSSARIES = 3;

/** True when the text is an encyclopedia entry copied with inline glossaries of its linked terms. */
export function splicesGlossaries(text: string): boolean {
  // Cut-off definitions first: a plain search that almost every page fails, where the repeated-term
  // search (a back-reference tried at every word) cost more than the rest of the article's scoring.
  if ((text.match(CUT_DEFINITION)?.length ?? 0) < MIRROR_GLOSSARIES) return false;
  return (text.match(SPLICED_GLOSSARY)?.length ?? 0) >= MIRROR_GLOSSARIES;
}
