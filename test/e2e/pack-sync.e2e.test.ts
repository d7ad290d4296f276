import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { packPath } from '../../src/pack/publish-layout';
import { activeTabId, openOptions, openPage, openPopup, useHarness, waitForSidebar, type Harness } from './harness';
import { NEW_FACT, signedNewerPack } from './signed-test-pack';

async function syncFromOptions(harness: Harness, url: string): Promise<string> {
  const options = await openOptions(harness);
  const field = options.getByLabel(/update url/i);
  await field.fill(url);
  await field.press('Enter');
  await options.getByRole('button', { name: /save/i }).click().catch(() => undefined);
  await options.getByRole('button', { name: /sync now/i }).click();
  const result = options.getByRole('status');
  await expect.poll(async () => (await result.allInnerTexts()).join(' '), { timeout: 15_000 }).toMatch(/updated|refused|up to date/i);
  const text = (await result.allInnerTexts()).join(' ');
  await options.close();
  return text;
}

/** The sidebar's timeline shows facts on the article's topics first; the test looks at all. */
async function showsFact(frame: Frame, text: string): Promise<void> {
  await frame.getByLabel('Topic', { exact: true }).selectOption({ label: 'All topics' });
  await frame.waitForSelector(`text=${text}`, { timeout: 10_000 });
}

async function popupText(harness: Harness, page: Page): Promise<string> {
  const popup = await openPopup(harness, await activeTabId(harness, page));
  await popup.waitForSelector('text=/\\d+\\.\\d+\\.\\d+/');
  const text = await popup.locator('body').innerText();
  await popup.close();
  return text;
}

const harness = useHarness();

describe('fact pack sync', () => {
  it('installs a newer signed pack, then refuses a tampered one and keeps the data', async () => {
    const { index, pack, tamperedIndex, tampered } = await signedNewerPack();
    harness.site.setRoute('/packs/index.json', index);
    harness.site.setRoute(`/packs/${packPath('9.0.0')}`, pack);
    expect(await syncFromOptions(harness, `${harness.site.origin}/packs/index.json`)).toMatch(/updated/i);

    const article = await openPage(harness, '/news/russians-return-home.html');
    await showsFact(await waitForSidebar(article, harness.browser.extensionId), NEW_FACT);
    expect(await popupText(harness, article)).toContain('9.0.0');

    harness.site.setRoute('/packs/index.json', tamperedIndex);
    harness.site.setRoute(`/packs/${packPath('9.0.1')}`, tampered);
    expect(await syncFromOptions(harness, `${harness.site.origin}/packs/index.json`)).toMatch(/refused|signature/i);
    const popup = await popupText(harness, article);
    expect(popup).toContain('9.0.0');
    expect(popup).toMatch(/signature/i);
    // A failed check schedules a retry (with backoff) besides the daily check.
    const alarms = await (await harness.browser.worker()).evaluate(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name).sort());
    expect(alarms).toEqual(['fact-pack-retry', 'fact-pack-sync']);

    await article.reload();
    await showsFact(await waitForSidebar(article, harness.browser.extensionId), NEW_FACT);
    await article.close();
  });
});
