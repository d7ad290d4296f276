/** The element that holds the article's text: where overlays look and what the sidebar must not cover. */
export function findArticleRoot(doc: Document): Element {
  const candidates = doc.querySelectorAll('[itemprop="articleBody"], article, [role="article"], main');
  let best: Element | null = null;
  let bestLength = 0;
  for (const candidate of candidates) {
    // textContent does not force layout, unlike innerText.
    const length = candidate.textContent?.length ?? 0;
    if (length > bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  return best ?? doc.body ?? doc.documentElement;
}
