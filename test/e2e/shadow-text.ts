import type { Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function collectText(node: DomNode, out: string[]): void {
  if (node.nodeType === 3 && node.nodeValue) out.push(node.nodeValue);
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return;
  for (const root of node.shadowRoots ?? []) collectText(root, out);
  for (const child of node.children ?? []) collectText(child, out);
}

function find(node: DomNode, name: string): DomNode | undefined {
  if (node.nodeName === name) return node;
  for (const next of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(next, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * The text inside an element's closed shadow root. Page scripts (and Playwright's selectors)
 * cannot see it; the DevTools protocol can, which is how a test checks what the reader sees.
 */
export async function shadowText(page: Page, tagName: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const host = find(root, tagName.toUpperCase());
  if (!host) return '';
  const out: string[] = [];
  collectText(host, out);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}
