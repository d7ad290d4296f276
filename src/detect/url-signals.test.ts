import { describe, expect, it } from 'vitest';
import { inspectUrl, isCandidateUrl } from './url-signals';

describe('inspectUrl', () => {
  it('recognises pages that are never one article', () => {
    expect(inspectUrl('https://news.example/').kind).toBe('home');
    expect(inspectUrl('https://news.example/en/').kind).toBe('home');
    expect(inspectUrl('https://news.example/search?q=draft').kind).toBe('search');
    expect(inspectUrl('https://palermolive.example/tag/riservisti-russi/amp').kind).toBe('listing');
    expect(inspectUrl('https://news.example/world/').kind).toBe('listing');
    expect(inspectUrl('chrome://extensions').kind).toBe('not-web');
  });

  it('recognises a day’s page as a listing, not a story', () => {
    expect(inspectUrl('https://bookmarks.example/someone/20220921').kind).toBe('listing');
    expect(inspectUrl('https://news.example/2022/09/21/').kind).toBe('listing');
    expect(inspectUrl('https://news.example/2022/9/21/headlines').kind).not.toBe('listing');
    // Dates are read once (path-date.ts): a day's page whether its date is one segment or three.
    expect(inspectUrl('https://news.example/archive/2022-09-21').kind).toBe('listing');
    expect(inspectUrl('https://news.example/2022/9/21/').kind).toBe('listing');
    expect(inspectUrl('https://blog.example/2023/5/').kind).toBe('listing');
    expect(inspectUrl('https://news.example/2023/13/').kind).not.toBe('listing');
    expect(inspectUrl('https://news.example/news/2022092112345').kind).toBe('story');
  });

  it('recognises a month’s or a year’s archive as a listing, and keeps stories under a dated path', () => {
    expect(inspectUrl('https://travelblog.example/2023/05/').kind).toBe('listing');
    expect(inspectUrl('https://travelblog.example/en/2024/11').kind).toBe('listing');
    expect(inspectUrl('https://travelblog.example/2023/').kind).toBe('listing');
    expect(inspectUrl('https://travelblog.example/2023/05/young-men-arrive-in-almaty').kind).toBe('story');
  });

  it('recognises mirrors of encyclopedia entries by their title-as-address', () => {
    expect(inspectUrl(`https://mirror.example/ja/${encodeURIComponent('2022年のロシアの動員')}`).kind).toBe('reference');
    expect(inspectUrl(`https://mirror.example/${encodeURIComponent('Мобилизация_в_России_(2022)')}`).kind).toBe('reference');
    // The encyclopedia's own title style, capitals and underscores, under one folder at most.
    expect(inspectUrl('https://mirror.example/article/Mobilisation_russe_de_2022').kind).toBe('reference');
    expect(inspectUrl(`https://mirror.example/${encodeURIComponent('2022年のロシア動員')}/2022_Russian_mobilization`).kind).toBe('reference');
    expect(inspectUrl('https://news.example/world/2022/09/21/putin_orders_partial_mobilization').kind).not.toBe('reference');
    expect(inspectUrl('https://news.example/arthro/anabrasmos_sti_rosia_meta_to_diaggelma-863831/').kind).not.toBe('reference');
    // A newsroom's address in its own script, or an ASCII slug, stays a story or an unknown page.
    expect(inspectUrl(`https://news.example/politics/${encodeURIComponent('мобилизация-в-россии')}`).kind).not.toBe('reference');
    expect(inspectUrl(`https://news.example/${encodeURIComponent('俄罗斯宣布部分动员')}`).kind).not.toBe('reference');
    expect(inspectUrl('https://news.example/en/russia-partial-mobilization-explained').kind).toBe('story');
  });

  it('keeps story addresses even inside sections and archives', () => {
    expect(inspectUrl('https://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-guilty').kind).toBe('story');
    expect(inspectUrl('https://www.theatlantic.com/technology/archive/2016/09/why-new-yorkers-got-an-alert/500591/').kind).toBe('story');
    expect(inspectUrl('https://blog.example/?p=123').kind).toBe('other');
    expect(inspectUrl('https://tv.example/video/2022/09/reservists-say-goodbye-1234567').kind).toBe('media');
    // A host that serves only recordings: every page is an episode, however story-like its slug.
    expect(inspectUrl('https://podcasts.example.fr/war-in-ukraine-abc123/report-deserters-in-istanbul-def456').kind).toBe('media');
    expect(inspectUrl('https://video.example.com/2022/09/men-queue-at-the-border').kind).toBe('media');
    expect(inspectUrl('https://www.podcastnews.example/2022/09/men-queue-at-the-border').kind).not.toBe('media');
  });

  it('exposes a DOM-free pre-check for the content script', () => {
    expect(isCandidateUrl('https://news.example/2022/09/21/putin-partial-mobilization')).toBe(true);
    expect(isCandidateUrl('https://news.example/')).toBe(false);
    expect(isCandidateUrl('about:blank')).toBe(false);
  });
});

