import { describe, expect, it } from 'vitest';
import { inspectUrl, isCandidateUrl } from './url-signals';

describe('inspectUrl', () => {
  it('recognises pages that are never one article', () => {
    expect(inspectUrl('https://news.example/').kind).toBe('home');
    expect(inspectUrl('https://news.example/en/').kind).toBe('home');
    expect(inspectUrl('https://news.example/search?q=draft').kind).toBe('search');
    expect(inspectUrl('https://palermolive.example/tag/riservisti-russi/amp').kind).toBe('listing');
    expect(inspectUrl('https://news.example/world/').kind).toBe('listing');
    expect(inspectUrl('chrome://extensions').kind).toBe('not-web');
  });

  it('keeps story addresses even inside sections and archives', () => {
    expect(inspectUrl('https://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-guilty').kind).toBe('story');
    expect(inspectUrl('https://www.theatlantic.com/technology/archive/2016/09/why-new-yorkers-got-an-alert/500591/').kind).toBe('story');
    expect(inspectUrl('https://blog.example/?p=123').kind).toBe('other');
    expect(inspectUrl('https://tv.example/video/2022/09/reservists-say-goodbye-1234567').kind).toBe('media');
  });

  it('exposes a DOM-free pre-check for the content script', () => {
    expect(isCandidateUrl('https://news.example/2022/09/21/putin-partial-mobilization')).toBe(true);
    expect(isCandidateUrl('https://news.example/')).toBe(false);
    expect(isCandidateUrl('about:blank')).toBe(false);
  });
});
