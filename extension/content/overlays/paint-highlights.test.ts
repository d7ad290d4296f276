// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlightPainter, HIGHLIGHT_NAME } from './paint-highlights';

/** A stand-in for the CSS Custom Highlight API, which happy-dom does not have. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

afterEach(() => {
  Reflect.deleteProperty(window, 'Highlight');
  // Drops the own property, uncovering happy-dom's getter again.
  Reflect.deleteProperty(window, 'CSS');
});

function sentenceRange(): Range {
  document.body.innerHTML = '<p>Before. <a href="/x">Claim</a> sentence. After.</p>';
  const paragraph = document.querySelector('p') as HTMLElement;
  const range = document.createRange();
  range.setStart(paragraph.firstChild as Text, 8);
  range.setEnd(paragraph.lastChild as Text, 10);
  return range;
}

describe('createHighlightPainter', () => {
  it('uses CSS.highlights where it exists and leaves the DOM alone', () => {
    const registry = new Map<string, FakeHighlight>();
    Object.assign(window, { Highlight: FakeHighlight });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    const range = sentenceRange();
    const before = document.body.innerHTML;
    const painter = createHighlightPainter(document);
    expect(painter.mode).toBe('highlight-api');
    painter.paint([range]);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges).toEqual([range]);
    expect(document.querySelector('p')?.outerHTML).toBe(before);
    painter.clear();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    painter.destroy();
  });

  it('falls back to <mark> wrappers and removes them without a trace of text change', () => {
    const range = sentenceRange();
    const painter = createHighlightPainter(document);
    expect(painter.mode).toBe('marks');
    painter.paint([range]);
    const marks = [...document.querySelectorAll('mark[data-mc-claim]')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['Claim', ' sentence.']);
    expect(marks[0]?.parentElement?.localName).toBe('a');
    expect(range.toString()).toBe('Claim sentence.');
    painter.destroy();
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(document.querySelector('p')?.textContent).toBe('Before. Claim sentence. After.');
  });
});
