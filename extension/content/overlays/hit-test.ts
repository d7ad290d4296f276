/**
 * Which highlighted sentence is under the pointer. The caret APIs give the text position under
 * a point in one call (no layout read per highlight); the range's own boxes then confirm the
 * point is on the text and not beside it in the margin.
 */
interface CaretSpot {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number): CaretSpot | null | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return undefined;
}

function rangeCovers(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** Index into `ranges` of the one under viewport point (x, y), or -1. */
export function rangeIndexAtPoint(doc: Document, ranges: readonly Range[], x: number, y: number): number {
  const spot = caretAt(doc as CaretDocument, x, y);
  if (spot === null) return -1;
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i] as Range;
    // Without caret APIs (test DOMs, old engines) every range's boxes are checked.
    if (spot && (range.startContainer.ownerDocument !== spot.node.ownerDocument || !range.isPointInRange(spot.node, spot.offset))) continue;
    if (rangeCovers(range, x, y)) return i;
  }
  return -1;
}
