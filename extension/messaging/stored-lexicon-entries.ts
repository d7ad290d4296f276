import type { StoredLexicon } from '../../src/detect';
import { LEXICON_KEY, lexiconLanguageKey } from './storage-keys';

/**
 * The `storage.local` entries of a stored lexicon: at LEXICON_KEY everything but the languages'
 * compiled parts (what language recognition reads), and each language's compiled part at its
 * own key. An article then reads about a tenth of the lexicon (its language's part and the
 * rest), where reading all twenty languages' parts (630 KB) cost every relevant page several
 * milliseconds of deserialization and a garbage collection.
 */
export function lexiconEntries(stored: StoredLexicon): Record<string, unknown> {
  const entries: Record<string, unknown> = {
    [LEXICON_KEY]: { ...stored, languages: stored.languages.map(({ lang, scripts }) => ({ lang, scripts, compiled: '' })) },
  };
  for (const { lang, compiled } of stored.languages) entries[lexiconLanguageKey(lang)] = compiled;
  // A page declaring an alias ("hr", read with the Serbian part) finds its part in its one read.
  for (const [alias, lang] of stored.aliases) {
    const part = entries[lexiconLanguageKey(lang)];
    if (part !== undefined) entries[lexiconLanguageKey(alias)] = part;
  }
  return entries;
}
