import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { activeTabId, openOptions, openPage, openPopup, useHarness, waitForSidebar } from './harness';
import { SCREENSHOT_DIR } from './paths';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core in a page or frame; evaluate() is not subject to the extension pages' CSP. */
async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE_SOURCE);
  const violations = await target.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

const harness = useHarness();
beforeAll(() => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

describe('accessibility (axe-core) and the README screenshots', () => {
  it('the sidebar has no violations, in light and dark', async () => {
    const page = await openPage(harness, '/news/russians-return-home.html');
    const frame = await waitForSidebar(page, harness.browser.extensionId);
    await frame.getByRole('button', { name: /show in article/i }).first().waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/sidebar.png` });
    expect(await axeViolations(frame)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  });

  it('the popup has no violations', async () => {
    const page = await openPage(harness, '/news/men-fleeing-draft.html');
    await waitForSidebar(page, harness.browser.extensionId);
    const popup = await openPopup(harness, await activeTabId(harness, page));
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.waitForSelector('text=/\\d+\\.\\d+\\.\\d+/');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup.png`, fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the options page has no violations', async () => {
    const options = await openOptions(harness);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('the highlight card, for the README', async () => {
    const page = await openPage(harness, '/news/russians-return-home.html');
    await page.locator('mc-marker').first().waitFor();
    const point = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('mc-claim') ?? [])].find((r) => (r as Range).toString().includes('700,000')) as Range;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.locator('mc-card[data-mc-claim-index]').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/highlight-card.png` });
    await page.close();
  });
});
