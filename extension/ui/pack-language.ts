import type { Lang } from '../../src/pack/fact-pack-schema';

/** A claim's language as a `lang` attribute; "other" is not a language tag, so it gives none. */
export function langAttribute(lang: Lang): string | undefined {
  return lang === 'other' ? undefined : lang;
}
