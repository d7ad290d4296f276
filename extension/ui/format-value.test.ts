// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { formatDate } from './format-date';
import { formatClaimValue, formatNumber } from './format-value';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./test-support/fake-browser')).fakeBrowser }));

describe('formatNumber', () => {
  it('groups digits the way the locale does', () => {
    expect(formatNumber(700000, 'en')).toBe('700,000');
    // Russian groups with a no-break space.
    expect(formatNumber(700000, 'ru')).toBe('700\u00A0000');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
  });
});

describe('formatClaimValue', () => {
  it('shows a number with its unit', () => {
    expect(formatClaimValue({ kind: 'number', value: 261000, unit: 'men' }, 'en')).toBe('261,000 men');
  });

  it('marks an approximate number in words', () => {
    expect(formatClaimValue({ kind: 'number', value: 300000, unit: 'reservists', approx: true }, 'en')).toBe(
      'about 300,000 reservists',
    );
  });

  it('shows a range as min–max with the unit once', () => {
    expect(formatClaimValue({ kind: 'range', min: 600000, max: 700000, unit: 'people' }, 'en')).toBe(
      '600,000\u2013700,000 people',
    );
  });

  it('shows a statement as its text, markup included verbatim', () => {
    expect(formatClaimValue({ kind: 'statement', text: '<b>No</b> decree ended it' }, 'en')).toBe('<b>No</b> decree ended it');
  });
});

describe('formatDate', () => {
  it('formats a pack date without shifting it by the time zone', () => {
    expect(formatDate('2022-09-21', 'en-GB')).toBe('21 Sept 2022');
  });

  it('leaves a malformed date as it is', () => {
    expect(formatDate('sometime', 'en')).toBe('sometime');
  });
});
