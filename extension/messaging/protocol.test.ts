import { describe, expect, it } from 'vitest';
import { parseMessage, toBackground, toContent } from './protocol';

describe('parseMessage', () => {
  it('accepts a known message with a valid payload', () => {
    const parsed = parseMessage(toBackground, {
      type: 'content:page-verdict',
      payload: { relevant: true, isArticle: true, lang: 'en', topics: ['exodus'], score: 7, sidebarOpen: true },
    });
    expect(parsed).toEqual({
      ok: true,
      value: { type: 'content:page-verdict', payload: { relevant: true, isArticle: true, lang: 'en', topics: ['exodus'], score: 7, sidebarOpen: true } },
    });
  });

  it("takes an article's sidebar opening state with its verdict, not without it", () => {
    const verdict = { relevant: true, isArticle: true, lang: 'en', topics: ['exodus'], score: 7 };
    expect(parseMessage(toBackground, { type: 'content:page-verdict', payload: verdict }).ok).toBe(false);
    expect(parseMessage(toBackground, { type: 'content:page-verdict', payload: { ...verdict, sidebarOpen: 'yes' } }).ok).toBe(false);
    expect(parseMessage(toBackground, { type: 'content:sidebar-state', payload: { open: false } })).toEqual({ ok: true, value: { type: 'content:sidebar-state', payload: { open: false } } });
  });

  it('refuses what is not an envelope', () => {
    expect(parseMessage(toBackground, 'hello')).toEqual({ ok: false, error: 'not a Mobilization Context message' });
    expect(parseMessage(toBackground, null).ok).toBe(false);
  });

  it('refuses unknown types, including inherited property names', () => {
    expect(parseMessage(toBackground, { type: 'content:drop-database', payload: {} })).toEqual({
      ok: false,
      error: 'unknown message type "content:drop-database"',
    });
    expect(parseMessage(toBackground, { type: 'toString', payload: {} }).ok).toBe(false);
    expect(parseMessage(toContent, { type: 'content:page-verdict', payload: {} }).ok).toBe(false);
  });

  it('refuses payloads of the wrong shape with the reason', () => {
    const parsed = parseMessage(toBackground, { type: 'popup:get-tab-summary', payload: { tabId: 'one' } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/invalid payload for "popup:get-tab-summary"/);
    expect(parseMessage(toBackground, { type: 'sidebar:jump-to-claim', payload: { index: -1 } }).ok).toBe(false);
  });

  it('bounds what a sender can make the background store', () => {
    const anchored = Array.from({ length: 501 }, (_, index) => ({
      index,
      matcherId: 'm',
      questionId: 'q',
      claimIds: [],
      excerpt: 'x',
    }));
    expect(parseMessage(toBackground, { type: 'content:anchored-claims', payload: { anchored } }).ok).toBe(false);
  });
});
