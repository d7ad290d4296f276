/**
 * Storage keys shared between contexts. Kept apart from the protocol's schemas so pages that
 * only need a key don't bundle them.
 */

/** A tab's verdict and anchored claims in `storage.session`; survives worker restarts, and the sidebar watches it. */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

/**
 * The installed pack's detection lexicon, compiled by the worker, in `storage.local`, where the
 * content script reads it without waking the worker. (A new key: older versions stored it raw.)
 */
export const LEXICON_KEY = 'compiled-lexicon';
