/**
 * The elements the overlays add to the page. Everything that walks or observes the page
 * (text index, mutation observer) uses these to tell our nodes from the page's.
 */
export const LAYER_TAG = 'mc-layer';
export const MARKER_TAG = 'mc-marker';
export const CARD_TAG = 'mc-card';
/** Attribute on the fallback <mark> elements that wrap claim text where the Highlight API is missing. */
export const MARK_ATTRIBUTE = 'data-mc-claim';
/** Attribute on each marker host: the claim's index, for jumping and for tests. */
export const INDEX_ATTRIBUTE = 'data-mc-claim-index';

const HOST_TAGS = new Set([LAYER_TAG, MARKER_TAG, CARD_TAG]);
/** Every host we made, whatever name it ended up with. */
const ownHosts = new WeakSet<Element>();

/**
 * A new element for one of our hosts. The page's custom element registry is shared with the
 * content script: a page that defined our tag name first would get its own class, its own
 * code and its own shadow root on our element. Such a name is given up for one with a random
 * suffix, which no page can have defined in advance.
 */
export function createOwnHost(doc: Document, tag: string): HTMLElement {
  let host = doc.createElement(tag);
  if (host.matches(':defined')) {
    const suffix = Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    host = doc.createElement(`${tag}-${suffix}`);
  }
  ownHosts.add(host);
  return host;
}

/** One of our hosts (marker layer, marker, card, sidebar); their insides are never page text. */
export function isOwnHost(element: Element): boolean {
  return ownHosts.has(element) || HOST_TAGS.has(element.localName);
}

/** Whether an element is one of our hosts or inside one. */
export function isInsideOwnHost(element: Element | null): boolean {
  for (let at = element; at; at = at.parentElement) if (isOwnHost(at)) return true;
  return false;
}

/** A fallback highlight <mark>: it holds page text, but adding or removing it is our doing. */
export function isOwnMark(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'mark' && (node as Element).hasAttribute(MARK_ATTRIBUTE);
}

/** One constructed sheet per document and CSS text, shared by every root that adopts it (each marker has one). */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

function sharedSheet(doc: Document, view: Window & typeof globalThis, css: string): CSSStyleSheet {
  let byCss = sheets.get(doc);
  if (!byCss) sheets.set(doc, (byCss = new Map()));
  let sheet = byCss.get(css);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    byCss.set(css, sheet);
  }
  return sheet;
}

/** Adds CSS to a document or shadow root; a constructed sheet where possible (page CSP cannot block it). */
export function adoptStyles(target: Document | ShadowRoot, css: string): () => void {
  const isDocument = (node: Document | ShadowRoot): node is Document => node.nodeType === 9;
  const doc = isDocument(target) ? target : target.ownerDocument;
  const view = doc.defaultView;
  if (view && 'adoptedStyleSheets' in target && typeof view.CSSStyleSheet === 'function') {
    try {
      const sheet = sharedSheet(doc, view as Window & typeof globalThis, css);
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      return () => {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      };
    } catch {
      // Fall through to a <style> element (older engines, test DOMs).
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  (isDocument(target) ? (target.head ?? target.documentElement) : target).append(style);
  return () => style.remove();
}
