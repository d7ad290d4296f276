/**
 * Keyboard access to the highlights: one small button per claim, next to its sentence, in a
 * layer positioned over the page. Each marker is a light-DOM host carrying
 * `data-mc-claim-index` (for jumping and tests) with the button inside a closed shadow root,
 * so page CSS and scripts cannot restyle or reach it.
 */
import { chooseMarkerSpot, freeOnScreen, lineBoxes, textBoxes, type Box } from './marker-placement';
import { adoptStyles, createOwnHost, INDEX_ATTRIBUTE, LAYER_TAG, MARKER_TAG } from './own-elements';

const MARKER_CSS = `
:host { all: initial; position: absolute; display: block; width: 18px; height: 18px; }
button { box-sizing: border-box; width: 18px; height: 18px; padding: 0; border-radius: 50%; border: 1px solid #7a5400;
  background: #ffc400; color: #1b1b1b; font: 700 11px/16px system-ui, sans-serif; cursor: pointer; opacity: .85; }
button:hover, button:focus-visible { opacity: 1; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
`;

export interface MarkerEvents {
  /** Click, Enter or Space on a marker. */
  activate(index: number): void;
  focus(index: number): void;
  blur(index: number): void;
}

export interface MarkerLayer {
  /** The positioned container; the card host lives in it too, so both share coordinates. */
  readonly layer: HTMLElement;
  /** One marker per sentence; its card lists every claim the sentence makes. */
  render(sentences: ReadonlyArray<SentenceMarker>): void;
  /** Moves the markers next to their sentences after layout changes. */
  reposition(): void;
  clear(): void;
  button(index: number): HTMLButtonElement | undefined;
  /** Page coordinates relative to the layer for a viewport rect. */
  toLayer(rect: { left: number; top: number }): { left: number; top: number };
  destroy(): void;
}

export interface SentenceMarker {
  /** The anchored claims on the sentence, in document order; the first names the marker. */
  indices: number[];
  range: Range;
  label: string;
}

interface Marker {
  host: HTMLElement;
  button: HTMLButtonElement;
  range: Range;
  indices: number[];
}

const MARKER_SIZE = 18;
const BLOCK_SELECTOR = 'p, li, blockquote, dd, td, th, h1, h2, h3, h4, h5, h6, figcaption, article, section, div';

/** `textRoot` holds the article's text: markers are placed so that they cover none of it. */
export function createMarkerLayer(doc: Document, events: MarkerEvents, textRoot: Element = doc.body ?? doc.documentElement): MarkerLayer {
  const layer = createOwnHost(doc, LAYER_TAG);
  layer.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483645; display: block;';
  (doc.body ?? doc.documentElement).append(layer);
  let markers: Marker[] = [];

  const toLayer = (rect: { left: number; top: number }) => {
    const origin = layer.getBoundingClientRect();
    return { left: rect.left - origin.left, top: rect.top - origin.top };
  };

  /**
   * Places every marker where it covers no text (see marker-placement.ts): the article's line
   * boxes are read once per layout, and each placed marker becomes an obstacle for the next.
   * Every spot is chosen before any marker moves, so the page is laid out once, not once per
   * marker.
   */
  const placeAll = (): void => {
    // A ResizeObserver reports once as soon as it observes, before any marker exists: with
    // nothing to place, the article's layout is not read at all.
    if (markers.length === 0) return;
    const spots = chooseSpots(markers);
    markers.forEach((marker, i) => moveTo(marker, spots[i]));
  };

  /** Reads only: the spot of every marker, with no marker written yet, so layout is computed at most once. */
  const chooseSpots = (placed: readonly Marker[]): Array<Box | undefined> => {
    const obstacles: Box[] = textBoxes(textRoot);
    // The page's own width: a sidebar that takes a margin on the right is not room for markers.
    const html = doc.documentElement;
    const viewportWidth = Math.min(html.clientWidth || doc.defaultView?.innerWidth || 0, html.getBoundingClientRect().right);
    const spots = placed.map((marker) => {
      const lines = lineBoxes(marker.range);
      const start = marker.range.startContainer;
      const block = (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest(BLOCK_SELECTOR) ?? undefined;
      const blockRect = block?.getBoundingClientRect();
      const blockText = block ? doc.createRange() : undefined;
      blockText?.selectNodeContents(block as Element);
      const spot = chooseMarkerSpot({
        lines,
        block: blockRect && { left: blockRect.left, top: blockRect.top, right: blockRect.right, bottom: blockRect.bottom },
        blockLastLine: blockText && lineBoxes(blockText).at(-1),
        obstacles,
        viewportWidth,
        size: MARKER_SIZE,
        gap: 4,
        free: (candidate) => freeOnScreen(doc, candidate),
      });
      if (spot) obstacles.push(spot);
      return spot;
    });
    // The layer's own place, read with the rest: converting each spot afterwards writes nothing.
    const origin = layer.getBoundingClientRect();
    return spots.map((spot) => spot && { ...spot, left: spot.left - origin.left, top: spot.top - origin.top });
  };

  /** Writes only: `spot` is in layer coordinates. */
  const moveTo = (marker: Marker, spot: Box | undefined): void => {
    marker.host.style.display = spot ? 'block' : 'none';
    if (!spot) return;
    marker.host.style.left = `${spot.left}px`;
    marker.host.style.top = `${spot.top}px`;
  };

  const clear = (): void => {
    for (const marker of markers) marker.host.remove();
    markers = [];
  };

  return {
    layer,
    render(sentences) {
      const next: Marker[] = [];
      for (const { indices, range, label } of sentences) {
        const index = indices[0];
        if (index === undefined) continue;
        const host = createOwnHost(doc, MARKER_TAG);
        host.setAttribute(INDEX_ATTRIBUTE, String(index));
        const root = host.attachShadow({ mode: 'closed', delegatesFocus: true });
        adoptStyles(root, MARKER_CSS);
        const button = doc.createElement('button');
        button.type = 'button';
        button.textContent = 'i';
        button.setAttribute('aria-label', label);
        button.setAttribute('aria-haspopup', 'dialog');
        button.addEventListener('click', () => events.activate(index));
        button.addEventListener('focus', () => events.focus(index));
        button.addEventListener('blur', () => events.blur(index));
        root.append(button);
        next.push({ host, button, range, indices });
      }
      // Spots are chosen before the markers enter the page, so reading the page's layout does
      // not make the browser lay it out again for our own new elements; then one write.
      // (Our own markers are never obstacles, so the old ones can go after the reading.)
      const spots = chooseSpots(next);
      clear();
      markers = next;
      const added = doc.createDocumentFragment();
      markers.forEach((marker, i) => {
        moveTo(marker, spots[i]);
        added.append(marker.host);
      });
      layer.append(added);
    },
    reposition: placeAll,
    clear,
    button: (index) => markers.find((marker) => marker.indices.includes(index))?.button,
    toLayer,
    destroy() {
      clear();
      layer.remove();
    },
  };
}