describe('inspectUrl, reference and forum pages', () => {
  it('recognises encyclopedia, keyword and book pages and forum threads', () => {
    expect(inspectUrl('https://ja.wikipedia.example/wiki/2022%E5%B9%B4').kind).toBe('reference');
    expect(inspectUrl('https://d.hatena.example/keyword/%E5%8B%95%E5%93%A1').kind).toBe('reference');
    expect(inspectUrl('https://library.example/books/mobilization-law/p/40').kind).toBe('reference');
    expect(inspectUrl('https://forum.example/showthread.php?p=1').kind).toBe('forum');
    expect(inspectUrl('https://5ch.example/test/read.cgi/news/1703554680/1').kind).toBe('forum');
    expect(inspectUrl('https://board.example/heimatforum/index.php?page=Thread&threadID=6221').kind).toBe('forum');
  });
  it('reads link-sharing entries as threads around another site\'s story, and bookmark pages as lists of links', () => {
    expect(inspectUrl('https://links.example/link/1234567/protests-against-the-call-up-in-the-south/').kind).toBe('forum');
    expect(inspectUrl('https://bookmarks.example/shaare/Ab12Cd').kind).toBe('forum');
    expect(inspectUrl('https://bookmarks.example/someone/?url=https%3A%2F%2Fnews.example%2F').kind).toBe('listing');
    // A story whose slug merely contains the word, or a link hub with no entry id, is not one.
    expect(inspectUrl('https://news.example/2022/09/25/missing-link-between-call-up-and-exodus').kind).toBe('story');
    expect(inspectUrl('https://links.example/pl/link/1234567/protests-against-the-call-up/').kind).toBe('forum');
    // A news site's own story under a "link" section, or carrying a sharing widget's url= parameter.
    expect(inspectUrl('https://news.example/world/link/1234567/protests-against-the-call-up/').kind).not.toBe('forum');
    expect(inspectUrl('https://news.example/2022/09/25/protests-against-the-call-up?utm_source=share&url=https%3A%2F%2Fnews.example%2F').kind).toBe('story');
    expect(inspectUrl('https://board.example/index.php?topic=4521.0').kind).toBe('forum');
    expect(inspectUrl('https://paper.example/index.php?page=2&id=4521').kind).toBe('other');
  });
  it('keeps dated stories under a books section and numbered posts under a news section', () => {
    expect(inspectUrl('https://paper.example/2022/09/21/books/review/exile.html').kind).toBe('story');
    expect(inspectUrl('https://site.example/news/?p=2678505').kind).toBe('other');
    expect(inspectUrl('https://site.example/news/').kind).toBe('listing');
  });
  it('reads an item number in the query as one story, even under a day archive, but not a category or page number', () => {
    expect(inspectUrl('https://paper.example/news/2022/09/21/?newsid=148373').kind).toBe('other');
    expect(inspectUrl('https://portal.example/press/detail.php?ELEMENT_ID=5512').kind).toBe('other');
    expect(inspectUrl('https://paper.example/news/2022/09/21/?page=2').kind).toBe('listing');
    expect(inspectUrl('https://paper.example/news/2022/09/21/?catid=5').kind).toBe('listing');
  });

  it('leaves a one-word address to the page: a section front on most sites, a story on some', () => {
    expect(inspectUrl('https://agency.example/relokanty').kind).toBe('section');
    expect(inspectUrl('https://news.example/opinion/').kind).toBe('section');
    expect(isCandidateUrl('https://agency.example/relokanty')).toBe(true);
    // Known section words stay listings.
    expect(inspectUrl('https://news.example/politics').kind).toBe('listing');
  });
});

