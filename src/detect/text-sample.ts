/**
 * Reads article text without forcing layout: only `textContent` of chosen elements, never
 * `innerText`, and always within a character budget so that a huge page costs no more than
 * a normal one.
 */

export interface TextSample {
  /** Paragraph texts joined by blank lines, whitespace collapsed. */
  text: string;
  /** Reading length of every paragraph read (see readingLength), for Readability-style density scoring. */
  paragraphLengths: number[];
  /** True when the budget ran out before the container did. */
  truncated: boolean;
}

/** What detection's cheap stage reads of the article text: enough for a headline's lead. */
export const CHEAP_SAMPLE_CHARS = 2500;
export const CHEAP_SAMPLE_PARAGRAPHS = 20;

const MIN_PARAGRAPH_CHARS = 25;
const MAX_ARTICLES_SCANNED = 30;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'SVG', 'IFRAME']);

function paragraphCount(element: Element): number {
  return element.querySelectorAll('p').length;
}

/**
 * The element most likely to hold the article body: an explicit articleBody, else the
 * <article> with the most paragraphs (teasers have none or one, so a section front falls
 * through), else <main>, else <body>.
 */
export function findMainContainer(doc: Document): Element | null {
  const explicit = doc.querySelector('[itemprop="articleBody"]');
  if (explicit && paragraphCount(explicit) >= 2) return explicit;
  const articles = doc.querySelectorAll('article');
  if (articles.length >= 1) {
    let best: Element | null = null;
    let bestCount = 2;
    for (let i = 0; i < articles.length && i < MAX_ARTICLES_SCANNED; i++) {
      const article = articles[i];
      if (!article) continue;
      const count = paragraphCount(article);
      if (count > bestCount) {
        best = article;
        bestCount = count;
      }
    }
    if (best) return best;
  }
  const main = doc.querySelector('main, [role="main"]');
  if (main && paragraphCount(main) >= 2) return main;
  return doc.body ?? doc.documentElement;
}

/** Han and kana characters: each carries about what a short Latin word does. */
const IDEOGRAPHIC = /[\u3040-\u30ff\u3400-\u9fff]/g;

/**
 * A paragraph's length in Latin-equivalent characters, so that density means the same for
 * Chinese and Japanese text as for alphabetic text (a Han character counts as three).
 */
export function readingLength(text: string): number {
  return text.length + 2 * (text.match(IDEOGRAPHIC)?.length ?? 0);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of non-boilerplate text nodes, depth first, until the budget runs out (for pages that use <div> and <br> instead of <p>). */
function readLooseText(root: Element, maxChars: number): string {
  const parts: string[] = [];
  let used = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && used < maxChars) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === 3) {
      const text = collapse(node.nodeValue ?? '');
      if (text.length > 0) {
        parts.push(text);
        used += text.length + 1;
      }
      continue;
    }
    if (node.nodeType !== 1 || SKIPPED_TAGS.has((node as Element).tagName.toUpperCase())) continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return parts.join(' ').slice(0, maxChars);
}

/**
 * Reads paragraphs (<p>, <pre>) of the container in document order, up to `maxChars`
 * characters and `maxParagraphs` paragraphs. Falls back to loose text nodes when the page
 * has almost no paragraphs.
 */
export function readTextSample(container: Element, maxChars: number, maxParagraphs: number): TextSample {
  const nodes = container.querySelectorAll('p, pre');
  const parts: string[] = [];
  const paragraphLengths: number[] = [];
  let used = 0;
  let truncated = false;
  for (let i = 0; i < nodes.length; i++) {
    if (used >= maxChars || paragraphLengths.length >= maxParagraphs) {
      truncated = true;
      break;
    }
    const node = nodes[i];
    // A paragraph inside a list item is a teaser or a menu entry, as in Readability.
    if (!node || node.parentElement?.tagName === 'LI') continue;
    const text = collapse(node.textContent ?? '');
    if (text.length < MIN_PARAGRAPH_CHARS) continue;
    paragraphLengths.push(readingLength(text));
    const room = maxChars - used;
    parts.push(text.length > room ? text.slice(0, room) : text);
    used += Math.min(text.length, room) + 2;
  }
  let text = parts.join('\n\n');
  if (text.length < 200) {
    const loose = readLooseText(container, maxChars);
    if (loose.length > text.length) {
      text = loose;
      truncated = loose.length >= maxChars;
    }
  }
  return { text, paragraphLengths, truncated };
}

/** Readability's isProbablyReaderable score: the sum of sqrt(length − 140) over long paragraphs. */
export function densityScore(paragraphLengths: readonly number[]): number {
  let score = 0;
  for (const length of paragraphLengths) if (length >= 140) score += Math.sqrt(length - 140);
  return score;
}
