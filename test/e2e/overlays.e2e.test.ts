import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activeTabId, badgeText, openPage, openPopup, useHarness, waitForSidebar } from './harness';
import { shadowText } from './shadow-text';

const harness = useHarness();

/** The highlighted text, read from the page's highlight registry (the Highlight API). */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('mc-claim');
    return highlight ? [...highlight].map((range) => (range as Range).toString().replace(/\s+/g, ' ').trim()) : [];
  });
}

async function waitForHighlights(page: Page, atLeast = 1): Promise<string[]> {
  await expect.poll(async () => (await highlighted(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(atLeast);
  return highlighted(page);
}

/** Each seed sentence that makes a claim the pack knows, by its opening words. */
const SEED_CLAIMS: Record<string, string[]> = {
  '/news/russians-return-home.html': [
    'The Moscow Times has reported that Russian men who fled military draft have begun to return home',
    'After Vladimir Putin announced the military draft of Russians in September 2022, thousands draft-age men',
    'The Kremlin itself acknowledges that 700,000 men left Russia',
    'But according to recent statistics the flow has now reversed',
    'On Monday 7 November, Putin told reporters that “mobilisation is complete”',
    'It is unknown whether or not those who fled will face some type of punishment',
    'Influential Russian lawmaker Andrei Klimov last month stated',
    'Meanwhile experts have predicted that it is possible that Russia is forced to draft more soldiers',
  ],
  '/news/men-fleeing-draft.html': [
    'Driving the news: The exodus signaled the unpopularity of the order',
    "The big picture: The White House has characterized Putin's move as an act of desperation",
    'Analysts have questioned whether the Russian military has the wherewithal',
    'State of play: Lines of cars packed with people fleeing the country',
    'The cost of airfare out of Russia swelled too',
    'Some have fled to Belarus, a close Russian ally',
    'Videos circulating on social media showed some men fighting back',
    'While Putin has said that only veterans with expertise or combat experience would be called up',
    'In the poor, rural region of Buryatia, men were drafted regardless',
    'Governor Alexei Tsydanov released a statement Friday',
    'The other side: Russian authorities have tried to quell fears',
  ],
};

describe('claim highlights on the seed articles', () => {
  it.each(Object.keys(SEED_CLAIMS))('%s: exactly the claim sentences are highlighted', async (path) => {
    const page = await openPage(harness, path);
    const expected = SEED_CLAIMS[path]!;
    // A sentence that answers two questions carries two claims, over the same text.
    const sentences = async () => [...new Set(await highlighted(page))];
    await expect.poll(async () => (await sentences()).length, { timeout: 15_000 }).toBe(expected.length);
    const texts = await sentences();
    for (const opening of expected) expect(texts.filter((text) => text.startsWith(opening)), opening).toHaveLength(1);
    // One keyboard marker per sentence (placed in an idle task after the highlights); the badge
    // counts claims (a sentence may make several).
    await expect.poll(() => page.locator('mc-marker').count(), { timeout: 15_000 }).toBe(expected.length);
    const claims = (await highlighted(page)).length;
    expect(await badgeText(harness, await activeTabId(harness, page))).toBe(String(claims));
    await page.close();
  });
});

describe('the claim card', () => {
  it('opens on hover with what other sources say', async () => {
    const page = await openPage(harness, '/news/russians-return-home.html');
    await waitForHighlights(page);
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('mc-claim') ?? [])].find((r) => (r as Range).toString().includes('700,000')) as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => page.locator('mc-card[data-mc-claim-index]').count(), { timeout: 5_000 }).toBe(1);
    const card = await shadowText(page, 'mc-card');
    expect(card).toMatch(/How many people left Russia/);
    expect(card).toMatch(/Peskov/);
    expect(card).toMatch(/Forbes/);
    expect(card).toMatch(/disputed/i);
    await page.close();
  });

  it('opens from the keyboard on a marker and closes with Escape', async () => {
    const page = await openPage(harness, '/news/men-fleeing-draft.html');
    await waitForHighlights(page);
    const marker = page.locator('mc-marker[data-mc-claim-index="0"]');
    await marker.waitFor({ state: 'visible' });
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('mc-card[data-mc-claim-index="0"]').count(), { timeout: 5_000 }).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('mc-card[data-mc-claim-index]').count(), { timeout: 5_000 }).toBe(0);
    // Focus goes back to the marker the card was opened from.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mc-claim-index'))).toBe('0');
    await page.close();
  });
});

describe('the sidebar and the highlights', () => {
  it('jumps from the sidebar to a highlight', async () => {
    const page = await openPage(harness, '/news/men-fleeing-draft.html');
    await waitForHighlights(page);
    const frame = await waitForSidebar(page, harness.browser.extensionId);
    const buttons = frame.getByRole('button', { name: /show in article/i });
    await expect.poll(() => buttons.count(), { timeout: 10_000 }).toBeGreaterThan(3);
    const before = await page.evaluate(() => scrollY);
    await buttons.last().click();
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.locator('mc-card[data-mc-claim-index]').count()).toBe(1);
    await page.close();
  });

  it('the popup switch hides and restores every highlight', async () => {
    const page = await openPage(harness, '/news/russians-return-home.html');
    const count = (await waitForHighlights(page)).length;
    const popup = await openPopup(harness, await activeTabId(harness, page));
    const toggle = popup.getByRole('switch', { name: /highlight/i });
    await toggle.click();
    await expect.poll(async () => (await highlighted(page)).length).toBe(0);
    expect(await page.locator('mc-marker').count()).toBe(0);
    await toggle.click();
    await expect.poll(async () => (await highlighted(page)).length).toBe(count);
    await popup.close();
    await page.close();
  });

  it('re-anchors when the article changes', async () => {
    const page = await openPage(harness, '/news/russians-return-home.html');
    const count = (await waitForHighlights(page)).length;
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Putin said on 4 November that 318,000 men had been mobilised, more than the target.';
      document.querySelector('article')!.append(paragraph);
    });
    await expect.poll(async () => (await highlighted(page)).length, { timeout: 10_000 }).toBe(count + 1);
    const tabId = await activeTabId(harness, page);
    await expect.poll(() => badgeText(harness, tabId)).toBe(String(count + 1));
    await page.close();
  });
});