describe('listing addresses in the words of every language', () => {
  it('recognises tag, topic, category and author pages whatever the language', () => {
    for (const url of [
      'https://diario.example/autores/nombre-apellido/5',
      'https://giornale.example/autori/nome_cognome/',
      'https://zeitung.example/autoren/vorname-nachname',
      'https://journal.example/auteurs/prenom-nom',
      'https://gazeta.example/autorzy/imie-nazwisko',
      'https://gazeta.example/tagi/mobilizacja',
      'https://krant.example/onderwerp/mobilisatie',
      'https://jornal.example/assuntos/russia',
      'https://gazete.example/yazarlar/ad-soyad',
      'https://tv.example/temas/elecciones/',
    ]) expect(inspectUrl(url).kind, url).toBe('listing');
  });

  it('keeps stories filed under a topic with their own id', () => {
    expect(inspectUrl('https://zeitung.example/thema/mobilmachung/story-slug-12345678.html').kind).toBe('story');
  });

  it('keeps a story filed deep in a topic tree with its id as a segment before its slug', () => {
    expect(inspectUrl('https://agentur.example/themen/europa/laenderprofile/512345/auswanderung-aus-russland-nach-serbien').kind).toBe('story');
    expect(inspectUrl('https://portal.example/temas/migracion/perfiles/883311/los-rusos-que-llegaron-a-georgia').kind).toBe('story');
    // A tag's own id right after the topic word, or a short slug, is still a listing.
    expect(inspectUrl('https://portal.example/topics/55821/russia-ukraine-war').kind).toBe('listing');
    expect(inspectUrl('https://agentur.example/themen/europa/512345/russland').kind).toBe('listing');
    expect(inspectUrl('https://agentur.example/themen/migration-aus-russland').kind).toBe('listing');
  });
});

describe('author addresses', () => {
  it('keeps a story filed under its author', () => {
    expect(inspectUrl('https://wochenzeitung.example/autoren/redaktion/die-fluchtrouten-sind-riskant').kind).not.toBe('listing');
    expect(inspectUrl('https://wochenzeitung.example/autoren/redaktion').kind).toBe('listing');
  });
});

describe('inspectUrl, pages about another address (s7 after test17)', () => {
  it('reads a query carrying another web address as a list of links, in any language', () => {
    expect(inspectUrl('https://bookmarks.example/someuser/?url=http%3A%2F%2Fwww.agency.example%2F').kind).toBe('listing');
    expect(inspectUrl('https://share.example/sharer.php?u=https://news.example/2022/09/21/call-up').kind).toBe('listing');
    expect(inspectUrl('https://links.example/entry?link=www.news.example/story').kind).toBe('listing');
  });

  it('keeps stories whose query only tracks the visit or numbers the item', () => {
    expect(inspectUrl('https://news.example/2022/09/21/call-up-announced?utm_source=rss&utm_medium=rss').kind).toBe('story');
    expect(inspectUrl('https://news.example/world/russia-mobilisation-exodus-georgia?u=123').kind).toBe('story');
  });
});
