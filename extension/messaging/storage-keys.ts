/**
 * Storage keys shared between contexts. Kept apart from the protocol's schemas so pages that
 * only need a key don't bundle them.
 */

/** A tab's verdict and anchored claims in `storage.session`; survives worker restarts, and the sidebar watches it. */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

/**
 * The installed pack's detection lexicon, compiled by the worker, in `storage.local`, where the
 * content script reads it without waking the worker. A new key for each new stored shape, so a
 * page never misreads an older one: `lexicon` held it raw, `compiled-lexicon` all as objects,
 * `compiled-lexicon-2` every language's compiled part in one entry. This key holds what
 * language recognition reads; each language's compiled part has a key of its own
 * (lexiconLanguageKey), so a page reads the one language it is in, not all twenty.
 */
export const LEXICON_KEY = 'compiled-lexicon-3';
/** One language's compiled part (JSON text), beside the lexicon at LEXICON_KEY. */
export const lexiconLanguageKey = (lang: string) => `${LEXICON_KEY}:${lang}`;
/** Keys of the shapes older versions stored, removed when the lexicon is published. */
export const OLD_LEXICON_KEYS = ['lexicon', 'compiled-lexicon', 'compiled-lexicon-2'];
/** Whether `key` holds a lexicon or part of one, in this version's shape or an older one's. */
export const isLexiconKey = (key: string) => OLD_LEXICON_KEYS.includes(key) || key.startsWith('compiled-lexicon');
