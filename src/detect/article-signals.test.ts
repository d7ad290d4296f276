// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  declaresNonArticle,
  looksEncyclopedic,
  looksLikeAggregator,
  looksLikeDocsOrCode,
  looksLikeHowTo,
  looksLikeProduct,
  looksLikeThread,
  readPageStructure,
} from './article-signals';
import { classifyPage } from './classify-page';
import { readPageMetadata } from './page-metadata';
import { packLexicon } from './test-support';

const lexicon = packLexicon();

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const PARAGRAPH =
  'The council met on Tuesday evening to discuss the new budget, and members spoke at length about roads, schools, water pipes and the state of the old library building in the town centre.';
const body = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${i}. ${PARAGRAPH}</p>`).join('\n');

function page(head: string, content: string): string {
  return `<html lang="en"><head><title>Some page title here</title>${head}</head><body>${content}</body></html>`;
}

/** One dated news story with a byline: the control that every rule must leave alone. */
const NEWS_HEAD = '<meta property="og:type" content="article"><meta property="article:published_time" content="2023-05-02T10:00:00Z"><meta name="author" content="A. Reporter">';
const STORY_URL = 'https://news.example/2023/05/02/council-debates-budget-for-roads';

function isArticle(html: string, url = 'https://site.example/some/page-about-things'): boolean {
  return classifyPage(parse(html), url, lexicon).isArticle;
}

describe('control', () => {
  it('keeps a dated news story an article', () => {
    expect(isArticle(page(NEWS_HEAD, `<article><h1>Council debates budget</h1>${body(8)}</article>`), STORY_URL)).toBe(true);
  });

  it('keeps a dated story with a reader comment section an article', () => {
    const comments = Array.from(
      { length: 12 },
      (_, i) => `<div class="comment"><a href="/users/reader${i}">reader${i}</a><p>I agree with this, well said.</p></div>`,
    ).join('');
    expect(isArticle(page(NEWS_HEAD, `<article><h1>Council debates budget</h1>${body(8)}</article><section>${comments}</section>`), STORY_URL)).toBe(true);
  });

  it('keeps a story whose og:type is the default "website" an article when the text is long', () => {
    const head = '<meta property="og:type" content="website"><meta property="article:published_time" content="2023-05-02">';
    expect(isArticle(page(head, `<article><h1>Council debates budget</h1>${body(8)}</article>`), STORY_URL)).toBe(true);
  });
});

describe('copies of encyclopedia entries', () => {
  it('counts footnote marks printed in an undated text against article-ness', () => {
    const cited = Array.from({ length: 8 }, (_, i) => `<p>${PARAGRAPH} [${i + 1}]</p>`).join('\n');
    expect(isArticle(page('', `<article><h1>Mobilization of 2022</h1>${cited}</article>`))).toBe(false);
    expect(isArticle(page(NEWS_HEAD, `<article><h1>Council debates budget</h1>${cited}</article>`), STORY_URL)).toBe(true);
  });
});

describe('one-word addresses', () => {
  it('keeps a story whose address is one word an article when the page holds one story', () => {
    expect(isArticle(page(NEWS_HEAD, `<article><h1>Relocants in Georgia</h1>${body(6)}</article>`), 'https://agency.example/relokanty')).toBe(true);
  });

  it('counts a one-word address against a page of teasers, as a section front', () => {
    const teasersHtml = Array.from({ length: 12 }, (_, i) => `<article><h2><a href="/story-${i}-about-things">Story number ${i} about the council and its budget plans</a></h2><p>Short teaser.</p></article>`).join('');
    expect(isArticle(page('', teasersHtml), 'https://site.example/opinion')).toBe(false);
  });
});

describe('declared non-article types', () => {
  it.each(['SoftwareSourceCode', 'HowTo', 'Book'])('%s in JSON-LD with no article type stops at the metadata', (type) => {
    const head = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"x"}</script>`;
    const verdict = classifyPage(parse(page(head, body(8))), 'https://site.example/some/page-about-things', lexicon);
    expect(verdict).toMatchObject({ isArticle: false, stage: 'metadata' });
  });

  it.each(['object', 'image'])('og:type %s declares a non-article', (ogType) => {
    expect(declaresNonArticle(readPageMetadata(parse(page(`<meta property="og:type" content="${ogType}">`, ''))))).toBe(true);
  });

  it('a Review is an article type, so a typed review is not declared a non-article', () => {
    const head = '<script type="application/ld+json">{"@type":"Review","itemReviewed":{"@type":"Book","name":"x"}}</script>';
    expect(declaresNonArticle(readPageMetadata(parse(page(head, ''))))).toBe(false);
  });
});

