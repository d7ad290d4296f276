import type { CompiledLexicon } from './compile-lexicon';

const WORD = /[\p{L}']+/gu;
const MAX_WORDS = 600;

/** Letters only one of the two Cyrillic languages uses, which settle ru versus uk quickly. */
const UKRAINIAN_LETTERS = /[іїєґ]/g;
const RUSSIAN_LETTERS = /[ыэъ]/g;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The page's declared language ("de-AT" → "de"), or '' when missing or malformed. */
export function declaredLanguage(htmlLang: string | null | undefined): string {
  const code = (htmlLang ?? '').trim().toLowerCase().slice(0, 2);
  return /^[a-z]{2}$/.test(code) ? code : '';
}

/**
 * Guesses the language of normalized text by counting each lexicon language's function
 * words over the first few hundred words. The text decides when it is clear; the page's
 * declared `lang` breaks ties, because sites often declare one language for every edition.
 */
export function detectLanguage(text: string, declared: string, lexicon: CompiledLexicon): string {
  const counts = new Map<string, number>();
  let seen = 0;
  for (const match of text.matchAll(WORD)) {
    if (++seen > MAX_WORDS) break;
    const word = match[0];
    for (const language of lexicon.languages.values()) {
      if (language.markers.has(word)) counts.set(language.lang, (counts.get(language.lang) ?? 0) + 1);
    }
  }
  const ukLetters = countMatches(text, UKRAINIAN_LETTERS);
  const ruLetters = countMatches(text, RUSSIAN_LETTERS);
  if (ukLetters + ruLetters >= 3) {
    // Ukrainian and Russian share most function words; the letters are the better witness.
    const cyrillic = (counts.get('ru') ?? 0) + (counts.get('uk') ?? 0);
    counts.delete('ru');
    counts.delete('uk');
    counts.set(ukLetters > ruLetters ? 'uk' : 'ru', cyrillic + ukLetters + ruLetters);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2) return declared || 'und';
  const clear = !second || best[1] >= second[1] * 1.5;
  if (!clear && declared && counts.has(declared)) return declared;
  return best[0];
}
