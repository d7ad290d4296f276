/**
 * The article's visible text as one string, with a map from string offsets back to DOM text
 * nodes, so a sentence split across <b>, <a> or a non-breaking space is still one sentence,
 * and a match in the string becomes a DOM Range.
 */
import { isOwnHost } from './own-elements';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `TextIndex.text`. */
  start: number;
  end: number;
}

export interface TextIndex {
  text: string;
  segments: TextSegment[];
}

/** Subtrees whose text is not article text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'button']);

/**
 * Elements that start a new line of text: a sentence never runs across two of them, so a
 * picture's caption and credit, a box beside the article or a teaser never glue onto the
 * paragraph next to them.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'audio', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'picture', 'pre', 'search', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'video',
]);

/** Roles of a picture, its caption or a box beside the text, which sites give to plain spans and divs. */
const BLOCK_ROLES = new Set(['figure', 'img', 'complementary', 'note', 'caption', 'banner', 'contentinfo', 'navigation']);
/** Display values an element's own style attribute may give it that lay it out as a block. */
const BLOCK_DISPLAY = /^(block|flex|grid|table|list-item|flow-root)$/;

/** Whether `element` starts a new line: by its tag, its role, or a block display in its style attribute (never computed styles, which force layout). */
function isBlock(element: Element): boolean {
  if (BLOCK_TAGS.has(element.localName)) return true;
  const role = element.getAttribute('role');
  if (role !== null && BLOCK_ROLES.has(role)) return true;
  // As in isSkipped: `style` is read only where there is a style attribute.
  if (!element.hasAttribute('style')) return false;
  const display = (element as HTMLElement).style?.display;
  return display !== undefined && display !== '' && BLOCK_DISPLAY.test(display);
}

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName) || isOwnHost(element)) return true;
  // Cheap visibility checks only: computed styles would force layout on every text node. The
  // inline style is read only where there is one: reading `style` makes a declaration object
  // for every element it is asked of.
  return (element as HTMLElement).hidden === true || (element.hasAttribute('style') && (element as HTMLElement).style?.display === 'none');
}

function nearestBlock(node: Node, root: Element): Element {
  for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
    if (isBlock(element)) return element;
  }
  return root;
}

export function buildTextIndex(root: Element): TextIndex {
  const doc = root.ownerDocument;
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  let endsWithBreak = true;
  const lineBreak = (): void => {
    if (endsWithBreak) return;
    parts.push('\n');
    length += 1;
    endsWithBreak = true;
  };

  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && isSkipped(node as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  // Text nodes side by side share a parent, and so their block: looked up once per parent.
  let lastParent: Element | null = null;
  let parentBlock: Element = root;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).localName === 'br') lineBreak();
      continue;
    }
    const data = (node as Text).data;
    if (data.length === 0) continue;
    if (node.parentElement !== lastParent) {
      lastParent = node.parentElement;
      parentBlock = nearestBlock(node, root);
    }
    const block = parentBlock;
    if (block !== lastBlock) {
      lineBreak();
      lastBlock = block;
    }
    // Source line breaks inside a paragraph are spaces to a reader; only blocks break lines.
    const flat = data.replace(/[\n\r\t\f]/g, ' ');
    segments.push({ node: node as Text, start: length, end: length + flat.length });
    parts.push(flat);
    length += flat.length;
    endsWithBreak = false;
  }
  return { text: parts.join(''), segments };
}

/** Index of the segment holding `offset`, or of the first segment after it. */
function segmentAt(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((segments[mid] as TextSegment).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The DOM Range for text offsets [start, end); null when the nodes have left the document. */
export function rangeForOffsets(index: TextIndex, start: number, end: number): Range | null {
  const { segments } = index;
  if (segments.length === 0 || end <= start) return null;
  const first = segments[segmentAt(segments, start)] as TextSegment;
  // The end is exclusive: find the segment holding its last character.
  const last = segments[segmentAt(segments, end - 1)] as TextSegment;
  if (!first.node.isConnected || !last.node.isConnected) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, Math.max(0, start - first.start));
  range.setEnd(last.node, Math.min(last.node.length, end - last.start));
  return range;
}
