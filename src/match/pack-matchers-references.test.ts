/**
 * How a sentence may state a claim's number without naming all of the claim in itself: a range
 * with the figure at an end ("10,000 to 11,000 a day"), only for claims that are approximate or
 * a range themselves, and a back-reference ("this number", "туда", "liczba ta") to a previous
 * sentence that names the rest. Every rule here has look-alikes that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimFinder } from '../../test/pack/real-pack-matchers';
import { findNumbers } from './normalize-number';

const claimsIn = realPackClaimFinder();
/** The first words of each highlighted sentence of `text` read as a page in `lang`, with its question. */
function highlights(text: string, lang: string): string[] {
  return claimsIn(text, lang).map((match) => `${match.questionId}: ${text.slice(match.start, match.end).split(/\s+/).slice(0, 3).join(' ')}`);
}

describe('ranges', () => {
  it('marks both ends of a range, and nothing else', () => {
    const ends = (text: string): Array<[number, boolean]> => findNumbers(text).map((number) => [number.value, number.rangeEnd === true]);
    expect(ends('10 000 to 11 000 a day')).toEqual([[10000, true], [11000, true]]);
    expect(ends('about 10-11 thousand')).toEqual([[10000, true], [11000, true]]);
    expect(ends('від 5 000 до 6 000')).toEqual([[5000, true], [6000, true]]);
    // A date and a figure, a falling pair, a number alone.
    expect(ends('On 21 – 300,000 reservists')).toEqual([[21, false], [300000, false]]);
    expect(ends('11,000 to 7,000')).toEqual([[11000, false], [7000, false]]);
    expect(ends('10,000 a day')).toEqual([[10000, false]]);
  });

  it('states an approximate claim at either end ("about 10,000 a day")', () => {
    for (const [lang, text] of [
      ['en', 'Every day 10 000 to 11 000 Russians come into Georgia through the checkpoint.'],
      ['en', 'About 10-11 thousand Russians arrive in Georgia each day.'],
      ['ru', 'Ежедневно в Грузию въезжают от 10 000 до 11 000 россиян.'],
      ['de', 'Täglich reisen 10.000 bis 11.000 Russen nach Georgien ein.'],
    ] as const) {
      expect(highlights(text, lang), text).toEqual([`georgia-arrivals: ${text.split(/\s+/).slice(0, 3).join(' ')}`]);
    }
  });

  it('never states an exact claim: a range only starts or ends at its figure', () => {
    for (const [lang, text] of [
      ['en', 'Experts say 300,000 to 400,000 reservists were called up in the mobilization.'],
      ['en', 'Between 200,000-300,000 men were mobilized, Shoigu said.'],
      ['ru', 'По словам Шойгу, мобилизовано от 300 до 400 тысяч резервистов.'],
      ['en', 'Some 53,136 to 60,000 Russians entered Georgia.'],
    ] as const) {
      expect(highlights(text, lang), text).toEqual([]);
    }
  });
});

describe('"every day" is per day', () => {
  it.each([
    ['en', 'Every day about 10,000 Russians were entering Georgia.'],
    ['ru', 'Каждый день в Грузию въезжают около 10 000 россиян.'],
    ['uk', 'До Грузії щоденно в’їжджають близько 10 000 росіян.'],
    ['fr', 'Chaque jour, environ 10 000 Russes entrent en Géorgie.'],
    ['es', 'Cada día entran en Georgia unos 10.000 rusos.'],
    ['it', 'Ogni giorno entrano in Georgia circa 10.000 russi.'],
    ['pt', 'Todos os dias entram na Geórgia cerca de 10.000 russos.'],
    ['nl', 'Elke dag komen ongeveer 10.000 Russen Georgië binnen.'],
  ])('%s: %s', (lang, text) => {
    expect(highlights(text, lang)).toHaveLength(1);
  });

  it('stays exact: another figure, another year, a percentage', () => {
    expect(highlights('About 1,000 Russians were entering Georgia every day.', 'en')).toEqual([]);
    expect(highlights('In 2019, about 10,000 Russians entered Georgia every day.', 'en')).toEqual([]);
    expect(highlights('Entries into Georgia rose by 10,000% every day.', 'en')).toEqual([]);
  });
});

describe('a number that points back to the previous sentence', () => {
  it.each([
    ['en', 'Four days ago 5,000 Russians entered Georgia daily. Now this number has risen to 10,000.'],
    ['pl', 'Jeszcze cztery dni temu do Gruzji przyjeżdżało dziennie 5-6 tysięcy Rosjan. Teraz liczba ta wzrosła do 10 tysięcy.'],
    ['ru', 'Поначалу в Грузию въезжало по 5-6 тысяч человек в день. Теперь их количество увеличилось примерно до 10 000.'],
    ['uk', 'У перші дні до Грузії щодня в’їжджало 5-6 тисяч осіб. Зараз їх кількість збільшилася до 10 000.'],
    ['de', 'Anfangs reisten täglich 5.000 Russen nach Georgien ein. Inzwischen ist diese Zahl auf 10.000 gestiegen.'],
  ])('%s: the second sentence states the claim', (lang, text) => {
    expect(highlights(text, lang)).toEqual([expect.stringMatching(/^georgia-arrivals: /)]);
    expect(highlights(text, lang)[0]).not.toMatch(/5[.,]?000|5-6/);
  });

  it('needs the pointing word: the same figure in a new sentence on another subject stays silent', () => {
    expect(highlights('Four days ago 5,000 Russians entered Georgia daily. Now 10,000 people protest in Tbilisi.', 'en')).toEqual([]);
  });

  it('needs the claim in the previous sentence, not two sentences back', () => {
    expect(highlights('About 5,000 Russians entered Georgia daily. Tourism fell sharply. Now this number has risen to 10,000.', 'en')).toEqual([]);
  });

  it('stays exact: another figure, a percentage, another year, another country', () => {
    for (const [lang, text] of [
      ['en', 'Four days ago 5,000 Russians entered Georgia daily. Now this number has risen to 12,000.'],
      ['en', 'Four days ago 5,000 Russians entered Georgia daily. Now this number has risen by 10,000%.'],
      ['en', 'In 2019, 5,000 Russians entered Georgia daily. In 2019 this number rose to 10,000.'],
      ['en', 'In 2019, 5,000 Russians entered Georgia daily. Later this number rose to 10,000.'],
      ['ru', 'В первые дни в Армению ежедневно въезжало 5 тысяч человек. Сейчас их количество увеличилось до 10 000.'],
    ] as const) {
      expect(highlights(text, lang), text).toEqual([]);
    }
  });
});
