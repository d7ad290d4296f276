/**
 * Claim overlays in the article: highlights on the sentences that make a claim the pack
 * knows, a marker button per claim for the keyboard, and a card with what other sources
 * say. Runs inside the content script on relevant pages only; all it starts (listeners,
 * observers, timers) stops when `signal` aborts or `destroy()` is called.
 */
import { MATCH_TEXT_MAX, type AnchoredClaim, type CardData, type FoundClaims } from '../../messaging/protocol';
import type { BuiltQuestion, PackLanguage, Source } from '../../../src/pack/fact-pack-schema';
import { anchorClaims, type ClaimAnchor } from './anchor-claims';
import { createCardHost } from './card-host';
import { deferTask, type DeferredTask } from './deferred-task';
import type { CardEntry } from './claim-card';
import { rangeIndexAtPoint } from './hit-test';
import { createMarkerLayer, type SentenceMarker } from './marker-layer';
import { ENGLISH_LABELS, type OverlayLabels } from './overlay-labels';
import { INDEX_ATTRIBUTE, isInsideOwnHost, isOwnHost, isOwnMark } from './own-elements';
import { createHighlightPainter } from './paint-highlights';
import { buildTextIndex } from './text-index';

export interface OverlayController {
  setVisible(visible: boolean): void;
  /** Scrolls to claim `index` and opens its card; false when there is no such claim. */
  jumpTo(index: number): boolean;
  /** How many claims are anchored right now (for the badge and tests). */
  anchoredCount(): number;
  destroy(): void;
}

export interface MountOverlaysOptions {
  /** The article element, or the body. */
  root: Element;
  /**
   * Finds the claim sentences of the article's text, with the questions of their claims that
   * are not among `knownQuestionIds` and the sources they cite: the page holds only what it
   * shows, not the whole pack. The background does it with the matchers it compiled once per
   * pack, so the page neither receives nor runs them.
   */
  findClaims(text: string, knownQuestionIds: readonly string[]): Promise<FoundClaims>;
  visible: boolean;
  signal: AbortSignal;
  onAnchored(anchored: AnchoredClaim[]): void;
  /**
   * Called once, when the first anchoring is done on the page: its highlights painted and its
   * markers placed, or no claim found, or the background unable to match.
   */
  onSettled?(): void;
  onOpenInSidebar(index: number): void;
  /** UI words; English by default. */
  labels?: OverlayLabels;
  /** Locale for numbers and dates in the card; the page's language by default. */
  locale?: string;
  /** Paint with <mark> wrappers even where the Highlight API exists (tests). */
  forceMarks?: boolean;
}

/** Re-anchoring after page changes: quiet period, and limits so a busy page cannot keep us working. */
const REANCHOR_DEBOUNCE_MS = 300;
const REANCHOR_MAX = 20;
const REANCHOR_WINDOW_MS = 120_000;
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;

