import { describe, expect, it } from 'vitest';
import { senderHasRole } from './sender-role';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('senderHasRole', () => {
  it('accepts a top-frame content script on a web page', () => {
    expect(senderHasRole({ id: ID, url: 'https://news.example/a', tab: { id: 3 } as never, frameId: 0 }, 'content', ID, ORIGIN)).toBe(true);
  });

  it('refuses content messages from sub-frames, other extensions and extension pages', () => {
    expect(senderHasRole({ id: ID, url: 'https://ads.example/', tab: { id: 3 } as never, frameId: 7 }, 'content', ID, ORIGIN)).toBe(false);
    expect(senderHasRole({ id: 'other', url: 'https://news.example/', tab: { id: 3 } as never, frameId: 0 }, 'content', ID, ORIGIN)).toBe(false);
    expect(senderHasRole({ id: ID, url: `${ORIGIN}extension/popup/popup.html`, frameId: 0 }, 'content', ID, ORIGIN)).toBe(false);
  });

  it('accepts each page only for its own messages', () => {
    expect(senderHasRole({ id: ID, url: `${ORIGIN}extension/popup/popup.html?tabId=4` }, 'popup', ID, ORIGIN)).toBe(true);
    expect(senderHasRole({ id: ID, url: `${ORIGIN}extension/popup/popup.html` }, 'options', ID, ORIGIN)).toBe(false);
    expect(senderHasRole({ id: ID, url: `${ORIGIN}extension/options/options.html` }, 'options', ID, ORIGIN)).toBe(true);
    expect(senderHasRole({ id: ID, url: `${ORIGIN}extension/popup/popup.html.evil` }, 'popup', ID, ORIGIN)).toBe(false);
  });

  it('requires the sidebar to be in a tab', () => {
    const url = `${ORIGIN}extension/sidebar/sidebar.html#claim-2`;
    expect(senderHasRole({ id: ID, url, tab: { id: 9 } as never, frameId: 4 }, 'sidebar', ID, ORIGIN)).toBe(true);
    expect(senderHasRole({ id: ID, url }, 'sidebar', ID, ORIGIN)).toBe(false);
  });
});
