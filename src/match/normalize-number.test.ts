import { describe, expect, it } from 'vitest';
import { findNumbers } from './normalize-number';

const values = (text: string) => findNumbers(text).map((mention) => mention.value);
const spans = (text: string) => findNumbers(text).map((mention) => text.slice(mention.start, mention.end));

describe('findNumbers: digits and separators', () => {
  it.each([
    ['700,000 men', 700000],
    ['700 000 men', 700000],
    ['700\u00A0000 men', 700000],
    ['700\u2009000 men', 700000],
    ['700\u202F000 men', 700000],
    ["700'000 Personen", 700000],
    ['700.000 Menschen', 700000],
    ['300.000 reservistas', 300000],
    ['300.000 riservisti', 300000],
    ['1.234.567 people', 1234567],
    ['1,234,567 people', 1234567],
    ['1 234 567 человек', 1234567],
    ['700k', 700000],
    ['700K people', 700000],
    ['$1.2m', 1200000],
    ['3bn roubles', 3e9],
    ['0.7 million', 700000],
    ['0,7 Millionen', 700000],
    ['1 million', 1000000],
    ['1 млн', 1000000],
    ['1,2 млн', 1200000],
    ['1,5 млн человек', 1500000],
    ['2.5 millones', 2500000],
    ['300 mila', 300000],
    ['oltre 200mila persone', 200000],
    ['o 700 tysiącach Rosjan', 700000],
    ['700 tysiącom', 700000],
    ['o 1 milionie', 1000000],
    ['о 700 тысячах', 700000],
    ['1,2mila', 1200],
    ['300 mil personas', 300000],
    ['300 000 réservistes', 300000],
    ['700 тысяч', 700000],
    ['700 тыс. человек', 700000],
    ['700 тисяч', 700000],
    ['700 тис. осіб', 700000],
    ['261 тысяча', 261000],
    ['222 тысячи', 222000],
    ['318 тисяч', 318000],
    ['300 Tausend', 300000],
    ['300 thousand', 300000],
    ['1,5 Mio.', 1500000],
  ])('%s → %d', (text, expected) => {
    expect(values(text)).toEqual([expected]);
  });

  it('keeps decimals exact', () => {
    expect(values('1.5')).toEqual([1.5]);
    expect(values('2,5')).toEqual([2.5]);
  });

  it('reads a run of numbers separately', () => {
    expect(values('100,000 rubles ($1,650)')).toEqual([100000, 1650]);
    expect(spans('From 4,824 to 3,133.')).toEqual(['4,824', '3,133']);
  });
});

describe('findNumbers: a dot with a space after it ("200. 000")', () => {
  it('reads an all-zero group after a dot and a space as thousands', () => {
    expect(values('Secondo il ministero, 200. 000 russi sono partiti.')).toEqual([200000]);
    expect(values('Sono stati richiamati 300. 000 riservisti.')).toEqual([300000]);
    expect(values('Quasi 1. 000. 000 di persone.')).toEqual([1000000]);
    expect(spans('circa 200. 000 persone')).toEqual(['200. 000']);
  });

  it('never joins a number ending a sentence to another group than 000', () => {
    expect(values('Il bilancio sale a 200. 300 feriti sono in ospedale.')).toEqual([200, 300]);
    expect(values('Erano 200. 0001 è un codice.')).not.toContain(200000);
    expect(values('Ne arrivarono 1.200. 000 in tutto.')).not.toContain(1200000);
  });
});

describe('findNumbers: look-alikes never become the target', () => {
  const target = 700000;
  it.each([
    '7,000 men',
    '70,000 men',
    '700 men',
    '7 000 men',
    '70 000',
    '7.000',
    '700 million',
    '7 million',
    'in 2022',
    'On Monday 7 November',
    '7 ноября',
    '7. November',
    'seventy thousand',
    'seven thousand',
    'семь тысяч',
    'семьдесят тысяч',
    'сімдесят тисяч',
    'siebzigtausend',
    'settantamila',
    'tens of thousands',
    'hundreds of thousands',
    'сотни тысяч',
    'десятки тысяч',
    'Zehntausende',
    'Hunderttausende',
    'тысячи мужчин',
    'thousands of men',
    'half a million',
    'A700 000',
    '700 km',
    '700km',
  ])('%s', (text) => {
    expect(values(text)).not.toContain(target);
  });

  it('does not glue a year to a following number', () => {
    expect(values('In 2022 700 people')).toEqual([2022, 700]);
    expect(values('2022, 300 men')).toEqual([2022, 300]);
  });

  it('reads a date and a count next to each other as two numbers', () => {
    expect(values('On 7 November, 300,000 reservists')).toEqual([7, 300000]);
  });
});

