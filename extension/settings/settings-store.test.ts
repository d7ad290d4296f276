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

describe('the update URL', () => {
  it('follows the built-in default until the reader sets one or clears it', async () => {
    const { effectiveUpdateUrl } = await import('./update-url');
    // Unit-test builds, like development builds, have no default.
    expect(withDefaults({}).updateUrl).toBeNull();
    expect(effectiveUpdateUrl(withDefaults({}))).toBe('');
    expect(withDefaults({ updateUrl: 42 }).updateUrl).toBeNull();
    expect(effectiveUpdateUrl(withDefaults({ updateUrl: 'https://mine.example/index.json' }))).toBe('https://mine.example/index.json');
    expect(effectiveUpdateUrl({ updateUrl: '' })).toBe('');
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
