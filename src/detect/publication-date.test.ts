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
  it('reads the dates news sites write into their paths', () => {
    expect(urlPublicationDate('https://www.example.es/actualidad/internacional/2022/03/08/1708001/directo.html')).toBe('2022-03-08');
    expect(urlPublicationDate('https://news.example/world/2022/09/')).toBe('2022-09');
    expect(urlPublicationDate('https://news.example/news/2024-03-01/putin-calls-reservists.html')).toBe('2024-03-01');
    expect(urlPublicationDate('https://news.example/2022/09/21-putin-calls-reservists')).toBe('2022-09');
    expect(urlPublicationDate('https://agency.example/20220326/1040321092.html')).toBe('2022-03-26');
  });

  it('reads no date from ids, query strings or numbers that only look like one', () => {
    expect(urlPublicationDate('https://news.example/story/2022110163613809b70354000168b980.html')).toBe('');
    expect(urlPublicationDate('https://news.example/a/202203270002.aspx')).toBe('');
    expect(urlPublicationDate('https://news.example/agencias/story-nid05112025/')).toBe('');
    expect(urlPublicationDate('https://news.example/story?date=2022-03-08')).toBe('');
    expect(urlPublicationDate('https://news.example/2022/13/40/')).toBe('');
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

  it('reads nothing from later text, slash dates, versions, ids or impossible dates', () => {
    expect(datelinePublicationDate(`${'Text without dates. '.repeat(20)}Posted 14.03.2022`)).toBe('');
    expect(datelinePublicationDate('Posted 03/14/2022 and 14/03/2022')).toBe('');
    expect(datelinePublicationDate('Version 1.2.2022.5 of the app; order 12.13.2022; id 112.03.2022')).toBe('');
    expect(datelinePublicationDate('Nothing here')).toBe('');
  });
});
