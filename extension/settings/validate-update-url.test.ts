import { describe, expect, it } from 'vitest';
import { normalizeHostname } from './hostname';
import { validateUpdateUrl } from './validate-update-url';

describe('validateUpdateUrl', () => {
  it('accepts http and https addresses', () => {
    expect(validateUpdateUrl(' https://packs.example.org/pack.json ')).toEqual({
      ok: true,
      url: 'https://packs.example.org/pack.json',
    });
    expect(validateUpdateUrl('http://127.0.0.1:8080/pack.json')).toEqual({ ok: true, url: 'http://127.0.0.1:8080/pack.json' });
  });

  it('accepts an empty field, which turns updates off', () => {
    expect(validateUpdateUrl('   ')).toEqual({ ok: true, url: '' });
  });

  it.each(['ftp://example.org/pack.json', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/plain,x'])(
    'refuses the scheme of %s',
    (input) => {
      expect(validateUpdateUrl(input)).toEqual({ ok: false, reason: 'updateUrlScheme' });
    },
  );

  it.each(['example.org/pack.json', 'not a url', 'https://'])('refuses %s as not an address', (input) => {
    expect(validateUpdateUrl(input)).toEqual({ ok: false, reason: 'updateUrlInvalid' });
  });

  it('refuses credentials in the address', () => {
    expect(validateUpdateUrl('https://user:secret@example.org/pack.json')).toEqual({ ok: false, reason: 'updateUrlCredentials' });
  });
});

describe('normalizeHostname', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  News.Example.COM ', 'news.example.com'],
    ['https://www.example.com/path?q=1', 'www.example.com'],
    ['*.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it.each(['', 'exa mple.com', 'nodot', '-bad.example.com', 'http://'])('refuses %j', (input) => {
    expect(normalizeHostname(input)).toBeNull();
  });
});
