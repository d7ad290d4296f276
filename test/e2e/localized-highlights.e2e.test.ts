/**
 * Highlights in German and Russian articles that state the pack's numbers the local way
 * ("300.000", "zweihunderttausend", "200 тысяч", "261 тыс.", "триста тысяч") and local names
 * ("Oberer Lars", "Верхний Ларс", "Schoigu", "Шойгу"), in the built extension. A sentence with
 * a number the pack does not hold stays unmarked. And quotes in another language: an English
 * article quoting a Russian and a Ukrainian source gets those sentences read with the Russian
 * and Ukrainian words. And a number that points back to the previous sentence ("Now this number
 * has risen to 10,000."), next to a range that is no exact claim and a back-reference to another year.
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

/** An English article (written for this test) that quotes a Russian and a Ukrainian outlet in their own words. */
const QUOTING_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>What Russian and Ukrainian media said about the call-up</title></head>
<body><main><article><h1>What Russian and Ukrainian media said about the call-up</h1>
<p>President Vladimir Putin announced a partial mobilization of reservists on 21 September, and the call-up set off an exodus of men of fighting age towards the borders of Georgia, Kazakhstan and Finland.</p>
<p>Defence Minister Sergei Shoigu said 300,000 reservists would be called up under the partial mobilization.</p>
<p>Russian outlets counted those who left. One wrote: «Из России после объявления мобилизации уехали 700 тысяч человек».</p>
<p>A Ukrainian outlet summed up the minister's figure: «Міністр оборони Шойгу заявив, що буде призвано 300 тисяч резервістів».</p>
<p>Another Russian channel added: «За сутки в Казахстан въехали 7 тысяч россиян».</p>
<p>Men waited for days at the crossings, and many of those who fled the mobilization said they did not expect to return to Russia soon.</p>
</article></main></body></html>`;

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

describe('quotes in another language than the article', () => {
  it('reads a Russian and a Ukrainian quote in an English article with their own words', async () => {
    harness.site.setRoute('/quotes/en-russian-ukrainian-quotes.html', QUOTING_ARTICLE, 'text/html; charset=utf-8');
    const page = await openPage(harness, '/quotes/en-russian-ukrainian-quotes.html');
    // Each highlight is the whole sentence, the English words that introduce the quote included.
    const claims = [
      'Defence Minister Sergei Shoigu said 300,000 reservists',
      '«Из России после объявления мобилизации уехали 700 тысяч человек»',
      '«Міністр оборони Шойгу заявив, що буде призвано 300 тисяч резервістів»',
    ];
    await expect.poll(async () => (await highlighted(page)).length, { timeout: 15_000 }).toBe(claims.length);
    const texts = await highlighted(page);
    for (const quote of claims) expect(texts.filter((text) => text.includes(quote)), quote).toHaveLength(1);
    expect(texts.some((text) => text.includes('7 тысяч'))).toBe(false);
    await page.close();
  });
});

/** An English article (written for this test) whose claims lean on the sentence before, with look-alikes. */
const BACK_REFERENCE_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Russians keep crossing into Georgia after the call-up</title></head>
<body><main><article><h1>Russians keep crossing into Georgia after the call-up</h1>
<p>After the partial mobilization was announced, Russians fleeing the call-up headed for the borders of Georgia and Kazakhstan.</p>
<p>Four days ago about 5,000 Russians entered Georgia daily. Now this number has risen to 10,000.</p>
<p>Officials at the Kazakh border said 10,000 to 11,000 Russians arrive there every day.</p>
<p>Shoigu said 300,000 to 400,000 reservists could be called up in a second wave.</p>
<p>Moscow's mayor Sergei Sobyanin said the objectives set for the city in the partial mobilization have been fully met.</p>
<p>In 2019, about 5,000 Russians entered Georgia daily. Later this number rose to 10,000.</p>
</article></main></body></html>`;

describe('a number that points back to the sentence before', () => {
  it('is highlighted as the claim; ranges of exact claims and other years stay unmarked', async () => {
    harness.site.setRoute('/back-reference/en-georgia-daily.html', BACK_REFERENCE_ARTICLE, 'text/html; charset=utf-8');
    const page = await openPage(harness, '/back-reference/en-georgia-daily.html');
    const claims = ['Now this number has risen to 10,000.', "Moscow's mayor Sergei Sobyanin said the objectives"];
    await expect.poll(async () => (await highlighted(page)).length, { timeout: 15_000 }).toBe(claims.length);
    const texts = await highlighted(page);
    for (const opening of claims) expect(texts.filter((text) => text.startsWith(opening)), opening).toHaveLength(1);
    for (const unmarked of ['Four days ago', 'Officials at the Kazakh border', 'Shoigu said 300,000 to 400,000', 'Later this number rose']) {
      expect(texts.some((text) => text.startsWith(unmarked)), unmarked).toBe(false);
    }
    await page.close();
  });
});

/** An English article (written for this test) with pictures, credits, a box and a teaser between its paragraphs. */
const PICTURES_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Russians queue at the borders after the call-up</title></head>
<body><main><article><h1>Russians queue at the borders after the call-up</h1>
<p>After the partial mobilization was announced, Russians fleeing the call-up headed for the borders of Georgia and Kazakhstan.</p>
<p>Defence Minister Sergei Shoigu said 300,000 reservists would be called up under the partial mobilization</p>
<figure><img alt="" width="10" height="10"><figcaption>A queue of cars 15 kilometres long stretched to the Upper Lars border crossing. <small>Photo courtesy of Sky Pictures/EPA-EFE</small></figcaption></figure>
<p>Men waited for days at the crossings. A queue of cars 15 kilometres long stretched to the Upper Lars border crossing. Photo by Jane Doe/AP Kazakhstan's interior ministry said that, since 21 September, about 98,000 Russians had entered the country.</p>
<aside>Read also: 700,000 Russians have left Russia since the call-up</aside>
<p>Many of those who fled the mobilization said they did not expect to return to Russia soon.</p>
</article></main></body></html>`;

describe('pictures, credits, boxes and teasers between paragraphs', () => {
  it('glue onto no claim sentence, and neither a caption nor a teaser is highlighted', async () => {
    harness.site.setRoute('/pictures/en-borders-pictures.html', PICTURES_ARTICLE, 'text/html; charset=utf-8');
    const page = await openPage(harness, '/pictures/en-borders-pictures.html');
    // The paragraph without a full stop ends where the figure starts; the credit glued to the next sentence is cut off it.
    const claims = [
      'Defence Minister Sergei Shoigu said 300,000 reservists would be called up under the partial mobilization',
      "Kazakhstan's interior ministry said that, since 21 September, about 98,000 Russians had entered the country.",
    ];
    await expect.poll(async () => (await highlighted(page)).length, { timeout: 15_000 }).toBe(claims.length);
    expect((await highlighted(page)).sort()).toEqual([...claims].sort());
    await page.close();
  });
});
