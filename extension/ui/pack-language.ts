import type { Lang } from '../../src/pack/fact-pack-schema';

/**
 * The fact pack is written in English (questions, notes, facts, statements, scopes). Its text
 * carries this `lang` so a Russian or Ukrainian screen reader switches voice for it.
 */
export const PACK_TEXT_LANG = 'en';

/** A claim's language as a `lang` attribute; "other" is not a language tag, so it gives none. */
export function langAttribute(lang: Lang): string | undefined {
  return lang === 'other' ? undefined : lang;
}
