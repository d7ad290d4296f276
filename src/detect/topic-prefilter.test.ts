// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSeedArticle, SEED_ARTICLES } from '../../demo/seed-page';
import { classifyPage } from './classify-page';
import { readPageMetadata } from './page-metadata';
import { ARTICLE_FIXTURES, PAGE_FIXTURES, fixtureNames, packLexicon, readFixture } from './test-support';
import { packTopicFragments, topicFragments } from './topic-fragments';
import { mightBeAboutTopic, readHeadline, readTopicInput, sameTopicInput } from './topic-prefilter';

const lexicon = packLexicon();
const fragments = packTopicFragments(topicFragments(lexicon.languages));
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const storyUrl = (slug: string) => `https://news.example/2022/09/${slug.replace(/\.html$/, '')}`;

const pages = [
  ...fixtureNames(ARTICLE_FIXTURES).map((name) => ({ name, html: readFixture(ARTICLE_FIXTURES, name) })),
  ...fixtureNames(PAGE_FIXTURES).map((name) => ({ name, html: readFixture(PAGE_FIXTURES, name) })),
  ...SEED_ARTICLES.map((seed) => ({ name: seed.slug, html: renderSeedArticle(seed) })),
];

describe('the topic pre-filter', () => {
  it.each(pages.map((page) => [page.name, page] as const))('reads the headline detection reads on %s', (_, page) => {
    const doc = parse(page.html);
    const metadata = readPageMetadata(doc);
    expect(readHeadline(doc)).toBe(`${metadata.title}\n${metadata.h1}\n${metadata.description}`);
  });

  it.each(pages.map((page) => [page.name, page] as const))('lets %s through whenever detection finds it relevant', (_, page) => {
    const verdict = classifyPage(parse(page.html), storyUrl(page.name), lexicon, { onlyJudgeOnTopicPages: true });
    if (verdict.relevant) expect(mightBeAboutTopic(parse(page.html), fragments)).toBe(true);
  });

  it('lets every seed article and positive test article through', () => {
    const positives = pages.filter((page) => !page.name.startsWith('neg-') && !/^(non-article|other-mobilization|unrelated-news)/.test(page.name));
    expect(positives.length).toBeGreaterThanOrEqual(16);
    for (const page of positives) expect(mightBeAboutTopic(parse(page.html), fragments), page.name).toBe(true);
  });

  it('lets through an exodus, arrival or return story in an added language that names no call-up', () => {
    // Invented headlines: each rests on one exodus phrase of its language and nothing else decisive.
    const headlines: Array<[string, string]> = [
      ['ka', 'რუსეთიდან წასულები თბილისში ბინას ეძებენ'],
      ['kk', 'Ресейден келгендер саны өсті'],
      ['hy', 'Ժամանած ռուսները Երևանում'],
      ['tr', 'Ruslar kaçıyor, İstanbul’da ev kiraları arttı'],
      ['sr', 'Relokanti otvaraju firme u Beogradu'],
      ['fi', 'Suomeen saapuneet venäläiset asettuvat taloksi'],
      ['ro', 'Au fugit din Rusia și au rămas în Georgia'],
      ['cs', 'Uprchlíci z Ruska čekají v Gruzii'],
      ['ja', 'ロシアから出国する男性が増加'],
      ['zh', '俄罗斯人涌入格鲁吉亚'],
    ];
    for (const [lang, headline] of headlines) {
      const html = `<!doctype html><html lang="${lang}"><head><title>${headline}</title></head><body><p>${headline}</p></body></html>`;
      expect(mightBeAboutTopic(parse(html), fragments), lang).toBe(true);
    }
  });

  it('lets through Russians fleeing, Russian refugees and deserters told without a call-up word or a known exodus phrase', () => {
    // Invented headlines: each rests on one such phrase, inflected as the language writes it after a preposition or as an object.
    const headlines: Array<[string, string]> = [
      ['en', 'Russian refugees wait for visas in Tbilisi'],
      ['en', 'Germany weighs asylum for Russian deserters'],
      ['de', 'Russische Flüchtlinge warten in Istanbul auf Visa'],
      ['fr', 'Des Russes fuyant leur pays attendent à la frontière'],
      ['es', 'Refugiados rusos esperan en Tiflis'],
      ['it', 'Rifugiati russi in attesa a Tbilisi'],
      ['pt', 'Russos fugindo do país esperam na fronteira'],
      ['nl', 'Opvang voor Russische politieke vluchtelingen in Tbilisi'],
      ['pl', 'Rozmowa z uciekającymi Rosjanami na granicy'],
      ['pl', 'Rosyjscy dezerterzy proszą o azyl'],
      ['pl', 'Od początku wojny 800 tys. Rosjan wyjechało na Zachód'],
      ['ru', 'С начала войны сотни тысяч россиян уехали в Армению'],
      ['uk', 'Сотні тисяч росіян виїхали до Вірменії'],
      ['tr', 'Rus mülteciler İstanbul’da ev arıyor'],
      ['sr', 'Ruske izbeglice u Beogradu'],
      ['ro', 'Refugiați ruși la granița Georgiei'],
      ['cs', 'Ruští uprchlíci čekají v Gruzii'],
    ];
    for (const [lang, headline] of headlines) {
      const html = `<!doctype html><html lang="${lang}"><head><title>${headline}</title></head><body><p>${headline}</p></body></html>`;
      expect(mightBeAboutTopic(parse(html), fragments), headline).toBe(true);
    }
    // Another nation's refugees stay out: the phrases name the Russians.
    const ukrainians = '<!doctype html><html lang="pl"><head><title>Uchodźcy z Ukrainy w Krakowie</title></head><body><p>Uciekający przed wojną Ukraińcy szukają mieszkań.</p></body></html>';
    expect(mightBeAboutTopic(parse(ukrainians), fragments)).toBe(false);
  });

  it('stops a page that only talks about Russia', () => {
    const html = readFixture(PAGE_FIXTURES, 'unrelated-news.html');
    expect(mightBeAboutTopic(parse(html), fragments)).toBe(false);
  });

  it('reads a page the same until its headline or sample changes, so the content script may reuse a "no" (late-text re-checks)', () => {
    const doc = parse(readFixture(PAGE_FIXTURES, 'unrelated-news.html'));
    const first = readTopicInput(doc);
    expect(mightBeAboutTopic(doc, fragments)).toBe(false);
    // A change outside the headline and the sample (a widget, an ad) reads the same.
    doc.body.append(Object.assign(doc.createElement('div'), { className: 'ad' }));
    expect(sameTopicInput(readTopicInput(doc), first)).toBe(true);
    // Late article text is a new reading, and is judged anew.
    const late = doc.createElement('p');
    late.textContent = 'The partial mobilization announced on 21 September sent thousands of men to the borders.';
    (doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body).append(late);
    expect(sameTopicInput(readTopicInput(doc), first)).toBe(false);
    expect(mightBeAboutTopic(doc, fragments)).toBe(true);
  });

  it('never rejects a generated page that detection finds relevant', () => {
    // Pages assembled from the lexicon's own terms of every role, in every language, placed in
    // the title, headline, description and paragraphs: the pre-filter must be a superset.
    const suffixes = ['', 'a', 'e', 'ii', 'ом', 'ии', 'ой', 'ation', 'en', 'ів'];
    const written = (term: string, suffix: string) => term.replace(/\*/g, suffix);
    let relevant = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lexicon.languages.length - 1 }),
        fc.array(fc.nat(), { minLength: 3, maxLength: 12 }),
        fc.array(fc.constantFrom(...suffixes), { minLength: 12, maxLength: 12 }),
        fc.array(fc.constantFrom('title', 'h1', 'description', 'lead', 'body'), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        (langIndex, picks, suffix, places, withDecisive) => {
          const language = lexicon.languages[langIndex]!;
          const pool = language.terms.filter((term) => withDecisive || (term.role !== 'phrase' && term.role !== 'mobilization'));
          const filler = `${language.markers.join(' ')} `.repeat(3);
          const zones: Record<string, string[]> = { title: [], h1: [], description: [], lead: [], body: [] };
          picks.forEach((pick, i) => {
            // A general mobilization (unlessRussian) said of Russia is call-up evidence too: decisive.
            const nearMisses = language.nearMisses.filter((n) => withDecisive || n.unlessRussian !== true);
            const pool2 = i % 3 === 0 ? nearMisses.map((n) => n.term) : pool.map((t) => t.term);
            const term = pool2[pick % Math.max(1, pool2.length)];
            if (term) zones[places[i]!]!.push(written(term, suffix[i]!));
          });
          // Marker words around every term, in the headline zones too: detection reads title, h1 and
          // description as one text, so two bare terms from different zones ('fled' closing the h1,
          // 'mobilization in ukraine' opening the description) would make a call-up phrase no zone holds.
          const spaced = (words: string[]) => `${filler}${words.join(` ${filler}`)} ${filler}`;
          const paragraph = (words: string[]) => `<p>${spaced(words)}</p>`;
          const html = `<!doctype html><html lang="${language.lang}"><head><title>${spaced(zones.title!)}</title>
<meta name="description" content="${spaced(zones.description!)}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article><h1>${spaced(zones.h1!)}</h1>
${paragraph(zones.lead!)}${paragraph([])}${paragraph(zones.body!)}${paragraph([])}</article></body></html>`;
          const verdict = classifyPage(parse(html), storyUrl('mobilization-report'), lexicon, { onlyJudgeOnTopicPages: true });
          if (!verdict.relevant) return;
          relevant += 1;
          expect(withDecisive).toBe(true);
          expect(mightBeAboutTopic(parse(html), fragments)).toBe(true);
        },
      ),
      { numRuns: 1000, seed: 20221121 },
    );
    // The property means something only if many generated pages were relevant.
    expect(relevant).toBeGreaterThan(30);
  }, 60_000);
});
