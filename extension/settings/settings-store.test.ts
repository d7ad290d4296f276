import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { DEFAULT_SETTINGS, isSiteEnabled, withDefaults } = await import('./settings-store');

describe('withDefaults', () => {
  it('fills in missing fields and drops malformed ones', () => {
    expect(withDefaults(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(withDefaults({ paused: 'yes', disabledSites: ['a.example', 4], sidebarOpenBySite: { 'b.example': false, c: 1 } })).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['a.example'],
      sidebarOpenBySite: { 'b.example': false },
    });
  });
});

describe('isSiteEnabled', () => {
  it('honours the global pause and per-site list, including subdomains', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'notexample.com')).toBe(true);
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, paused: true }, 'other.org')).toBe(false);
  });
});
