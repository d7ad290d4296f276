/**
 * Marker buttons never cover the article's text: on a full-bleed article (text from the window's
 * edge, claim sentences ending mid-line) at full width and in a narrow window, every marker is
 * shown, on top (elementFromPoint finds it), and its box overlaps no line of the page's text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness, waitForSidebar } from './harness';

const harness = useHarness();
const FULL_BLEED = '/fixtures/articles/en-full-bleed-exodus.html';
const CLAIM_SENTENCES = 3;

interface MarkerReport {
  markers: number;
  hidden: number;
  /** Markers whose box overlaps a line of text, with the text. */
  overlaps: string[];
  /** Markers that another element covers at their centre, once scrolled into view. */
  covered: number;
}

/** Measures every marker against every line box of the page's own text. */
function inspectMarkers(page: Page): Promise<MarkerReport> {
  return page.evaluate(async () => {
    const own = 'mc-layer, mc-marker, mc-card';
    const lines: Array<{ rect: DOMRect; text: string }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/\S/.test((node as Text).data) || node.parentElement?.closest(own)) continue;
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) if (rect.width > 0 && rect.height > 0) lines.push({ rect, text: (node as Text).data.trim().slice(0, 40) });
    }
    const hosts = Array.from(document.querySelectorAll('mc-marker')) as HTMLElement[];
    const report = { markers: hosts.length, hidden: 0, overlaps: [] as string[], covered: 0 };
    for (const host of hosts) {
      const box = host.getBoundingClientRect();
      if (host.style.display === 'none' || box.width === 0) {
        report.hidden += 1;
        continue;
      }
      for (const line of lines) {
        const r = line.rect;
        if (box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom) report.overlaps.push(`marker at ${Math.round(box.left)},${Math.round(box.top)} over "${line.text}"`);
      }
      host.scrollIntoView({ block: 'center', inline: 'nearest' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const seen = host.getBoundingClientRect();
      const top = document.elementFromPoint(seen.left + seen.width / 2, seen.top + seen.height / 2);
      if (top !== host) report.covered += 1;
    }
    return report;
  });
}

async function openAt(width: number, height: number): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${harness.site.origin}${FULL_BLEED}`);
  await page.bringToFront();
  // Control: the extension ran on this page and drew one marker per claim sentence.
  await expect.poll(() => page.locator('mc-marker').count(), { timeout: 15_000 }).toBe(CLAIM_SENTENCES);
  return page;
}

/**
 * On a narrow window the sidebar is a drawer over the page, text and markers alike: close it.
 * (Once closed on a site it stays closed there, so a later test may find it closed already.)
 * Its panel opens before the overlays are drawn, so by now the drawer is either over the page's
 * right edge or staying closed; its frame comes in an idle moment after the overlays, so the
 * test waits for it before using its close button.
 */
async function closeDrawer(page: Page): Promise<void> {
  const drawerOpen = await page.evaluate(() => document.elementFromPoint(innerWidth - 2, 2)?.localName === 'mc-sidebar');
  if (!drawerOpen) return;
  const frame = await waitForSidebar(page, harness.browser.extensionId);
  await frame.getByRole('button', { name: /close/i }).first().click();
  await expect.poll(async () => (await (await frame.frameElement()).boundingBox()) === null).toBe(true);
}

describe('claim markers cover no text', () => {
  it.each([
    ['a full-bleed article in a wide window', 1400, 900],
    ['a full-bleed article in a narrow window', 360, 740],
  ])('%s', async (_name, width, height) => {
    const page = await openAt(width, height);
    if (width < 700) await closeDrawer(page);
    const report = await inspectMarkers(page);
    expect(report.overlaps).toEqual([]);
    expect(report.hidden).toBe(0);
    expect(report.covered).toBe(0);
    await page.close();
  });

  it('moves markers off the text when the window narrows after they were drawn', async () => {
    const page = await openAt(1400, 900);
    await page.setViewportSize({ width: 420, height: 800 });
    await closeDrawer(page);
    await expect.poll(async () => (await inspectMarkers(page)).overlaps, { timeout: 5_000 }).toEqual([]);
    const report = await inspectMarkers(page);
    expect(report.hidden).toBe(0);
    expect(report.covered).toBe(0);
    await page.close();
  });
});
