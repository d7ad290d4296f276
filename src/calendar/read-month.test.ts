import { describe, expect, it } from 'vitest';
import { MONTH_NAMES } from './month-names';
import { monthKey, monthOf, monthReader } from './read-month';

describe('month names', () => {
  it('reads every form of every language as its own month, stems also inflected', () => {
    const reader = monthReader(true);
    for (const [lang, months] of Object.entries(MONTH_NAMES)) {
      months.forEach((forms, month) => {
        for (const written of forms) {
          const form = monthKey(written.replace(/^!/, '').replace(/-$/, ''));
          expect(monthOf(form, reader), `${lang} ${written}`).toBe(month);
          if (written.endsWith('-')) expect(monthOf(`${form}ы`, reader), `${lang} ${written}…`).toBe(month);
        }
      });
    }
  });

  it('holds the first ten lexicon languages and more, twelve months each', () => {
    for (const lang of ['en', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'tr', 'cs', 'ro', 'fi', 'sr']) {
      expect(MONTH_NAMES[lang]?.length, lang).toBe(12);
    }
  });

  it('reads the forms that are a month only inside a full date only when asked to', () => {
    expect(monthOf('may', monthReader(true))).toBe(4);
    expect(monthOf('may', monthReader(false))).toBe(-1);
    expect(monthOf(monthKey('Eylül'), monthReader(false))).toBe(-1);
    expect(monthOf(monthKey('Eylül'), monthReader(true))).toBe(8);
    expect(monthOf(monthKey('марта'), monthReader(false))).toBe(2);
    expect(monthOf('marched', monthReader(true))).toBe(-1);
    expect(monthOf('people', monthReader(true))).toBe(-1);
  });
});
