/**
 * Which languages' matchers may read one sentence. The page's detected language is a guess for
 * the whole page; a sentence shows its own script, and Russian and Ukrainian sentences show
 * letters only one of them uses. So a Russian quote in an English article is read with the
 * Russian words, a Ukrainian sentence on a page detected as Russian with the Ukrainian ones,
 * and an English quote in a Russian article with the English ones.
 */

export type Script = 'latin' | 'cyrillic' | 'other';

const LANGUAGE_SCRIPT: Readonly<Record<string, Script>> = {
  en: 'latin', de: 'latin', fr: 'latin', es: 'latin', it: 'latin', pt: 'latin', pl: 'latin', nl: 'latin',
  ru: 'cyrillic', uk: 'cyrillic',
};

export const scriptOfLanguage = (lang: string): Script => LANGUAGE_SCRIPT[lang] ?? 'other';

/** Letters only Ukrainian writes (of the two), and letters only Russian writes. */
const UKRAINIAN_ONLY = new Set(['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ']);
const RUSSIAN_ONLY = new Set(['ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё']);

export interface SentenceScript {
  script: Script;
  /** For Cyrillic: 'uk' or 'ru' when the sentence's letters say so, else undefined. */
  cyrillicLanguage?: 'ru' | 'uk';
}

/** The script most of the sentence's letters are in, and for Cyrillic which language its letters point to. */
export function sentenceScript(text: string, start: number, end: number): SentenceScript {
  let latin = 0;
  let cyrillic = 0;
  let ukrainian = 0;
  let russian = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) latin++;
    else if (code >= 0x400 && code <= 0x4ff) {
      cyrillic++;
      const char = text[i] as string;
      if (UKRAINIAN_ONLY.has(char)) ukrainian++;
      else if (RUSSIAN_ONLY.has(char)) russian++;
    }
  }
  if (latin === 0 && cyrillic === 0) return { script: 'other' };
  if (latin >= cyrillic) return { script: 'latin' };
  if (ukrainian > 0 && russian === 0) return { script: 'cyrillic', cyrillicLanguage: 'uk' };
  if (russian > 0 && ukrainian === 0) return { script: 'cyrillic', cyrillicLanguage: 'ru' };
  return { script: 'cyrillic' };
}

/**
 * The languages whose matchers read a sentence, out of `available`: a sentence in the page's
 * script is read in the page's language (Latin-script languages cannot be told apart cheaply
 * sentence by sentence), except that Russian and Ukrainian letters decide between those two;
 * a sentence in another script is read in that script's languages (English for Latin).
 * Without a page language, every available language of the sentence's script reads it.
 */
export function sentenceLanguages(sentence: SentenceScript, pageLang: string | undefined, available: readonly string[]): string[] {
  const ofScript = available.filter((lang) => scriptOfLanguage(lang) === sentence.script);
  if (sentence.script === 'other') return pageLang !== undefined && available.includes(pageLang) ? [pageLang] : [];
  if (sentence.script === 'cyrillic') {
    if (sentence.cyrillicLanguage && ofScript.includes(sentence.cyrillicLanguage)) return [sentence.cyrillicLanguage];
    if (pageLang !== undefined && ofScript.includes(pageLang)) return [pageLang];
    return ofScript;
  }
  if (pageLang !== undefined && ofScript.includes(pageLang)) return [pageLang];
  if (pageLang !== undefined && ofScript.includes('en')) return ['en'];
  return ofScript;
}

/**
 * The languages whose matchers a page of `pageLang` needs: its own, plus the ones
 * `sentenceLanguages` may pick for its other sentences (English and the other Cyrillic language
 * for a Russian or Ukrainian page; Russian and Ukrainian for a page in a Latin-script language,
 * whose Latin-script sentences are all read in the page's language). Nothing more, as the
 * compiled matchers travel to every article page.
 */
export function matcherLanguagesFor(pageLang: string): string[] {
  const script = scriptOfLanguage(pageLang);
  const companions = script === 'cyrillic' ? ['ru', 'uk', 'en'] : script === 'latin' ? ['ru', 'uk'] : [];
  return [...new Set([pageLang, ...companions])];
}
