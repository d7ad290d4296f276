import { describe, expect, it } from 'vitest';
import { perLocale } from './per-locale';

describe('perLocale', () => {
  it('makes one value per locale and hands the same one back', () => {
    const made: string[] = [];
    const format = perLocale((locale) => {
      made.push(locale);
      return new Intl.NumberFormat(locale);
    });
    expect(format('ru')).toBe(format('ru'));
    expect(format('en')).not.toBe(format('ru'));
    expect(made).toEqual(['ru', 'en']);
  });
});
