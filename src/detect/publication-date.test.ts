import { describe, expect, it } from 'vitest';
import { datelinePublicationDate, publishedBefore, urlPublicationDate } from './publication-date';

describe('publishedBefore', () => {
  const since = '2022-09-21';

  it('is true for a date before the first day, with or without a time', () => {
    expect(publishedBefore('2022-03-05', since)).toBe(true);
    expect(publishedBefore('2022-09-20T23:10:00+03:00', since)).toBe(true);
    expect(publishedBefore('2022-06', since)).toBe(true);
  });

  it('is false on and after the first day, and for the month of the first day when no day is given', () => {
    expect(publishedBefore('2022-09-21T06:00:00Z', since)).toBe(false);
    expect(publishedBefore('2023-01-10', since)).toBe(false);
    expect(publishedBefore('2022-09', since)).toBe(false);
  });

  it('never hides a page whose date it cannot read', () => {
    expect(publishedBefore('', since)).toBe(false);
    expect(publishedBefore('Mittwoch, 21. September 2022', since)).toBe(false);
    expect(publishedBefore('2022-13-01', since)).toBe(false);
    expect(publishedBefore('0001-01-01', since)).toBe(false);
  });
});

describe('urlPublicationDate', () => {
  it('reads the creation time of a record id ending the address, in hex or URL-safe base64', () => {
    // 0x62300000 is 2022-03-15T02:54:56Z; the same four bytes open both forms.
    expect(urlPublicationDate('https://blogs.example/a/623000001a2b3c4d5e6f7a8b')).toBe('2022-03-15');
    expect(urlPublicationDate('https://blogs.example/a/YjAAABorPE1eb3qL')).toBe('2022-03-15');
    // Hex without letters, a base64 token of one case, other lengths, or a time outside 2014–2026: no date.
    expect(urlPublicationDate('https://blogs.example/a/623000001234567890123456')).toBe('');
    expect(urlPublicationDate('https://blogs.example/a/abcdefghijklmnop')).toBe('');
    expect(urlPublicationDate('https://blogs.example/a/YjAAABorPE1eb3q')).toBe('');
    expect(urlPublicationDate('https://blogs.example/a/ffffffff1a2b3c4d5e6f7a8b')).toBe('');
  });

  it('reads a base64 token as a record id only after a segment naming a post', () => {
    expect(urlPublicationDate('https://blogs.example/p/YjAAABorPE1eb3qL')).toBe('2022-03-15');
    expect(urlPublicationDate('https://blogs.example/post/YjAAABorPE1eb3qL/')).toBe('2022-03-15');
    // The same token as a share code, a section's story token or the whole path: no date, since a
    // random one decodes into 2014–2022 often enough to hide a call-up story's sidebar.
    expect(urlPublicationDate('https://news.example/s/YjAAABorPE1eb3qL')).toBe('');
    expect(urlPublicationDate('https://news.example/world/YjAAABorPE1eb3qL')).toBe('');
    expect(urlPublicationDate('https://news.example/YjAAABorPE1eb3qL')).toBe('');
    // The hex form names itself by its length and alphabet, wherever it stands.
    expect(urlPublicationDate('https://news.example/politics/633bcdb09a7947898eeaa52c')).toBe('2022-10-04');
  });

  it('reads the dates news sites write into their paths', () => {
    expect(urlPublicationDate('https://www.example.es/actualidad/internacional/2022/03/08/1708001/directo.html')).toBe('2022-03-08');
    expect(urlPublicationDate('https://news.example/world/2022/09/')).toBe('2022-09');
    // Months and days without their zero, as the address's kind has always been read (url-signals.ts).
    expect(urlPublicationDate('https://news.example/2022/3/8/live-updates')).toBe('2022-03-08');
    expect(urlPublicationDate('https://news.example/news/2024-03-01/putin-calls-reservists.html')).toBe('2024-03-01');
    expect(urlPublicationDate('https://news.example/2022/09/21-putin-calls-reservists')).toBe('2022-09');
    expect(urlPublicationDate('https://agency.example/20220326/1040321092.html')).toBe('2022-03-26');
  });

  it('reads no date from ids, query strings or numbers that only look like one', () => {
    expect(urlPublicationDate('https://news.example/story/2022110163613809b70354000168b980.html')).toBe('');
    expect(urlPublicationDate('https://news.example/a/202203270002.aspx')).toBe('');
    expect(urlPublicationDate('https://news.example/story?date=2022-03-08')).toBe('');
    expect(urlPublicationDate('https://news.example/2022/13/40/')).toBe('');
  });

  it("reads a compact stamp glued to a site's id letters at the slug's end, only as a real day of 2014-2026", () => {
    expect(urlPublicationDate('https://news.example/mundo/los-rusos-se-van-nid14032022/')).toBe('2022-03-14');
    expect(urlPublicationDate('https://news.example/agencias/rusia-recluta-nid05112025/')).toBe('2025-11-05');
    expect(urlPublicationDate('https://news.example/world/russians-leave-a20220308.html')).toBe('2022-03-08');
    expect(urlPublicationDate('https://news.example/world/story-nid31022022/')).toBe('');
    expect(urlPublicationDate('https://news.example/world/story-nid14031999/')).toBe('');
    expect(urlPublicationDate('https://news.example/world/story-art66127589')).toBe('');
    expect(urlPublicationDate('https://news.example/nid14032022/russians-leave')).toBe('');
  });

  it('reads only whole segments, never a date inside a slug or a file name', () => {
    expect(urlPublicationDate('https://news.example/world/a-year-after-2022-02-24-russia-calls-up-reservists')).toBe('');
    expect(urlPublicationDate('https://news.example/news/2024-03-01-putin-calls-reservists.html')).toBe('');
    expect(urlPublicationDate('https://news.example/news/story-20220224-anniversary')).toBe('');
    expect(urlPublicationDate('https://news.example/news/2022-0224/story')).toBe('');
    expect(urlPublicationDate('https://news.example/archive/2022/story-03/08')).toBe('');
    expect(urlPublicationDate('not a url')).toBe('');
  });
});

