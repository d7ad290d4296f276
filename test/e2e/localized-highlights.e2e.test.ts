/**
 * Highlights in German and Russian articles that state the pack's numbers the local way
 * ("300.000", "zweihunderttausend", "200 тысяч", "261 тыс.", "триста тысяч") and local names
 * ("Oberer Lars", "Верхний Ларс", "Schoigu", "Шойгу"), in the built extension. A sentence with
 * a number the pack does not hold stays unmarked.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useHarness } from './harness';

const harness = useHarness();

function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('mc-claim');
    const texts = highlight ? [...highlight].map((range) => (range as Range).toString().replace(/\s+/g, ' ').trim()) : [];
    return [...new Set(texts)];
  });
}

const PAGES: Record<string, { claims: string[]; unmarked: string[] }> = {
  '/fixtures/articles/de-zahlen-ausreise.html': {
    claims: [
      'Nach Angaben des kasachischen Innenministeriums sind seit dem 21. September rund zweihunderttausend Russen',
      'Verteidigungsminister Sergej Schoigu will 300.000 Reservisten einberufen.',
      'Am Grenzübergang Oberer Lars stauten sich die Autos auf 15 Kilometern.',
      'Das Magazin Forbes berichtete, dass rund 700.000 Menschen Russland',
    ],
    unmarked: ['In Finnland kamen am Wochenende 7.000 Russen an'],
  },
  '/fixtures/articles/ru-cifry-vyezd.html': {
    claims: [
      'С 21 сентября в Казахстан въехали более 200 тысяч граждан России',
      'По данным ФСБ, за первые дни страну покинули 261 тыс. мужчин.',
      'Очередь к КПП «Верхний Ларс» на границе с Грузией растянулась на 15 км.',
      'Министр обороны Сергей Шойгу заявил, что будут призваны триста тысяч резервистов.',
    ],
    unmarked: ['За сутки в Казахстан въехали 7 тысяч россиян'],
  },
};

describe('highlights in German and Russian articles', () => {
  it.each(Object.keys(PAGES))('%s: each sentence stating a pack number is highlighted, and no other', async (path) => {
    const { claims, unmarked } = PAGES[path]!;
    const page = await openPage(harness, path);
    await expect.poll(async () => (await highlighted(page)).length, { timeout: 15_000 }).toBe(claims.length);
    const texts = await highlighted(page);
    for (const opening of claims) expect(texts.filter((text) => text.startsWith(opening)), opening).toHaveLength(1);
    for (const opening of unmarked) expect(texts.some((text) => text.startsWith(opening)), opening).toBe(false);
    expect(await page.locator('mc-marker').count()).toBe(claims.length);
    await page.close();
  });
});