describe('findNumbers: number words', () => {
  it.each([
    // English
    ['seven hundred thousand', 700000],
    ['three hundred thousand', 300000],
    ['two hundred and sixty-one thousand', 261000],
    ['three hundred eighteen thousand', 318000],
    ['two hundred twenty-two thousand', 222000],
    ['one million', 1000000],
    ['a million people', 1000000],
    // Russian, all cases
    ['семьсот тысяч', 700000],
    ['семисот тысяч', 700000],
    ['семистам тысячам', 700000],
    ['семьюстами тысячами', 700000],
    ['триста тысяч', 300000],
    ['трёхсот тысяч', 300000],
    ['трехсот тысяч', 300000],
    ['тремстам тысячам', 300000],
    ['двести шестьдесят одна тысяча', 261000],
    ['двухсот шестидесяти одной тысячи', 261000],
    ['триста восемнадцать тысяч', 318000],
    ['трёхсот восемнадцати тысяч', 318000],
    ['двести двадцать две тысячи', 222000],
    ['двухсот двадцати двух тысяч', 222000],
    ['миллион человек', 1000000],
    ['около миллиона', 1000000],
    ['один миллион', 1000000],
    ['полтора миллиона', 1500000],
    ['ТРИСТА ТЫСЯЧ', 300000],
    // Ukrainian
    ['сімсот тисяч', 700000],
    ['семисот тисяч', 700000],
    ['триста тисяч', 300000],
    ['трьохсот тисяч', 300000],
    ['двісті шістдесят одна тисяча', 261000],
    ['двохсот шістдесяти однієї тисячі', 261000],
    ['триста вісімнадцять тисяч', 318000],
    ['двісті двадцять дві тисячі', 222000],
    ["п'ятсот тисяч", 500000],
    ['п’ятсот тисяч', 500000],
    ['пʼятсот тисяч', 500000],
    ['мільйон людей', 1000000],
    ['один мільйон', 1000000],
    // German
    ['siebenhunderttausend', 700000],
    ['dreihunderttausend', 300000],
    ['zweihunderteinundsechzigtausend', 261000],
    ['dreihundertachtzehntausend', 318000],
    ['zweihundertzweiundzwanzigtausend', 222000],
    ['eine Million', 1000000],
    // French
    ['sept cent mille', 700000],
    ['trois cent mille', 300000],
    ['deux cent soixante et un mille', 261000],
    ['trois cent dix-huit mille', 318000],
    ['deux cent vingt-deux mille', 222000],
    ['quatre-vingt-dix-sept', 97],
    ['soixante-dix mille', 70000],
    ['un million', 1000000],
    // Spanish
    ['setecientos mil', 700000],
    ['trescientos mil', 300000],
    ['doscientos sesenta y un mil', 261000],
    ['trescientos dieciocho mil', 318000],
    ['doscientos veintidós mil', 222000],
    ['un millón', 1000000],
    // Italian
    ['settecentomila', 700000],
    ['trecentomila', 300000],
    ['duecentosessantunomila', 261000],
    ['trecentodiciottomila', 318000],
    ['duecentoventiduemila', 222000],
    ['un milione', 1000000],
  ])('%s → %d', (text, expected) => {
    expect(values(text)).toEqual([expected]);
  });

  it('combines a scale and what follows it', () => {
    expect(values('un milione e duecentomila')).toEqual([1200000]);
    expect(values('one million two hundred thousand')).toEqual([1200000]);
  });

  it('finds words inside a sentence with their offsets', () => {
    const text = 'По данным ФСБ, Россию покинули двести шестьдесят одна тысяча мужчин.';
    expect(spans(text)).toEqual(['двести шестьдесят одна тысяча']);
  });

  it('does not add numbers that cannot form one', () => {
    expect(values('one and two')).toEqual([1, 2]);
    expect(values('двадцать двенадцать')).toEqual([20, 12]);
  });
});

