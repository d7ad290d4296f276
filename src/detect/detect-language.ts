import type { CompiledLexicon } from './compile-lexicon';

const WORD = /[\p{L}']+/gu;
const MAX_WORDS = 600;
/** Characters of the sample that script counting looks at. */
const SCRIPT_SAMPLE = 3000;
/** Share of a sample's letters a language's scripts must cover to decide by script alone. */
const SCRIPT_SHARE = 0.6;
/** Letters that the function-word count can read: other scripts decide by script. */
const WORD_SCRIPTS = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/gu;
const LETTERS = /\p{L}/gu;
/** Letters of the scripts written without spaces (Han, kana): each stands for a syllable or a word, not a sound. */
const UNSPACED_LETTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/**
 * What one Han or kana character weighs against one Latin letter when shares are counted: a
 * Chinese sentence of 20 characters says about what an English one of 60 letters does, so a
 * Chinese report quoting English sources is still Chinese.
 */
const UNSPACED_WEIGHT = 3;
/** How far one language's function words must lead the next for the text to overrule the page's declared language. */
const CLEAR_LEAD = 1.5;
/**
 * Below this many function words in all, the text is a two-sentence item, and a lead of one
 * and a half is two or three words: French "de" and "en" are also Dutch words, so a short French
 * item can count more Dutch ones than French. Such a text overrules a declared language it shares
 * words with only when another language leads it twice over.
 */
const SHORT_TEXT_MARKERS = 20;
const SHORT_TEXT_LEAD = 2;

/**
 * Letters only one Cyrillic language of the lexicon uses, which settle ru, uk and sr more
 * quickly and surely than their shared function words. Kazakh letters are checked first:
 * Kazakh also writes і (Ukrainian) and ы (Russian).
 */
const KAZAKH_LETTERS = /[әғқңөұүһ]/g;
const CYRILLIC_LETTERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['uk', /[іїєґ]/g],
  ['sr', /[ђјљњћџ]/g],
  ['ru', /[ыэъ]/g],
];

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The page's declared language ("de-AT" → "de"), or '' when missing, malformed or not a two-letter code ("fil" is not "fi"). */
export function declaredLanguage(htmlLang: string | null | undefined): string {
  const code = (htmlLang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2}$/.test(code) ? code : '';
}

const scriptPatterns = new Map<string, RegExp>();

function scriptPattern(scripts: readonly string[]): RegExp {
  const key = scripts.join(',');
  let pattern = scriptPatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`[${scripts.map((s) => `\\p{Script=${s}}`).join('')}]`, 'gu');
    scriptPatterns.set(key, pattern);
  }
  return pattern;
}

/**
 * The language whose scripts cover most of the sample's letters, the narrowest set of scripts
 * on a tie (Chinese text is all Han, which Japanese also uses; Japanese adds kana). Only
 * consulted when most letters are outside the Latin, Cyrillic and Greek alphabets.
 */
function languageByScript(text: string, lexicon: CompiledLexicon): string | undefined {
  const sample = text.slice(0, SCRIPT_SAMPLE);
  const unspaced = countMatches(sample, UNSPACED_LETTERS) * (UNSPACED_WEIGHT - 1);
  const letters = countMatches(sample, LETTERS) + unspaced;
  if (letters < 10 || countMatches(sample, WORD_SCRIPTS) >= letters * (1 - SCRIPT_SHARE)) return undefined;
  let best: { lang: string; share: number; scripts: number } | undefined;
  for (const language of lexicon.languages.values()) {
    if (language.scripts.length === 0 || language.scripts.some((s) => s === 'Latin' || s === 'Cyrillic')) continue;
    const own = countMatches(sample, scriptPattern(language.scripts));
    // Han and kana letters of the language's own scripts weigh what they weigh in `letters`.
    const ownUnspaced = language.scripts.some((s) => s === 'Han' || s === 'Hiragana' || s === 'Katakana') ? unspaced : 0;
    const share = (own + ownUnspaced) / letters;
    if (share < SCRIPT_SHARE) continue;
    const better = !best || share > best.share + 0.02 || (Math.abs(share - best.share) <= 0.02 && language.scripts.length < best.scripts);
    if (better) best = { lang: language.lang, share, scripts: language.scripts.length };
  }
  return best?.lang;
}

function cyrillicLanguage(text: string, counts: Map<string, number>): void {
  const kazakh = countMatches(text, KAZAKH_LETTERS);
  const letters = kazakh >= 3 ? [['kk', kazakh] as const] : CYRILLIC_LETTERS.map(([lang, pattern]) => [lang, countMatches(text, pattern)] as const);
  const total = letters.reduce((sum, [, n]) => sum + n, 0);
  if (total < 3) return;
  // The Cyrillic languages share most function words; their own letters are the better witness.
  const languages = ['kk', ...CYRILLIC_LETTERS.map(([lang]) => lang)];
  const shared = languages.reduce((sum, lang) => sum + (counts.get(lang) ?? 0), 0);
  for (const lang of languages) counts.delete(lang);
  const [winner] = [...letters].sort((a, b) => b[1] - a[1]);
  if (winner) counts.set(winner[0], shared + total);
}

/**
 * Guesses the language of normalized text: by script for languages written in their own
 * script (Georgian, Armenian, Japanese, Chinese), else by counting each lexicon language's
 * function words over the first few hundred words. The text decides when it is clear; the
 * page's declared `lang` breaks ties, because sites often declare one language for every edition.
 */
export function detectLanguage(text: string, declared: string, lexicon: CompiledLexicon): string {
  const declaredLang = lexicon.aliases.get(declared) ?? declared;
  const byScript = languageByScript(text, lexicon);
  if (byScript) return byScript;
  const counts = new Map<string, number>();
  let seen = 0;
  for (const match of text.matchAll(WORD)) {
    if (++seen > MAX_WORDS) break;
    for (const lang of lexicon.markerIndex.get(match[0]) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  cyrillicLanguage(text, counts);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2) return declaredLang || 'und';
  const margin = best[1] + (second?.[1] ?? 0) < SHORT_TEXT_MARKERS ? SHORT_TEXT_LEAD : CLEAR_LEAD;
  const clear = !second || best[1] >= second[1] * margin;
  if (!clear && declaredLang && counts.has(declaredLang)) return declaredLang;
  return best[0];
}