describe('encyclopedia structure', () => {
  const sections = Array.from(
    { length: 6 },
    (_, i) => `<h2>Section ${i}<span class="mw-editsection">[edit]</span></h2>${body(2).replace('</p>', `<sup class="reference"><a href="#cite_note-${i}">[${i}]</a></sup></p>`)}`,
  ).join('');
  const entry = `<h1>Riverton</h1><table class="infobox"><tr><td>Population</td><td>12,000</td></tr></table>
    <div id="toc" class="toc"><h2>Contents</h2><ul><li>History</li></ul></div>${sections}`;

  it('rejects an undated entry with a table of contents, infobox and citations', () => {
    const doc = parse(page('<script type="application/ld+json">{"@type":"Article","name":"Riverton"}</script>', entry));
    expect(looksEncyclopedic(readPageStructure(doc), readPageMetadata(doc))).toBe(true);
    expect(isArticle(page('<script type="application/ld+json">{"@type":"Article","name":"Riverton"}</script>', entry))).toBe(false);
  });

  it('leaves a dated explainer with a table of contents alone', () => {
    const doc = parse(page(NEWS_HEAD, entry));
    expect(looksEncyclopedic(readPageStructure(doc), readPageMetadata(doc))).toBe(false);
  });
});

describe('forum and comment-thread structure', () => {
  const thread = (n: number): string =>
    `<h1>What is the best thing you ever bought?</h1><p>${PARAGRAPH}</p>` +
    Array.from(
      { length: n },
      (_, i) =>
        `<div class="Comment"><a href="/user/poster${i}">poster${i}</a><button class="voteButton">up</button><p>${PARAGRAPH} ${i}</p></div>`,
    ).join('');

  it('rejects an undated thread of many poster-tagged replies', () => {
    const html = page('', thread(15));
    const doc = parse(html);
    expect(looksLikeThread(readPageStructure(doc))).toBe(true);
    expect(isArticle(html)).toBe(false);
  });

  it('needs many repeated blocks: three replies are not a thread', () => {
    expect(looksLikeThread(readPageStructure(parse(page('', thread(3)))))).toBe(false);
  });
});

describe('product markup', () => {
  const product = `<h1>Blue kettle 1.7 l</h1><div class="product-price">€39.90</div><div class="price-old">€49.90</div>
    <form action="/cart/add"><button>Add to cart</button></form>${body(6)}`;

  it('rejects an undated page with prices and a cart control', () => {
    const doc = parse(page('', product));
    expect(looksLikeProduct(readPageStructure(doc), readPageMetadata(doc))).toBe(true);
    expect(isArticle(page('', product))).toBe(false);
  });

  it('does not fire on prices alone (a dated deals story)', () => {
    const doc = parse(page(NEWS_HEAD, `<article>${body(6)}<table><tr><td class="price">$1,349</td><td class="price">$1,649</td></tr></table></article>`));
    expect(looksLikeProduct(readPageStructure(doc), readPageMetadata(doc))).toBe(false);
  });
});

describe('how-to structure', () => {
  it('rejects a page of instruction steps even when it claims to be an Article', () => {
    const steps = Array.from({ length: 6 }, (_, i) => `<div class="mod step"><h3>Step ${i + 1}</h3><p>${PARAGRAPH}</p></div>`).join('');
    const head = `${NEWS_HEAD}<script type="application/ld+json">{"@type":"Article"}</script>`;
    const html = page(head, `<h1>How to build a terrarium</h1>${steps}`);
    expect(looksLikeHowTo(readPageStructure(parse(html)))).toBe(true);
    expect(isArticle(html, 'https://howto.example/how-to-build-a-terrarium')).toBe(false);
  });
});

describe('documentation and code-hosting layouts', () => {
  it('rejects undated generated documentation with section permalinks', () => {
    const sections = Array.from({ length: 4 }, (_, i) => `<h2>Topic ${i}<a class="headerlink" href="#t${i}">¶</a></h2>${body(2)}<pre>$ tool run ${i}</pre>`).join('');
    const html = page('', `<h1>Sharing changes</h1>${sections}`);
    const doc = parse(html);
    expect(looksLikeDocsOrCode(readPageStructure(doc), readPageMetadata(doc))).toBe(true);
    expect(isArticle(html)).toBe(false);
  });

  it('rejects a repository page that announces a go-import path', () => {
    const html = page('<meta name="go-import" content="forge.example/alice/tool git https://forge.example/alice/tool.git">', `<h1>tool</h1><article class="markdown-body">${body(5)}</article>`);
    expect(isArticle(html, 'https://forge.example/alice/tool')).toBe(false);
  });
});

describe('linkedom', () => {
  it('reads the same structure as happy-dom', () => {
    const html = page(
      '<meta name="go-import" content="x git y">',
      '<div id="toc" class="toc"></div><sup class="reference">1</sup><div class="comment"><a href="/user/a">a</a></div><span class="price">1</span><a class="cart">c</a><div class="step"></div><a class="headerlink">¶</a>',
    );
    const fromLinkedom = readPageStructure(parseHTML(html).document as unknown as Document);
    expect(fromLinkedom).toEqual(readPageStructure(parse(html)));
    expect(fromLinkedom).toMatchObject({ wikiApparatus: 1, citations: 1, commentBlocks: 1, prices: 1, steps: 1, docAnchors: 1, repositoryMarks: 1 });
  });
});

