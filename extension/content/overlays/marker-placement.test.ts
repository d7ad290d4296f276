import { describe, expect, it } from 'vitest';
import { chooseMarkerSpot, type Box, type SpotRequest } from './marker-placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

/** A paragraph of three 20 px lines from x = `left` to 400; the claim sentence ends mid-line 2. */
function paragraph(left: number, viewportWidth = 1000): SpotRequest {
  const lines = [box(left, 100, 400, 120), box(left, 120, 400, 140), box(left, 140, 250, 160)];
  return {
    lines: [lines[0]!, box(left, 120, 200, 140)],
    block: box(left, 100, 400, 160),
    blockLastLine: lines[2],
    obstacles: lines,
    viewportWidth,
    size: 18,
    gap: 4,
  };
}

describe('chooseMarkerSpot', () => {
  it('uses the margin left of the first line when there is one', () => {
    expect(chooseMarkerSpot(paragraph(100))).toEqual(box(78, 101, 96, 119));
  });

  it('on a full-bleed article, uses the right margin instead of the start of the next sentence', () => {
    const spot = chooseMarkerSpot(paragraph(0));
    expect(spot).toEqual(box(404, 101, 422, 119));
  });

  it('in a window as narrow as the text, goes after the paragraph’s last line, never over words', () => {
    const spot = chooseMarkerSpot(paragraph(0, 400));
    expect(spot).toEqual(box(254, 141, 272, 159));
  });

  it('goes right after the sentence when nothing follows it on its line', () => {
    const request = paragraph(0, 400);
    const spot = chooseMarkerSpot({ ...request, obstacles: [request.obstacles[0]!, box(0, 120, 200, 140)], blockLastLine: undefined });
    expect(spot).toEqual(box(204, 121, 222, 139));
  });

  it('keeps clear of markers already placed and of every line', () => {
    const request = paragraph(100);
    const first = chooseMarkerSpot(request)!;
    const second = chooseMarkerSpot({ ...request, obstacles: [...request.obstacles, first] })!;
    expect(second).not.toEqual(first);
    for (const obstacle of [...request.obstacles, first]) {
      expect(second.left < obstacle.right && obstacle.left < second.right && second.top < obstacle.bottom && obstacle.top < second.bottom).toBe(false);
    }
  });

  it('gives no spot rather than one over text', () => {
    const request = paragraph(0, 400);
    const wall = box(-1000, -1000, 2000, 2000);
    expect(chooseMarkerSpot({ ...request, obstacles: [wall] })).toBeUndefined();
  });
});
