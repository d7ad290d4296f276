// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { classifyPage } from './classify-page';
import { ARTICLE_FIXTURES, PAGE_FIXTURES, fixtureNames, packLexicon, readFixture } from './test-support';

const lexicon = packLexicon();

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function storyUrl(name: string): string {
  return `https://news.example/2022/09/${name.replace(/\.html$/, '')}`;
}

const articleFixtures = fixtureNames(ARTICLE_FIXTURES);
const positives = articleFixtures.filter((name) => !name.startsWith('neg-'));
const negatives = articleFixtures.filter((name) => name.startsWith('neg-'));

describe('classifyPage on the positive fixtures (happy-dom)', () => {
  it('has at least two positives in each of the seven required languages', () => {
    for (const lang of ['en', 'ru', 'uk', 'de', 'fr', 'es', 'it']) {
      expect(positives.filter((name) => name.startsWith(`${lang}-`)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(positives)('%s is a relevant article in its language, with topics', (name) => {
    const verdict = classifyPage(parse(readFixture(ARTICLE_FIXTURES, name)), storyUrl(name), lexicon);
    expect(verdict).toMatchObject({ isArticle: true, relevant: true, stage: 'full', lang: name.slice(0, 2) });
    expect(verdict.score).toBeGreaterThanOrEqual(lexicon.threshold);
    expect(verdict.topics.length).toBeGreaterThan(0);
  });

  it('tags what the article is about', () => {
    const announce = classifyPage(parse(readFixture(ARTICLE_FIXTURES, 'en-partial-mobilization-announced.html')), storyUrl('a'), lexicon);
    expect(announce.topics).toContain('announcement');
    const law = classifyPage(parse(readFixture(ARTICLE_FIXTURES, 'de-elektronische-einberufung.html')), storyUrl('b'), lexicon);
    expect(law.topics).toContain('law-2023');
    const returns = classifyPage(parse(readFixture(ARTICLE_FIXTURES, 'it-rientro-russi-fuggiti.html')), storyUrl('c'), lexicon);
    expect(returns.topics).toContain('returns');
  });
});

describe('classifyPage on near-misses', () => {
  it.each(negatives)('%s is an article but not relevant', (name) => {
    const verdict = classifyPage(parse(readFixture(ARTICLE_FIXTURES, name)), storyUrl(name), lexicon);
    expect(verdict.isArticle).toBe(true);
    expect(verdict.relevant).toBe(false);
  });

  it('rejects the end-to-end pages', () => {
    const unrelated = classifyPage(parse(readFixture(PAGE_FIXTURES, 'unrelated-news.html')), storyUrl('rates'), lexicon);
    // As the content script calls it: off-topic pages are not judged as articles at all.
    expect(classifyPage(parse(readFixture(PAGE_FIXTURES, 'unrelated-news.html')), storyUrl('rates'), lexicon, { onlyJudgeOnTopicPages: true })).toMatchObject({
      relevant: false,
      isArticle: false,
    });
    expect(unrelated).toMatchObject({ isArticle: true, relevant: false, stage: 'sample', lang: 'en' });
    const strike = classifyPage(parse(readFixture(PAGE_FIXTURES, 'other-mobilization.html')), storyUrl('retraites'), lexicon);
    expect(strike).toMatchObject({ isArticle: true, relevant: false, lang: 'fr' });
    const front = classifyPage(parse(readFixture(PAGE_FIXTURES, 'non-article.html')), 'https://news.example/en/world/europe', lexicon);
    expect(front).toMatchObject({ isArticle: false, relevant: false });
  });
});

describe('classifyPage stages', () => {
  const positive = readFixture(ARTICLE_FIXTURES, 'en-partial-mobilization-announced.html');

  it('stops at the URL for a site root, search results and tag pages, without reading the document', () => {
    for (const url of ['https://news.example/', 'https://news.example/search?q=mobilization', 'https://news.example/tag/partial-mobilization']) {
      expect(classifyPage(parse(positive), url, lexicon)).toMatchObject({ stage: 'url', relevant: false, isArticle: false });
    }
  });

  it('stops at the metadata for a declared product page with no hint of the topic', () => {
    const html = `<html lang="en"><head><title>Blue kettle 1.7 l</title><script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script></head>
      <body><p>${'A kettle that boils water quickly and quietly. '.repeat(10)}</p></body></html>`;
    expect(classifyPage(parse(html), 'https://shop.example/p/blue-kettle-17', lexicon)).toMatchObject({ stage: 'metadata', relevant: false });
  });

  it('rejects a page with no hint after the bounded sample', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} about gardening, tomatoes, soil and the weather in late spring this year.</p>`).join('');
    const html = `<html lang="en"><head><title>Growing tomatoes</title></head><body><article><h1>Growing tomatoes</h1>${paragraphs}</article></body></html>`;
    expect(classifyPage(parse(html), 'https://garden.example/2023/05/growing-tomatoes-at-home', lexicon).stage).toBe('sample');
  });

  it('gives the same verdict on a linkedom document', () => {
    const doc = parseHTML(positive).document as unknown as Document;
    const fromLinkedom = classifyPage(doc, storyUrl('x'), lexicon);
    const fromHappyDom = classifyPage(parse(positive), storyUrl('x'), lexicon);
    expect(fromLinkedom).toEqual(fromHappyDom);
  });
});

describe('classifyPage, the publication date and short items', () => {
  const article = (published: string, headline: string, paragraphs: string[]): string =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${published ? `<meta property="article:published_time" content="${published}">` : ''}<title>${headline}</title></head>
<body><main><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
  const story = [
    'Thousands of Russian men crossed into Georgia and Kazakhstan this week once President Vladimir Putin had ordered the partial mobilization of reservists, and queues at the border stretched for kilometres.',
    'Border guards in Kazakhstan said the number of Russians arriving had doubled since the Kremlin announced the call-up, and flights out of Moscow were sold out for days.',
    'Many of those fleeing said they had received summonses from military enlistment offices or feared they would, and that they would not return while the mobilization lasted.',
  ];

  it('does not take a page published before the call-up for a report on it', () => {
    const before = classifyPage(parse(article('2022-03-10T08:00:00Z', 'Russian men cross into Georgia', story)), storyUrl('before'), lexicon);
    const after = classifyPage(parse(article('2022-09-24T08:00:00Z', 'Russian men cross into Georgia', story)), storyUrl('after'), lexicon);
    const undated = classifyPage(parse(article('', 'Russian men cross into Georgia', story)), storyUrl('undated'), lexicon);
    expect(before.relevant).toBe(false);
    expect(after.relevant).toBe(true);
    expect(undated.relevant).toBe(true);
  });

  it('takes the call-up’s story from 20 September 2022, the day the Duma passed its penalties and the address was first expected', () => {
    // Our own report on the eve: the penalties passed, the announcement expected.
    const eve = [
      'The State Duma on Tuesday passed amendments to the Criminal Code that punish evading mobilization and desertion with prison terms, as Russia appeared to prepare for a call-up of reservists.',
      'Kremlin-installed officials in occupied regions announced referendums, and state television said President Vladimir Putin would address the nation about mobilization.',
    ];
    const onTheEve = classifyPage(parse(article('2022-09-20T18:00:00+03:00', 'Russia prepares for mobilization: the Duma passes penalties for evaders', eve)), storyUrl('eve'), lexicon);
    const dayBefore = classifyPage(parse(article('2022-09-19T18:00:00+03:00', 'Russia prepares for mobilization: the Duma passes penalties for evaders', eve)), storyUrl('day-before'), lexicon);
    expect(onTheEve.relevant).toBe(true);
    expect(dayBefore.relevant).toBe(false);
  });

  it('reads the date from JSON-LD, an @graph included, when the head has no meta tag', () => {
    const withGraph = (date: string): string =>
      article('', 'Russian men cross into Georgia', story).replace(
        '<title>',
        `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Outlet"},{"@type":"NewsArticle","headline":"Russian men cross into Georgia","datePublished":"${date}"}]}</script><title>`,
      );
    expect(classifyPage(parse(withGraph('2022-03-10T08:00:00+03:00')), storyUrl('graph-before'), lexicon).relevant).toBe(false);
    expect(classifyPage(parse(withGraph('2022-09-24T08:00:00+03:00')), storyUrl('graph-after'), lexicon).relevant).toBe(true);
  });

  it('takes a dated two-sentence agency item whose headline names Russia’s call-up', () => {
    // A feed entry: the headline sits in the title only, so the call-up is named just once.
    const item = article('2023-10-03T09:00:00Z', 'Shoigu: no further mobilization', [
      'Russian Defence Minister Sergei Shoigu said so on Tuesday at a meeting with army commanders, Interfax reported.',
      'He gave no other figures.',
    ]).replace(/<h1>.*<\/h1>/, '');
    const verdict = classifyPage(parse(item), storyUrl('shoigu'), lexicon);
    expect(verdict).toMatchObject({ isArticle: true, relevant: true });
    expect(verdict.score).toBeLessThan(lexicon.threshold);
  });

  it('takes a dated one-sentence flash whose headline names Russia’s call-up, and not one on another subject', () => {
    const flash = (headline: string, sentence: string): string => article('2022-10-04T09:00:00Z', headline, [sentence]).replace(/<h1>.*<\/h1>/, '');
    const callUp = classifyPage(parse(flash('Russia mobilization: 200,000 called up', 'Shoigu said 200,000 men had joined the army since the call-up began.')), storyUrl('flash'), lexicon);
    expect(callUp).toMatchObject({ isArticle: true, relevant: true });
    const storm = classifyPage(parse(flash('Storm hits the coast', 'A storm hit the coast on Tuesday, and ten thousand homes lost power.')), storyUrl('storm'), lexicon);
    expect(storm.relevant).toBe(false);
  });

  it('keeps the full bar for a short item about another state’s call-up', () => {
    const item = article('2024-04-03T09:00:00Z', 'Zelensky lowers the mobilization age', [
      'Ukraine’s President Volodymyr Zelensky signed a law that lowers the mobilization age to 25 from 27, as Russia presses its offensive.',
      'Men aged 25 can now be called up by territorial recruitment centres.',
    ]);
    expect(classifyPage(parse(item), storyUrl('zelensky'), lexicon).relevant).toBe(false);
  });
});

describe('classifyPage and the date in the address', () => {
  it('reads a report with no date in its head as published when its address says, and one before the call-up cannot report it', () => {
    const html = readFixture(ARTICLE_FIXTURES, 'en-partial-mobilization-announced.html').replace(/<meta[^>]+published_time[^>]*>/gi, '').replace(/"datePublished":\s*"[^"]*",?/g, '');
    expect(classifyPage(parse(html), 'https://news.example/world/2022/10/01/story', lexicon).relevant).toBe(true);
    expect(classifyPage(parse(html), 'https://news.example/world/2022/03/08/story', lexicon).relevant).toBe(false);
  });

  it('takes no date from inside a slug, where it names what the story is about', () => {
    const html = readFixture(ARTICLE_FIXTURES, 'en-partial-mobilization-announced.html').replace(/<meta[^>]+published_time[^>]*>/gi, '').replace(/"datePublished":\s*"[^"]*",?/g, '');
    expect(classifyPage(parse(html), 'https://news.example/world/a-year-after-2022-02-24-russia-calls-up-reservists', lexicon).relevant).toBe(true);
    expect(classifyPage(parse(html), 'https://news.example/world/2022-02-24/russia-calls-up-reservists', lexicon).relevant).toBe(false);
  });

  it('when neither head nor address dates a report, reads the date its first lines print', () => {
    const html = readFixture(ARTICLE_FIXTURES, 'en-partial-mobilization-announced.html')
      .replace(/<meta[^>]+published_time[^>]*>/gi, '')
      .replace(/"datePublished":\s*"[^"]*",?/g, '')
      .replace(/<time[^>]*>[^<]*<\/time>/g, '');
    const dated = (line: string): string => html.replace(/<p>/, `<p>${line}</p><p>`);
    expect(classifyPage(parse(html), 'https://news.example/world/story', lexicon).relevant).toBe(true);
    expect(classifyPage(parse(dated('Published 28.09.2022 10:15')), 'https://news.example/world/story', lexicon).relevant).toBe(true);
    expect(classifyPage(parse(dated('Published 14.03.2022 10:15')), 'https://news.example/world/story', lexicon).relevant).toBe(false);
    // The address's date still wins over a printed one.
    expect(classifyPage(parse(dated('Published 14.03.2022 10:15')), 'https://news.example/world/2022/10/01/story', lexicon).relevant).toBe(true);
  });

  it('reads a first-lines date with its month spelled out, and no month name far down the story', () => {
    const html = readFixture(ARTICLE_FIXTURES, 'en-partial-mobilization-announced.html')
      .replace(/<meta[^>]+published_time[^>]*>/gi, '')
      .replace(/"datePublished":\s*"[^"]*",?/g, '')
      .replace(/<time[^>]*>[^<]*<\/time>/g, '');
    const dated = (line: string): string => html.replace(/<p>/, `<p>${line}</p><p>`);
    expect(classifyPage(parse(dated('Published 28 September 2022, 10:15')), 'https://news.example/world/story', lexicon).relevant).toBe(true);
    expect(classifyPage(parse(dated('Published March 14, 2022, 10:15')), 'https://news.example/world/story', lexicon).relevant).toBe(false);
    const late = html.replace(/(<p>[^<]*<\/p>)(?![\s\S]*<p>)/, '$1<p>Back on 14 March 2022 few had expected this.</p>');
    expect(late).not.toBe(html);
    expect(classifyPage(parse(late), 'https://news.example/world/story', lexicon).relevant).toBe(true);
  });

  it('lets the head’s own date win over the address', () => {
    const html = readFixture(ARTICLE_FIXTURES, 'en-partial-mobilization-announced.html').replace('<head>', '<head><meta property="article:published_time" content="2022-09-22T08:00:00Z">');
    expect(classifyPage(parse(html), 'https://news.example/archive/2022/03/08/story', lexicon).relevant).toBe(true);
  });
});

describe('classifyPage on copies of something other than a story, at an ordinary address', () => {
  const page = (title: string, paragraphs: string[]): Document =>
    parse(`<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`);

  it('gives no sidebar to a photo agency caption published as a page, though the same words as a short item get one', () => {
    const text = 'Men wait to board a bus outside a recruiting office in St. Petersburg during the partial mobilization, 4 October 2022. Putin ordered the partial mobilization on 21 September; Shoigu, the defense minister, put the number to be called up at 300,000 reservists.';
    const captionPage = classifyPage(page('Men at a recruiting office during the partial mobilization', [`epa12345678 ${text} EPA/IVAN PETROV`]), 'https://www.example.com/news/20221004-men', lexicon);
    expect(captionPage).toMatchObject({ isArticle: false, relevant: false });
    const item = classifyPage(page('Men at a recruiting office during the partial mobilization', [text]), 'https://news.example/world/20221004-recruiting-office', lexicon);
    expect(item).toMatchObject({ isArticle: true, relevant: true });
  });

  it('gives no sidebar to an encyclopedia entry copied with its linked terms’ glossaries spliced in', () => {
    const copy = [
      'On 21 September 2022 Russia declared a partial mobilization of its reservists, a day after the annexation annexation (a Latin word for joining) means taking land from another state ... of four regions was announced. The announcement of the mobilization was seen as an escalation of the war.',
      'Defense minister Sergei Shoigu Sergei Shoigu, born 1955, was a Russian minister for many years and ... said that Russia planned to mobilize 300,000 reservists. Many men fled to Georgia Georgia is a small state south of the Caucasus range ... and to Kazakhstan Kazakhstan is the largest state of Central Asia ... within days.',
    ];
    expect(classifyPage(page('2022 Russian mobilization', copy), 'https://mirror.example/html/all/s/2/2022_russian_mobilization.html', lexicon).relevant).toBe(false);
  });
});
