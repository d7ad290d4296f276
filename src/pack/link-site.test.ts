import { describe, expect, it } from 'vitest';
import { isOnSite } from './link-site';

describe('isOnSite', () => {
  it('reads www. and subdomains as the same site', () => {
    expect(isOnSite('https://www.reuters.com/world/1', 'https://reuters.com')).toBe(true);
    expect(isOnSite('https://news.yahoo.com/a', 'https://yahoo.com')).toBe(true);
    expect(isOnSite('https://zona.media/a', 'https://en.zona.media')).toBe(true);
  });

  it('tells other sites apart, including look-alike endings', () => {
    expect(isOnSite('https://wtvbam.com/a', 'https://www.reuters.com')).toBe(false);
    expect(isOnSite('https://notreuters.com/a', 'https://reuters.com')).toBe(false);
  });
});