describe('findNumbers: ranges share their scale', () => {
  it.each([
    ['600–700 тысяч', [600000, 700000]],
    ['600-700k', [600000, 700000]],
    ['o 600–700 tysiącach Rosjan', [600000, 700000]],
    ['600 - 700 thousand', [600000, 700000]],
    ['от 600 до 700 тысяч', [600000, 700000]],
    ['da 600 a 700 mila', [600000, 700000]],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves a plain number before a dash alone when the second end has no scale', () => {
    expect(values('21–24 September')).toEqual([21, 24]);
  });
});

describe('findNumbers: Portuguese, Polish and Dutch, and the issue examples', () => {
  it.each([
    ['100.000 pessoas', 100000],
    ['100 000 человек', 100000],
    ['200 тысяч', 200000],
    ['261 тыс.', 261000],
    ['dwieście tysięcy osób', 200000],
    ['dwustu tysięcy mężczyzn', 200000],
    ['siedemset tysięcy', 700000],
    ['trzysta tysięcy rezerwistów', 300000],
    ['261 tys. osób', 261000],
    ['700 tysięcy', 700000],
    ['1,2 mln', 1200000],
    ['200 mil personas', 200000],
    ['200 mil pessoas', 200000],
    ['setecentos mil russos', 700000],
    ['trezentos mil reservistas', 300000],
    ['1,2 milhão', 1200000],
    ['zweihunderttausend', 200000],
    ['700 mila', 700000],
    ['zevenhonderdduizend Russen', 700000],
    ['driehonderdduizend reservisten', 300000],
    ['700.000 Russen', 700000],
    ['twee miljoen', 2000000],
  ])('%s → %d', (text, expected) => {
    expect(values(text)).toEqual([expected]);
  });

  it.each(['7.000 pessoas', '70 000 osób', 'siedem tysięcy', 'zeventigduizend', 'setenta mil', '7 tys.'])('%s is not 700,000', (text) => {
    expect(values(text)).not.toContain(700000);
  });
});

describe('findNumbers: every language writes the pack numbers its own way (Intl.NumberFormat)', () => {
  const LANGUAGES = ['en', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'nl'];
  const KEY_NUMBERS = [700000, 261000, 300000, 98000, 222274, 4824, 1311, 1000000];

  /**
   * The value a locale's compact form stands for, read from its parts: where the locale
   * compacts ("700K", "700 тыс.", "700 mil"), the rounded value en's parts give; where it
   * does not ("222.274" in German), the number itself.
   */
  function compactValue(lang: string, n: number, compactDisplay: 'short' | 'long'): number {
    const compacts = new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay }).formatToParts(n).some((part) => part.type === 'compact');
    if (!compacts) return n;
    const parts = new Intl.NumberFormat('en', { notation: 'compact' }).formatToParts(n);
    const mantissa = Number(parts.filter((part) => ['integer', 'decimal', 'fraction'].includes(part.type)).map((part) => part.value).join(''));
    const scale = { K: 1e3, M: 1e6, B: 1e9 }[parts.find((part) => part.type === 'compact')?.value ?? ''] ?? 1;
    return Math.round(mantissa * scale);
  }

  it.each(LANGUAGES)('%s: the standard notation reads back exactly', (lang) => {
    for (const n of KEY_NUMBERS) {
      const written = new Intl.NumberFormat(lang).format(n);
      expect(values(`Es waren ${written} Menschen.`), `${lang} ${written}`).toEqual([n]);
    }
  });

  // Millions are left out: a spaced "1 M" is not read as a million, because "5 m" is metres.
  it.each(LANGUAGES)('%s: the short and long compact notations of thousands read back as the number they stand for', (lang) => {
    for (const n of KEY_NUMBERS.filter((value) => value < 1e6)) {
      for (const compactDisplay of ['short', 'long'] as const) {
        const written = new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay }).format(n);
        expect(values(`— ${written} —`), `${lang} ${written}`).toEqual([compactValue(lang, n, compactDisplay)]);
      }
    }
  });
});
