/**
 * Where the background keeps a tab's verdict and anchored claims in `storage.session`, so they
 * survive worker restarts; the sidebar watches this key. Kept apart from the protocol's
 * schemas so pages that only need the key don't bundle them.
 */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;