export function mountOverlays(options: MountOverlaysOptions): OverlayController {
  const { root, signal } = options;
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const labels = options.labels ?? ENGLISH_LABELS;
  const locale = options.locale ?? (doc.documentElement.lang || 'en');
  const questions = new Map<string, BuiltQuestion>();
  const sources = new Map<string, Source>();
  let packLang: PackLanguage = 'en';

  let anchors: ClaimAnchor[] = [];
  let visible = options.visible;
  let destroyed = false;
  const teardown = new AbortController();
  const stop = teardown.signal;
  const onAbort = (): void => destroy();

  const painter = createHighlightPainter(doc, { forceMarks: options.forceMarks ?? false });
  const markers = createMarkerLayer(doc, {
    activate: (index) => openCard(index, { focus: true, returnFocus: markers.button(index) }),
    focus: (index) => {
      if (card.openIndex() !== index && !card.isReturningFocus()) openCard(index, { focus: false, returnFocus: markers.button(index) });
    },
    blur: (index) => {
      // Focus moving into the card keeps it open; anywhere else closes the preview. Checked
      // once focus has landed, since engines differ in what `relatedTarget` says across shadow roots.
      setTimeout(() => {
        if (!destroyed && doc.activeElement !== card.host && card.openIndex() === index && markers.button(index) !== focusedMarker()) card.close();
      }, 0);
    },
  }, root);
  const card = createCardHost(doc, markers, stop);
  /** The marker button with focus, if any (inside its closed root, seen only from here). */
  const focusedMarker = (): HTMLButtonElement | undefined => {
    const active = doc.activeElement;
    const index = active?.getAttribute(INDEX_ATTRIBUTE);
    return index == null ? undefined : markers.button(Number(index));
  };

  // ---- anchoring -------------------------------------------------------------------------

  const observer = new MutationObserver((records) => {
    if (records.some(isPageChange)) scheduleReanchor();
  });
  const observeOptions: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  const mountedAt = Date.now();
  let reanchors = 0;
  let reanchorTimer: ReturnType<typeof setTimeout> | undefined;

  function isPageChange(record: MutationRecord): boolean {
    const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
    if (isInsideOwnHost(target ?? null)) return false;
    if (record.type !== 'childList') return true;
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return nodes.some((node) => !(isOwnMark(node) || (node.nodeType === 1 && isOwnHost(node as Element))));
  }

  /** Runs our own DOM changes with the observer off, so they never trigger a re-anchor. */
  function unobserved(change: () => void): void {
    const pending = observer.takeRecords();
    observer.disconnect();
    try {
      change();
    } finally {
      if (!destroyed && !observerRetired()) observer.observe(root, observeOptions);
    }
    if (pending.some(isPageChange)) scheduleReanchor();
  }

  function observerRetired(): boolean {
    return reanchors >= REANCHOR_MAX || Date.now() - mountedAt > REANCHOR_WINDOW_MS;
  }

  function scheduleReanchor(): void {
    if (destroyed) return;
    if (observerRetired()) {
      observer.disconnect();
      return;
    }
    clearTimeout(reanchorTimer);
    reanchorTimer = setTimeout(() => {
      reanchors += 1;
      anchor();
    }, REANCHOR_DEBOUNCE_MS);
  }

  /** Counts anchorings, so only the answer to the latest one is used. */
  let anchoring = 0;
  let settled = false;
  function settle(): void {
    if (settled) return;
    settled = true;
    options.onSettled?.();
  }

  /**
   * Reads the article's text now and paints once its claim sentences are found. Should the
   * page change before that, the observer has a re-anchor scheduled already.
   */
  function anchor(): void {
    const run = (anchoring += 1);
    const index = buildTextIndex(root);
    options.findClaims(index.text.slice(0, MATCH_TEXT_MAX), [...questions.keys()]).then(
      ({ matches, cards }) => {
        if (destroyed || run !== anchoring) return;
        keepCards(cards);
        const openIndex = card.openIndex();
        unobserved(() => {
          painter.clear();
          anchors = anchorClaims(index, matches);
          if (visible) paint();
        });
        if (openIndex !== null) card.close();
        options.onAnchored(anchors.map((anchor) => anchor.claim));
        if (!visible || anchors.length === 0) settle();
      },
      () => {
        // The background could not match (the pack is being replaced): what is shown stays.
        settle();
      },
    );
  }

  /**
   * Marker placement reads the article's layout line by line: it runs in a task of its own
   * after the highlights are painted, so anchoring, painting and placing never add up to one
   * long task. Whatever needs a marker (a card returning focus, a jump) runs it at once.
   */
  let pendingMarkers: DeferredTask | null = null;

  function flushMarkers(): void {
    pendingMarkers?.flush();
  }

  function cancelMarkers(): void {
    pendingMarkers?.cancel();
    pendingMarkers = null;
  }

  function paint(): void {
    painter.paint(anchors.map((anchor) => anchor.range));
    cancelMarkers();
    const painted = anchors;
    pendingMarkers = deferTask(view, () => {
      pendingMarkers = null;
      if (!destroyed && visible && anchors === painted) unobserved(() => markers.render(sentenceMarkers()));
      settle();
    });
  }

  /** Keeps the questions and sources that came with the matches (markers are named after their questions). */
  function keepCards(cards: CardData): void {
    if (cards.questions.length === 0) return;
    packLang = cards.packLang;
    for (const question of cards.questions) questions.set(question.id, question);
    for (const source of cards.sources) sources.set(source.id, source);
  }

  function sentenceMarkers(): SentenceMarker[] {
    const bySentence = new Map<string, SentenceMarker>();
    for (const anchor of anchors) {
      const question = questions.get(anchor.claim.questionId)?.text ?? anchor.claim.excerpt;
      const sentence = bySentence.get(anchor.sentenceKey);
      if (sentence) {
        sentence.indices.push(anchor.claim.index);
        sentence.label = `${sentence.label}; ${question}`;
      } else {
        bySentence.set(anchor.sentenceKey, { indices: [anchor.claim.index], range: anchor.range, label: labels.markerLabel(question) });
      }
    }
    return [...bySentence.values()];
  }

  // ---- the card ----------------------------------------------------------------------------

  /** The card shows every question anchored on the sentence, the chosen claim's first. */
  function openCard(index: number, how: { focus: boolean; returnFocus?: HTMLElement | undefined }): boolean {
    const chosen = anchors[index];
    if (!chosen) return false;
    const sameSentence = anchors.filter((anchor) => anchor.sentenceKey === chosen.sentenceKey && anchor !== chosen);
    const entries: CardEntry[] = [];
    for (const anchor of [chosen, ...sameSentence]) {
      const question = questions.get(anchor.claim.questionId);
      if (question) entries.push({ question, claimIds: anchor.claim.claimIds });
    }
    if (entries.length === 0) return false;
    card.open(
      index,
      chosen.range,
      { entries, sources, labels, locale, packLang, onOpenInSidebar: () => options.onOpenInSidebar(index) },
      { focus: how.focus, ...(how.returnFocus ? { returnFocus: how.returnFocus } : {}) },
    );
    return true;
  }

  // ---- pointer: hover and tap --------------------------------------------------------------

  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let hoverIndex = -1;
  let pointerInCard = false;

  const hitTest = (x: number, y: number): number => rangeIndexAtPoint(doc, anchors.map((anchor) => anchor.range), x, y);

  /** One hit test per animation frame at most, however fast the pointer moves. */
  function onPointerMove(event: PointerEvent): void {
    if (!visible || event.pointerType === 'touch') return;
    pointer = { x: event.clientX, y: event.clientY };
    if (frame) return;
    frame = view?.requestAnimationFrame(() => {
      frame = 0;
      if (pointer) hover(hitTest(pointer.x, pointer.y));
    }) ?? 0;
  }

  function hover(index: number): void {
    if (index === hoverIndex) return;
    hoverIndex = index;
    clearTimeout(hoverTimer);
    if (index >= 0) {
      hoverTimer = setTimeout(() => {
        if (card.openIndex() !== index) openCard(index, { focus: false });
      }, HOVER_OPEN_MS);
    } else {
      hoverTimer = setTimeout(() => {
        const focusInCard = doc.activeElement === card.host;
        if (!pointerInCard && !focusInCard && hoverIndex < 0) card.close();
      }, HOVER_CLOSE_MS);
    }
  }

  function onPointerUp(event: PointerEvent): void {
    if (!visible || event.pointerType === 'mouse') return;
    const index = hitTest(event.clientX, event.clientY);
    if (index >= 0) openCard(index, { focus: false });
  }

  function onPointerDown(event: PointerEvent): void {
    // A press outside the card and its sentence closes it; we never cancel the page's handling.
    if (card.openIndex() === null || event.target === card.host) return;
    if (hitTest(event.clientX, event.clientY) < 0) card.close();
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && card.openIndex() !== null) card.close();
  }

  const listen = { signal: stop, passive: true } as const;
  doc.addEventListener('pointermove', onPointerMove, listen);
  doc.addEventListener('pointerup', onPointerUp, listen);
  doc.addEventListener('pointerdown', onPointerDown, listen);
  doc.addEventListener('keydown', onKeyDown, listen);
  card.host.addEventListener('pointerenter', () => (pointerInCard = true), listen);
  card.host.addEventListener('pointerleave', () => {
    pointerInCard = false;
    hover(-1);
  }, listen);

  // ---- layout changes move the markers -----------------------------------------------------

  let layoutFrame = 0;
  const reposition = (): void => {
    if (layoutFrame || !visible) return;
    layoutFrame = view?.requestAnimationFrame(() => {
      layoutFrame = 0;
      markers.reposition();
    }) ?? 0;
  };
  view?.addEventListener('resize', reposition, listen);
  const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(reposition) : null;
  resizeObserver?.observe(root);

  // ---- lifecycle -----------------------------------------------------------------------------

  function destroy(): void {
    if (destroyed) return;
    destroyed = true;
    signal.removeEventListener('abort', onAbort);
    teardown.abort();
    observer.disconnect();
    resizeObserver?.disconnect();
    clearTimeout(reanchorTimer);
    clearTimeout(hoverTimer);
    cancelMarkers();
    if (frame) view?.cancelAnimationFrame(frame);
    if (layoutFrame) view?.cancelAnimationFrame(layoutFrame);
    card.destroy();
    markers.destroy();
    painter.destroy();
    anchors = [];
  }

  if (signal.aborted) {
    destroy();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    anchor();
  }

  return {
    setVisible(next) {
      if (destroyed || next === visible) return;
      visible = next;
      if (visible) {
        // The page may have changed while hidden: anchor afresh rather than repaint stale ranges.
        anchor();
      } else {
        card.close();
        cancelMarkers();
        // Hidden, the page shows nothing more: whatever was still loading (questions, markers)
        // must not hold back what waits for the overlays to settle.
        settle();
        unobserved(() => {
          painter.clear();
          markers.clear();
        });
      }
    },
    jumpTo(index) {
      const target = anchors[index];
      if (destroyed || !target) return false;
      // Focus returns to the claim's marker after the card: it must exist by then.
      flushMarkers();
      const reduceMotion = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      const element = target.range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
      // Asked from the sidebar: focus follows to the card, and returns to the marker after.
      return openCard(index, { focus: true, returnFocus: markers.button(index) });
    },
    anchoredCount: () => anchors.length,
    destroy,
  };
}