describe('short news items', () => {
  const WIRE = '<p>MOSCOW (wire) – The ministry said on Tuesday that the plan had been approved. Officials gave no further details.</p>';
  const NAV = Array.from({ length: 40 }, (_, i) => `<a href="/section-${i}">Section number ${i}</a>`).join(' ');

  it('counts a two-sentence item as an article when the metadata says so', () => {
    expect(isArticle(page(NEWS_HEAD, `<nav>${NAV}</nav><article><h1>Plan approved</h1>${WIRE}</article>`), STORY_URL)).toBe(true);
  });

  it('counts a bare page of a few sentences of prose as an article', () => {
    expect(isArticle(page('', `<main><article><h1>Plan approved</h1>${WIRE}</article></main>`), STORY_URL)).toBe(true);
  });

  it('does not count a short text among navigation without article metadata', () => {
    expect(isArticle(page('', `<nav>${NAV}</nav><main><h1>Plan approved</h1>${WIRE}</main>`), STORY_URL)).toBe(false);
  });

  it('reads the Armenian full stop as a sentence end', () => {
    const item = '<p>Վրաստանում բնակվող Ռուսաստանի քաղաքացիները բողոքի ակցիա են անցկացրել խորհրդարանի դիմաց։ Նրանք բողոքել են զորահավաքի դեմ։</p>';
    expect(isArticle(page('', `<main><article><h1>Ակցիա</h1>${item}</article></main>`), STORY_URL)).toBe(true);
  });

  it('does not count text without a sentence', () => {
    expect(isArticle(page(NEWS_HEAD, '<article><h1>Plan</h1><p>Contact us · Imprint · Privacy policy · Terms of use · Cookie settings · Careers</p></article>'), STORY_URL)).toBe(false);
  });
});

describe('address shapes', () => {
  // No metadata: the address has the deciding vote.
  const story = page('', `<article><h1>Heading</h1>${body(6)}</article>`);
  it('takes encyclopedia, keyword and forum addresses for what they are', () => {
    expect(isArticle(story, 'https://mirror.example/wiki/2022_Russian_mobilization')).toBe(false);
    expect(isArticle(story, 'https://board.example/showthread.php?p=11333850')).toBe(false);
    expect(isArticle(story, 'https://board.example/threads/why-they-left.17488')).toBe(false);
  });
  it('keeps a dated story under a books section, and a numbered post under a news section', () => {
    expect(isArticle(story, 'https://paper.example/2022/09/21/books/review/a-novel-of-exile.html')).toBe(true);
    expect(isArticle(story, 'https://site.example/news/?p=2678505')).toBe(true);
  });
});

describe('link aggregators and mirrors', () => {
  const headlines = (hostFor: (i: number) => string): string =>
    `<ul>${Array.from({ length: 14 }, (_, i) => `<li><a href="https://${hostFor(i)}/story/${i}">Headline number ${i} about the council and its new budget plan</a></li>`).join('')}</ul>`;
  const undatedHead = '<meta property="og:type" content="article">';

  it('takes headlines linking to many other sites, with no byline, for an aggregator, not an article', () => {
    const html = page(undatedHead, `<article><h1>Council debates budget</h1>${body(6)}${headlines((i) => `outlet${i}.example`)}</article>`);
    const doc = parse(html);
    expect(looksLikeAggregator(readPageStructure(doc, 'mirror.example'), readPageMetadata(doc))).toBe(true);
    expect(isArticle(html, 'https://mirror.example/news/council-debates-budget-for-roads')).toBe(false);
  });

  it('leaves a story alone whose headlines link to its own site, or that has a byline', () => {
    const own = page(undatedHead, `<article><h1>Council debates budget</h1>${body(6)}${headlines((i) => `www${i % 2 ? '' : '2'}.news.example`)}</article>`);
    expect(isArticle(own, 'https://news.example/2023/05/02/council-debates-budget-for-roads')).toBe(true);
    const bylined = page(NEWS_HEAD, `<article><h1>Council debates budget</h1>${body(6)}${headlines((i) => `outlet${i}.example`)}</article>`);
    expect(isArticle(bylined, STORY_URL)).toBe(true);
  });

  it('takes a text that stacks several agency leads, each with its dateline, for a mirror', () => {
    const lead = (city: string): string => `<p>${city} (Reuters) - ${PARAGRAPH} ${PARAGRAPH}</p>`;
    const html = page(undatedHead, `<article><h1>Council debates budget</h1>${lead('BERLIN')}${body(3)}${lead('PARIS')}${body(3)}</article>`);
    expect(isArticle(html, 'https://mirror.example/news/council-debates-budget-for-roads')).toBe(false);
    const single = page(undatedHead, `<article><h1>Council debates budget</h1>${lead('BERLIN')}${body(6)}</article>`);
    expect(isArticle(single, 'https://news.example/news/council-debates-budget-for-roads')).toBe(true);
  });
});
