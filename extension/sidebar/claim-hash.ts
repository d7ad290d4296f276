import { useEffect, useState } from 'preact/hooks';

/**
 * The content script opens the sidebar at a claim by setting the frame's URL to
 * `sidebar.html#claim-<index>` (see extension/content/sidebar-host.ts).
 */
export function claimIndexFromHash(hash: string): number | null {
  const match = /^#claim-(\d+)$/.exec(hash);
  return match ? Number(match[1]) : null;
}

/** The claim the sidebar was asked to show, following later hash changes too. */
export function useRequestedClaim(): number | null {
  const [index, setIndex] = useState(() => claimIndexFromHash(location.hash));
  useEffect(() => {
    const onHashChange = () => setIndex(claimIndexFromHash(location.hash));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  return index;
}

/** The attribute listing the claim indices of an entry in the "This article" list. */
export const CLAIM_INDICES_ATTRIBUTE = 'data-claim-indices';

/** The "This article" entry of a claim: one entry per sentence, which may make several claims. */
export function claimEntry(doc: Document, index: number): HTMLElement | null {
  return doc.querySelector<HTMLElement>(`[${CLAIM_INDICES_ATTRIBUTE}~="${index}"]`);
}
