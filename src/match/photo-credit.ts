/**
 * Photo credits in article text ("Photo courtesy of the Governor's Press Office/Twitter",
 * "Photo by Ivan Petrov/EPA-EFE", "Фото: пресс-служба", "Fot. PAP/Anna Nowak", "© IVAN PETROV"). Page text flattened from pictures and
 * their captions often runs a credit straight into the next caption or paragraph with no full
 * stop between them, so the splitter (src/match/split-sentences.ts) needs to know where a credit
 * ends to cut it off, and that the sentence just before a credit on its line is the picture's
 * caption. Credit openers are written per language; the agencies and picture libraries whose
 * name may close a credit are names and the same in every language.
 */

export interface CreditSpan {
  start: number;
  end: number;
}

/**
 * What opens a credit: a picture word with a colon, "by", "courtesy of", "von", "di", "de", or a
 * capitalised name right after it, in the ten matcher languages; or a copyright sign. Picture
 * words are capitalised, as a credit writes them, so "the photo showed" opens nothing.
 */
const CREDIT_OPENER = new RegExp(
  [
    // en
    String.raw`(?:Photo(?:graph)?s?|Image|Picture)\s*(?::|by\b|courtesy\b|credit\s*:)`,
    // ru / uk
    String.raw`(?:Фото(?:графия)?|Иллюстрация|Ілюстрація|Світлина|Источник фото|Джерело фото)\s*:`,
    String.raw`Фото\s+(?=\p{Lu})`,
    // de / fr / es / it / pt / nl / pl
    String.raw`(?:Fotos?|Bild|Crédits?(?: photo)?|Fotografía|Imagen|Imagem|Immagine|Beeld|Zdjęcie)\s*:`,
    String.raw`Foto\s+(?:von|di|de|door|by)\b`,
    String.raw`Fot\.\s+(?=\p{Lu})`,
    // pt / es: "Reprodução/Instagram", the credit of a picture taken from a social network
    String.raw`(?:Reprodução|Reproducción)\s*(?=\/)`,
    String.raw`©`,
  ].join('|'),
  'gu',
);

/** Names that close a credit when they follow its slash ("Office/Twitter", "Petrov/EPA-EFE"). */
const CLOSING_NAMES = new Set([
  'ap', 'afp', 'ansa', 'anp', 'dpa', 'efe', 'epa', 'epa-efe', 'reuters', 'tass', 'тасс', 'pap', 'lusa', 'sputnik',
  'ria', 'риа', 'getty', 'shutterstock', 'twitter', 'x', 'facebook', 'telegram', 'instagram',
  'youtube', 'pool', 'maxar', 'imago', 'picture-alliance', 'belga', 'hollandse', 'reprodução', 'reproducción',
  'istock', 'unsplash', 'wikimedia', 'commons', 'kremlin', 'yandex', 'яндекс',
]);

/**
 * Openers that a name must follow ("Photo by Ivan Petrov", "Фото Ивана Петрова"): unlike a
 * colon, they also start ordinary sentences ("Picture by picture, the queue grew."; "Фото
 * Шойгу с мобилизованными опубликовало…"), so every word of such a credit is a name, an agency
 * after a slash, or the slash itself.
 */
const NAME_OPENER = /(?:\b(?:by|von|di|de|door)|^(?:Фото|Fot\.))\s*$/u;
const isNameWord = (word: string): boolean => /^[\p{Lu}\p{N}(«"]/u.test(word) || word.includes('/');

/** A credit that finds no slash and no line end this many words after its opener is not cut off. */
const CREDIT_WORDS = 10;

const isTerminated = (word: string): boolean => /[.!?…]["'»”’)\]]*$/.test(word) && !/^\p{Lu}\.$/u.test(word);

/**
 * The credits inside [start, end) of `text`, each from its opener to its last word: the word of
 * its last slash ("Press Office/Twitter"; a surname after "Reuters/Janis" when what follows the
 * slash is a first name), else the end of the line when that comes within CREDIT_WORDS words.
 * An opener with neither is left alone: where its credit ends cannot be told.
 */
export function findCredits(text: string, start: number, end: number): CreditSpan[] {
  const credits: CreditSpan[] = [];
  const slice = text.slice(start, end);
  CREDIT_OPENER.lastIndex = 0;
  // A credit opens a sentence (the splitter has cut at the full stop before it) or follows
  // another credit, a copyright sign too: one inside a sentence ("… 300,000 men ©RIA") leaves the
  // sentence whole. "In Photos: …" is a teaser, no credit.
  let opensAt = slice.length - slice.trimStart().length;
  for (let found = CREDIT_OPENER.exec(slice); found; found = CREDIT_OPENER.exec(slice)) {
    const at = found.index;
    // A pipe also sets a credit apart from its caption: "Queues at the border | Photo: AP".
    if (at !== opensAt && !/\S[^\S\n]*\|[^\S\n]*$/.test(slice.slice(0, at))) continue;
    const creditEnd = endOfCredit(slice, at + found[0].length);
    if (creditEnd === null) continue;
    if (NAME_OPENER.test(found[0]) && !slice.slice(at + found[0].length, creditEnd).split(/\s+/).filter(Boolean).every(isNameWord)) continue;
    credits.push({ start: start + at, end: start + creditEnd });
    CREDIT_OPENER.lastIndex = creditEnd;
    opensAt = creditEnd + (slice.slice(creditEnd).length - slice.slice(creditEnd).trimStart().length);
  }
  return credits;
}

/** Where a credit whose words start at `from` of `line` ends, or null when that cannot be told. */
function endOfCredit(line: string, from: number): number | null {
  const words: Array<{ word: string; end: number }> = [];
  const wordPattern = /\S+/g;
  wordPattern.lastIndex = from;
  for (let match = wordPattern.exec(line); match && words.length <= CREDIT_WORDS; match = wordPattern.exec(line)) {
    words.push({ word: match[0], end: match.index + match[0].length });
    if (line.slice(match.index + match[0].length).match(/^[^\S\n]*\n/)) break;
  }
  // The first slash or full stop decides: "Photo: AP/John Smith Cars queue." ends at the name.
  let slashAt = -1;
  for (let i = 0; i < words.length && slashAt < 0; i++) {
    const { word, end } = words[i] as { word: string; end: number };
    if (/\p{L}\/\p{L}/u.test(word)) slashAt = i;
    else if (word === '/') slashAt = Math.min(i + 1, words.length - 1);
    else if (isTerminated(word)) return end;
  }
  if (slashAt >= 0) {
    const slashed = words[slashAt] as { word: string; end: number };
    const after = slashed.word.split('/').pop()?.replace(/[^\p{L}-]/gu, '').toLowerCase() ?? '';
    const next = words[slashAt + 1];
    // "Reuters/Anna Berg": a first name after the slash takes its surname along.
    if (!CLOSING_NAMES.has(after) && next && /^\p{Lu}/u.test(next.word) && !CLOSING_NAMES.has(next.word.toLowerCase())) return next.end;
    return slashed.end;
  }
  const last = words[words.length - 1];
  if (!last) return null;
  // The credit runs to the end of its line.
  const rest = line.slice(last.end);
  return words.length <= CREDIT_WORDS && /^[^\S\n]*(\n|$)/.test(rest) ? last.end : null;
}
