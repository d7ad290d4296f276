/**
 * The card's host: `<mc-card>` with a closed shadow root, placed next to a sentence inside
 * the marker layer. Knows how to open, close, and give focus back to where it came from.
 */
import { adoptStyles, CARD_TAG, createOwnHost } from './own-elements';
import { CARD_CSS, renderClaimCard, type CardContent } from './claim-card';
import type { MarkerLayer } from './marker-layer';

export interface CardHost {
  readonly host: HTMLElement;
  /** Opens the card for claim `index` next to `range`; `focus` moves keyboard focus into it. */
  open(index: number, range: Range, content: Omit<CardContent, 'onClose'>, options: { focus: boolean; returnFocus?: HTMLElement }): void;
  /** Closes the card; focus goes back to where it was when the card took it. */
  close(): void;
  openIndex(): number | null;
  /** True while close() hands focus back, so that focus does not reopen a preview. */
  isReturningFocus(): boolean;
  destroy(): void;
}

const GAP = 8;

export function createCardHost(doc: Document, layer: MarkerLayer, signal: AbortSignal): CardHost {
  const host = createOwnHost(doc, CARD_TAG);
  host.style.cssText = 'all: initial; position: absolute; display: none; z-index: 2147483646;';
  const root = host.attachShadow({ mode: 'closed' });
  // The card's styles are parsed when a card first opens: most readers never open one.
  let styled = false;
  layer.layer.append(host);
  let current: { index: number; card: HTMLElement; returnFocus: HTMLElement | undefined } | null = null;
  // Tracked from events: reading activeElement across a closed root is not reliable everywhere.
  let focusInside = false;
  let returningFocus = false;
  root.addEventListener('focusin', () => (focusInside = true), { signal });
  root.addEventListener('focusout', () => (focusInside = false), { signal });

  const close = (): void => {
    if (!current) return;
    const { card, returnFocus } = current;
    const hadFocus = focusInside;
    focusInside = false;
    card.remove();
    current = null;
    host.style.display = 'none';
    host.removeAttribute('data-mc-claim-index');
    if (hadFocus && returnFocus?.isConnected) {
      returningFocus = true;
      try {
        returnFocus.focus();
      } finally {
        returningFocus = false;
      }
    }
  };

  root.addEventListener(
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      event.stopPropagation();
      close();
    },
    { signal },
  );

  /** Below the sentence when it fits in the viewport, otherwise above; never off the page's sides. */
  const position = (range: Range, card: HTMLElement): void => {
    const rects = range.getClientRects();
    const first = rects[0] ?? range.getBoundingClientRect();
    const last = rects[rects.length - 1] ?? first;
    const view = doc.defaultView;
    const viewportWidth = view?.innerWidth ?? 1024;
    const viewportHeight = view?.innerHeight ?? 768;
    const size = card.getBoundingClientRect();
    const left = Math.max(GAP, Math.min(first.left, viewportWidth - size.width - GAP));
    const below = last.bottom + GAP;
    const top = below + size.height <= viewportHeight || first.top - GAP - size.height < 0 ? below : first.top - GAP - size.height;
    const at = layer.toLayer({ left, top });
    host.style.left = `${at.left}px`;
    host.style.top = `${at.top}px`;
  };

  return {
    host,
    open(index, range, content, options) {
      const returnFocus = options.returnFocus ?? current?.returnFocus;
      if (current) {
        current.card.remove();
        current = null;
      }
      if (!styled) {
        adoptStyles(root, CARD_CSS);
        styled = true;
      }
      host.style.display = 'block';
      host.setAttribute('data-mc-claim-index', String(index));
      const card = renderClaimCard(root, { ...content, onClose: close });
      current = { index, card, returnFocus };
      position(range, card);
      if (options.focus) card.focus();
    },
    close,
    openIndex: () => current?.index ?? null,
    isReturningFocus: () => returningFocus,
    destroy() {
      close();
      host.remove();
    },
  };
}