describe('datelinePublicationDate', () => {
  it('reads the numeric date a byline or dateline prints in the first lines', () => {
    expect(datelinePublicationDate('Yayın tarihi 14.03.2022, saat 09:05\nRuslar İstanbul’a geldi.')).toBe('2022-03-14');
    expect(datelinePublicationDate('Опубликовано 3.10.2022, 09:15\nМужчины уезжают из страны.')).toBe('2022-10-03');
    expect(datelinePublicationDate('Veröffentlicht am 2022-09-28\nTausende Männer verlassen das Land.')).toBe('2022-09-28');
  });

  it('takes the latest of several, so a recalled day in the lead never dates the page', () => {
    expect(datelinePublicationDate('Since 24.02.2022 the war has changed everything. Posted 05.10.2022.')).toBe('2022-10-05');
    expect(datelinePublicationDate('2022-02-24 was the first day of the war; this page was updated 2023-01-12.')).toBe('2023-01-12');
  });

  it('reads a slash date glued to a word by each reading that is a real day, the latest winning', () => {
    expect(datelinePublicationDate('REPORTAJE21/03/2022\nRusos llegan a Ereván.')).toBe('2022-03-21');
    expect(datelinePublicationDate('Posted 03/14/2022 by the desk')).toBe('2022-03-14');
    expect(datelinePublicationDate('Опубликовано 04/10/2022\nМужчины уезжают.')).toBe('2022-10-04');
    expect(datelinePublicationDate('Dated 13/13/2022 by mistake')).toBe('');
  });

  it('reads a dateline with its month spelled out, in many languages and their inflected forms', () => {
    const datelines: Array<[string, string]> = [
      ['Published 21 September 2022, 10:04\nThousands queue at the border.', '2022-09-21'],
      ['March 4, 2022 — Men pack their bags.', '2022-03-04'],
      ['Sept. 30 2022 | Desk report', '2022-09-30'],
      ['Updated 4 May 2022\nA story about exile.', '2022-05-04'],
      ['Москва, 21 марта 2022 г. Мужчины уезжают.', '2022-03-21'],
      ['Опубликовано 21-го сентября 2022 года', '2022-09-21'],
      ['Київ, 12 березня 2022 року. Чоловіки виїжджають.', '2022-03-12'],
      ['Stand: 21. März 2022, 10:04 Uhr\nViele Männer gehen.', '2022-03-21'],
      ['Publié le 1er mars 2022 à 09h15', '2022-03-01'],
      ['Madrid, 04 junio 2022. Los hombres se van.', '2022-06-04'],
      ['Publicado el 4 de junio de 2022', '2022-06-04'],
      ['Roma, 12 aprile 2022 - Gli uomini partono.', '2022-04-12'],
      ['Lisboa, 15 de março de 2022', '2022-03-15'],
      ['Warszawa, 21 marca 2022 r. Mężczyźni wyjeżdżają.', '2022-03-21'],
      ['Amsterdam, 8 maart 2022 — Mannen vertrekken.', '2022-03-08'],
      ['İstanbul, 21 Eylül 2022 Çarşamba 10:30', '2022-09-21'],
      ['Praha, 21. března 2022', '2022-03-21'],
      ['București, 3 martie 2022', '2022-03-03'],
      ['Helsinki 4. maaliskuuta 2022', '2022-03-04'],
      ['Београд, 21. марта 2022. године', '2022-03-21'],
      ['Beograd, 21. marta 2022.', '2022-03-21'],
    ];
    for (const [text, date] of datelines) expect(datelinePublicationDate(text), text).toBe(date);
  });

  it('keeps the latest of spelled-out and numeric dates, so a day recalled in the lead never dates the page', () => {
    expect(datelinePublicationDate('On 24 February 2022 the war began. Posted 5 October 2022.')).toBe('2022-10-05');
    expect(datelinePublicationDate('Опубликовано 03.10.2022. С 21 сентября 2022 г. мужчины уезжают.')).toBe('2022-10-03');
    expect(datelinePublicationDate('12 marca 2022 r. Od 24 lutego 2022 r. trwa wojna.')).toBe('2022-03-12');
  });

  it('reads no spelled-out date that the story’s prose recalls, only one that stands as a dateline', () => {
    expect(datelinePublicationDate('On 24 February 2022 Russia invaded its neighbour.')).toBe('');
    expect(datelinePublicationDate('Since 24 February 2022, the war has changed everything.')).toBe('');
    expect(datelinePublicationDate('С 24 февраля 2022 года мужчины уезжают.')).toBe('');
    expect(datelinePublicationDate('Seit dem 24. Februar 2022 verlassen Männer das Land.')).toBe('');
    expect(datelinePublicationDate('Desde el 24 de febrero de 2022 los hombres se van.')).toBe('');
    expect(datelinePublicationDate('On 24 February 2022 Russia invaded.\nUpdated 4 October 2022 | 10:15')).toBe('2022-10-04');
  });

  it('reads the dot between a year and its word as the ordinal mark, not a sentence end', () => {
    expect(datelinePublicationDate('Нови талас руске емиграције настао је после 24. фебруара 2022. године, и траје.')).toBe('');
    expect(datelinePublicationDate('Talas je nastao posle 24. februara 2022. godine, kada je počeo rat.')).toBe('');
    // A dateline keeps its word and what follows it decides, as before.
    expect(datelinePublicationDate('Београд, 21. марта 2022. године\nЉуди одлазе.')).toBe('2022-03-21');
    expect(datelinePublicationDate('Beograd, 21. marta 2022. godine. Ljudi odlaze.')).toBe('2022-03-21');
  });

  it('reads no spelled-out month far from the top, without a day and year, off the calendar or glued to a time', () => {
    expect(datelinePublicationDate(`${'A story with no date near the top. '.repeat(10)}Posted 21 March 2022`)).toBe('');
    expect(datelinePublicationDate('In March 2022 many men left; in September more followed.')).toBe('');
    expect(datelinePublicationDate('Posted 31 February 2022 and 30 лютого 2022')).toBe('');
    expect(datelinePublicationDate('Обновлено 09:21 марта 2022')).toBe('');
    expect(datelinePublicationDate('Some 20 may 2022 estimates say; 21 people 2022 in total')).toBe('');
    expect(datelinePublicationDate('Around 21 cities 2022 and 4 marched 2022')).toBe('');
  });

  it('reads nothing from later text, versions, ids or impossible dates', () => {
    expect(datelinePublicationDate(`${'Text without dates. '.repeat(20)}Posted 14.03.2022`)).toBe('');
    expect(datelinePublicationDate('Version 3/14/20225 of the app, ratio 1/2/2022/7')).toBe('');
    expect(datelinePublicationDate('Version 1.2.2022.5 of the app; order 12.13.2022; id 112.03.2022')).toBe('');
    expect(datelinePublicationDate('Nothing here')).toBe('');
  });
});
