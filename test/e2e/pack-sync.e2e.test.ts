import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { buildPack } from '../../src/pack/build-pack';
import { createIndex, packPath } from '../../src/pack/publish-layout';
import { signPack, signPackIndex } from '../../src/pack/signed-pack';
import type { BuiltFactPack, FactPack } from '../../src/pack/fact-pack-schema';
import { activeTabId, openOptions, openPage, openPopup, useHarness, waitForSidebar, type Harness } from './harness';
import { E2E_KEYS } from './paths';

const NEW_FACT = 'Marker fact added by the end-to-end sync test';

/**
 * A newer pack than the shipped one, with one more fact, signed with the test build's key, and
 * its signed index; `tampered` is the same pack changed after signing, with an index that
 * matches the changed file (so the signature is what refuses it).
 */
async function signedNewerPack(): Promise<{ index: string; pack: string; tamperedIndex: string; tampered: string }> {
  const shipped = JSON.parse(readFileSync('.generated/public/fact-pack.json', 'utf8')) as BuiltFactPack;
  const { contentHash: _hash, ...rest } = shipped;
  const source: FactPack = {
    ...rest,
    version: '9.0.0',
    questions: shipped.questions.map(({ status: _status, ...question }) => question),
    facts: [
      ...shipped.facts,
      {
        id: 'e2e-sync-marker',
        date: '2022-09-21',
        text: NEW_FACT,
        topics: ['announcement'],
        citations: [{ source: shipped.sources[0]!.id, url: 'https://example.org/marker', date: '2022-09-21' }],
        confidence: 'high',
        key: true,
      },
    ],
  };
  const built = await buildPack(source);
  const { secretKey } = JSON.parse(readFileSync(E2E_KEYS, 'utf8')) as { secretKey: string };
  const key = Buffer.from(secretKey, 'hex');
  const pack = await signPack(built, key);
  const tampered = pack.replace(NEW_FACT, 'A fact changed after signing');
  return {
    index: await signPackIndex(await createIndex(built, pack), key),
    pack,
    // A correctly signed index naming the tampered file as 9.0.1, so the pack's own signature is what refuses it.
    tamperedIndex: await signPackIndex({ ...(await createIndex(built, tampered)), version: '9.0.1', url: packPath('9.0.1') }, key),
    tampered,
  };
}

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
