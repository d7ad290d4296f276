import { describe, expect, it } from 'vitest';
import { publishedBefore } from './publication-date';

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
