/**
 * Keyboard access to the highlights: one small button per claim, next to its sentence, in a
 * layer positioned over the page. Each marker is a light-DOM host carrying
 * `data-mc-claim-index` (for jumping and tests) with the button inside a closed shadow root,
 * so page CSS and scripts cannot restyle or reach it.
 */
import { adoptStyles, INDEX_ATTRIBUTE, LAYER_TAG, MARKER_TAG } from './own-elements';

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

export function createMarkerLayer(doc: Document, events: MarkerEvents): MarkerLayer {
  const layer = doc.createElement(LAYER_TAG);
  layer.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483645; display: block;';
  (doc.body ?? doc.documentElement).append(layer);
  let markers: Marker[] = [];

  const toLayer = (rect: { left: number; top: number }) => {
    const origin = layer.getBoundingClientRect();
    return { left: rect.left - origin.left, top: rect.top - origin.top };
  };

  /**
   * Markers sit in the margin left of the sentence's first line, so they never cover the
   * article's words; where there is no margin (narrow layouts) they follow the sentence.
   * Null when the sentence is not rendered.
   */
  const measure = (marker: Marker): { left: number; top: number } | null => {
    const rects = marker.range.getClientRects();
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) return null;
    const start = marker.range.startContainer;
    const block = (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest(BLOCK_SELECTOR);
    const gutter = (block?.getBoundingClientRect().left ?? first.left) - MARKER_SIZE - 6;
    return gutter >= 0
      ? toLayer({ left: gutter, top: first.top + (first.height - MARKER_SIZE) / 2 })
      : toLayer({ left: last.right + 2, top: last.top - 4 });
  };

  /** Every position is read before any is written, so the page is laid out once, not once per marker. */
  const placeAll = (): void => {
    const positions = markers.map(measure);
    markers.forEach((marker, i) => {
      const at = positions[i];
      marker.host.style.display = at ? 'block' : 'none';
      if (!at) return;
      marker.host.style.left = `${at.left}px`;
      marker.host.style.top = `${at.top}px`;
    });
  };

  const clear = (): void => {
    for (const marker of markers) marker.host.remove();
    markers = [];
  };

  return {
    layer,
    render(sentences) {
      clear();
      for (const { indices, range, label } of sentences) {
        const index = indices[0];
        if (index === undefined) continue;
        const host = doc.createElement(MARKER_TAG);
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
        markers.push({ host, button, range, indices });
      }
      const added = doc.createDocumentFragment();
      for (const marker of markers) added.append(marker.host);
      layer.append(added);
      placeAll();
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
