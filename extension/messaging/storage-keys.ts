/**
 * Storage keys shared between contexts. Kept apart from the protocol's schemas so pages that
 * only need a key don't bundle them.
 */

/** A tab's verdict and anchored claims in `storage.session`; survives worker restarts, and the sidebar watches it. */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

/**
 * The installed pack's detection lexicon, compiled by the worker, in `storage.local`, where the
 * content script reads it without waking the worker. A new key for each new stored shape, so a
 * page never misreads an older one: `lexicon` held it raw, `compiled-lexicon` all as objects.
 */
export const LEXICON_KEY = 'compiled-lexicon-2';
/** Keys of the shapes older versions stored, removed when the lexicon is published. */
export const OLD_LEXICON_KEYS = ['lexicon', 'compiled-lexicon'];
