/**
 * Where a claim's marker button can sit without covering any of the page's text, whatever the
 * layout: in the margin left of the sentence's first line, else in the margin to the right of
 * its block, else right after the sentence when nothing follows it on that line, else after the
 * block's last line, else in the gap above the first line or below the block. Each spot is
 * checked against the boxes of the article's text (and of markers already placed), so a
 * full-bleed article or a narrow window gets a free spot rather than letters under a button.
 */
import { CARD_TAG, isOwnHost, LAYER_TAG, MARKER_TAG } from './own-elements';

const OWN_HOSTS = [LAYER_TAG, MARKER_TAG, CARD_TAG].join(', ');

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface SpotRequest {
  /** The sentence's line boxes, in viewport coordinates. */
  lines: readonly Box[];
  /** The box of the block (paragraph, list item…) that holds the sentence's first line. */
  block: Box | undefined;
  /** The last line box of that block's text. */
  blockLastLine: Box | undefined;
  /** Text and other markers: nothing may overlap them. */
  obstacles: readonly Box[];
  viewportWidth: number;
  size: number;
  gap: number;
  /** A last check for text outside the article (a side column), where it can be seen. */
  free?: (spot: Box) => boolean;
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const boxAt = (left: number, top: number, size: number): Box => ({ left, top, right: left + size, bottom: top + size });

/** Candidate spots, best first. */
function candidates({ lines, block, blockLastLine, size, gap }: SpotRequest): Box[] {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return [];
  const middle = (line: Box): number => line.top + (line.bottom - line.top - size) / 2;
  const spots: Box[] = [];
  const left = block?.left ?? first.left;
  spots.push(boxAt(left - size - gap, middle(first), size));
  if (block) spots.push(boxAt(block.right + gap, middle(first), size));
  spots.push(boxAt(last.right + gap, middle(last), size));
  if (blockLastLine) spots.push(boxAt(blockLastLine.right + gap, middle(blockLastLine), size));
  spots.push(boxAt(first.left, first.top - size - 1, size));
  if (block) spots.push(boxAt(left, block.bottom + 1, size));
  return spots;
}

/**
 * The first candidate inside the viewport's width that overlaps no obstacle, or, when every
 * candidate touches text, undefined: the caller then keeps the marker out of sight rather than
 * over the words (the sidebar's list still reaches every claim from the keyboard).
 */
export function chooseMarkerSpot(request: SpotRequest): Box | undefined {
  return candidates(request).find(
    (spot) =>
      spot.left >= 0 &&
      spot.right <= request.viewportWidth &&
      !request.obstacles.some((obstacle) => overlaps(spot, obstacle)) &&
      (request.free?.(spot) ?? true),
  );
}

/**
 * Whether the page shows no text under a spot, for spots inside the viewport: the element on
 * top at each corner and at the centre must have no text of its own there. Outside the viewport
 * hit-testing sees nothing, and the article's text boxes are all there is to go by.
 */
export function freeOnScreen(doc: Document, spot: Box): boolean {
  const view = doc.defaultView;
  if (!view || spot.top < 0 || spot.bottom > view.innerHeight) return true;
  const points: Array<[number, number]> = [
    [spot.left + 1, spot.top + 1],
    [spot.right - 1, spot.top + 1],
    [spot.left + 1, spot.bottom - 1],
    [spot.right - 1, spot.bottom - 1],
    [(spot.left + spot.right) / 2, (spot.top + spot.bottom) / 2],
  ];
  const range = doc.createRange();
  for (const [x, y] of points) {
    const element = doc.elementsFromPoint(x, y).find((candidate) => !candidate.closest(`${OWN_HOSTS}`));
    if (!element) continue;
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType !== 3 || !/\S/.test((child as Text).data)) continue;
      range.selectNodeContents(child);
      if (lineBoxes(range).some((line) => overlaps(line, spot))) return false;
    }
  }
  return true;
}

/** The boxes of every line of visible text under `root`, in viewport coordinates. */
export function textBoxes(root: Element): Box[] {
  const doc = root.ownerDocument;
  const boxes: Box[] = [];
  const range = doc.createRange();
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && isOwnHost(node as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3 || !/\S/.test((node as Text).data)) continue;
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width > 0 && rect.height > 0) boxes.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    }
  }
  return boxes;
}

/** The line boxes of a range's text, without the empty boxes of element edges. */
export function lineBoxes(range: Range): Box[] {
  return Array.from(range.getClientRects())
    .filter((rect) => rect.width > 0 && rect.height > 0)
    .map((rect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }));
}
