// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rangeIndexAtPoint } from './hit-test';

function rangeOver(text: Text, start: number, end: number, box: { left: number; top: number; right: number; bottom: number }): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  vi.spyOn(range, 'getClientRects').mockReturnValue([{ ...box, width: box.right - box.left, height: box.bottom - box.top }] as unknown as DOMRectList);
  return range;
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'caretPositionFromPoint');
});

describe('rangeIndexAtPoint', () => {
  it('uses the caret position under the pointer, then checks the range boxes', () => {
    document.body.innerHTML = '<p>First sentence. Second sentence.</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const ranges = [rangeOver(text, 0, 15, { left: 0, top: 0, right: 100, bottom: 20 }), rangeOver(text, 16, 32, { left: 100, top: 0, right: 200, bottom: 20 })];
    Object.assign(document, { caretPositionFromPoint: (x: number) => ({ offsetNode: text, offset: x < 100 ? 5 : 20 }) });
    expect(rangeIndexAtPoint(document, ranges, 50, 10)).toBe(0);
    expect(rangeIndexAtPoint(document, ranges, 150, 10)).toBe(1);
    // Caret lands in the sentence, but the pointer is in the margin below it.
    expect(rangeIndexAtPoint(document, ranges, 150, 60)).toBe(-1);
  });

  it('finds nothing where the caret API finds no text', () => {
    document.body.innerHTML = '<p>Only sentence.</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    Object.assign(document, { caretPositionFromPoint: () => null });
    expect(rangeIndexAtPoint(document, [rangeOver(text, 0, 14, { left: 0, top: 0, right: 100, bottom: 20 })], 50, 10)).toBe(-1);
  });

  it('falls back to the range boxes without a caret API', () => {
    document.body.innerHTML = '<p>Only sentence.</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const ranges = [rangeOver(text, 0, 14, { left: 0, top: 0, right: 100, bottom: 20 })];
    expect(rangeIndexAtPoint(document, ranges, 50, 10)).toBe(0);
    expect(rangeIndexAtPoint(document, ranges, 150, 10)).toBe(-1);
  });
});
