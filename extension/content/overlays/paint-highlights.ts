/**
 * Paints claim ranges. With the CSS Custom Highlight API the page's DOM is not touched at all;
 * without it, each text node inside a range gets a minimal <mark data-mc-claim> wrapper inside
 * its own parent, so links stay links and the page's handlers still receive their events.
 */
import { adoptStyles, MARK_ATTRIBUTE } from './own-elements';

export const HIGHLIGHT_NAME = 'mc-claim';

const PAGE_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.35); text-decoration: underline dotted rgba(160, 110, 0, 0.9); }
mark[${MARK_ATTRIBUTE}] { background-color: rgba(255, 196, 0, 0.35); color: inherit; font: inherit; padding: 0; margin: 0; text-decoration: underline dotted rgba(160, 110, 0, 0.9); }
@media (prefers-color-scheme: dark) {
  ::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.3); }
  mark[${MARK_ATTRIBUTE}] { background-color: rgba(255, 196, 0, 0.3); }
}
`;

export interface HighlightPainter {
  readonly mode: 'highlight-api' | 'marks';
  /** Paints these ranges (replacing what was painted); in marks mode the ranges are updated to span their marks. */
  paint(ranges: readonly Range[]): void;
  clear(): void;
  destroy(): void;
}

interface HighlightApi {
  registry: HighlightRegistry;
  create: (ranges: Range[]) => Highlight;
}

function highlightApi(doc: Document): HighlightApi | null {
  const view = doc.defaultView as (Window & { Highlight?: typeof Highlight; CSS?: typeof CSS }) | null;
  const registry = view?.CSS?.highlights;
  const HighlightClass = view?.Highlight;
  if (!registry || typeof HighlightClass !== 'function') return null;
  return { registry, create: (ranges) => new HighlightClass(...ranges) };
}

export function createHighlightPainter(doc: Document, options: { forceMarks?: boolean } = {}): HighlightPainter {
  // A stylesheet added to the document makes the browser recompute the style of the whole
  // page, so it is added with the first highlight: a page with no claim sentence pays nothing.
  let removeStyles: (() => void) | null = null;
  const styled = (ranges: readonly Range[]): void => {
    if (ranges.length > 0) removeStyles ??= adoptStyles(doc, PAGE_CSS);
  };
  const unstyled = (): void => {
    removeStyles?.();
    removeStyles = null;
  };
  const api = options.forceMarks ? null : highlightApi(doc);
  if (api) {
    return {
      mode: 'highlight-api',
      paint(ranges) {
        styled(ranges);
        api.registry.set(HIGHLIGHT_NAME, api.create([...ranges]));
      },
      clear: () => void api.registry.delete(HIGHLIGHT_NAME),
      destroy() {
        api.registry.delete(HIGHLIGHT_NAME);
        unstyled();
      },
    };
  }

  let marks: Element[] = [];
  const clear = (): void => {
    for (const mark of marks) {
      if (mark.isConnected) mark.replaceWith(...Array.from(mark.childNodes));
    }
    marks = [];
  };
  return {
    mode: 'marks',
    paint(ranges) {
      clear();
      styled(ranges);
      for (const range of ranges) {
        const wrapped = wrapRange(doc, range);
        const first = wrapped[0];
        const last = wrapped[wrapped.length - 1];
        if (first && last) {
          range.setStartBefore(first);
          range.setEndAfter(last);
        }
        marks.push(...wrapped);
      }
    },
    clear,
    destroy() {
      clear();
      unstyled();
    },
  };
}

/** Wraps the part of each text node inside `range` in its own <mark>; returns the marks in order. */
function wrapRange(doc: Document, range: Range): Element[] {
  const texts: Text[] = [];
  const container = range.commonAncestorContainer;
  if (container.nodeType === 3) texts.push(container as Text);
  else {
    const walker = doc.createTreeWalker(container, 0x4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (range.intersectsNode(node)) texts.push(node as Text);
    }
  }
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const marks: Element[] = [];
  for (const text of texts) {
    let target = text;
    const from = text === startContainer ? startOffset : 0;
    const to = text === endContainer ? endOffset : text.length;
    if (to <= from || target.data.slice(from, to).trim() === '') continue;
    if (to < target.length) target.splitText(to);
    if (from > 0) target = target.splitText(from);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, '');
    target.before(mark);
    mark.append(target);
    marks.push(mark);
  }
  return marks;
}
