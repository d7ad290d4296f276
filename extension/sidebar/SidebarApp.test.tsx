// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { ArticleContext, Result } from '../messaging/protocol';
import { tabStateKey } from '../messaging/storage-keys';
import { emitSessionChange, sessionListenerCount } from '../ui/test-support/fake-browser';
import { ok, replyWith } from '../ui/test-support/background-replies';
import { articleContext, HOSTILE } from '../ui/test-support/fixtures';
import { buttonByText, click, mount, settle, unmountAll } from '../ui/test-support/render';
import { SidebarApp } from './SidebarApp';
import { REFRESH_DEBOUNCE_MS } from './use-article-context';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/test-support/fake-browser')).fakeBrowser }));
vi.mock('../messaging/send', () => ({ sendToBackground: vi.fn() }));

function section(root: HTMLElement, title: string): HTMLElement {
  const heading = [...root.querySelectorAll('h2')].find((h2) => h2.textContent?.includes(title));
  const found = heading?.closest('section');
  if (!found) throw new Error(`no section "${title}"`);
  return found;
}

beforeEach(() => {
  vi.clearAllMocks();
  replyWith({ 'sidebar:get-context': () => ok(articleContext), 'sidebar:jump-to-claim': () => ok(null), 'sidebar:close': () => ok(null) });
});

afterEach(() => {
  unmountAll();
  vi.useRealTimers();
  location.hash = '';
});

describe('sidebar', () => {
  it('shows the header with the pack version and focuses the heading', async () => {
    const root = await mount(<SidebarApp />);
    const heading = root.querySelector('h1');
    expect(heading?.textContent).toBe('Mobilization Context');
    expect(document.activeElement).toBe(heading);
    expect(root.querySelector('header')?.textContent).toContain('Fact pack 1.2.0, published');
    expect(root.querySelector('main')).not.toBeNull();
  });

  it('renders the four sections from the article context', async () => {
    const root = await mount(<SidebarApp />);
    // The disclosure triangle is aria-hidden decoration; compare the words.
    const titles = [...root.querySelectorAll('h2')].map((h2) => h2.textContent?.replace(/^[\u25BE\u25B8]/, ''));
    expect(titles).toEqual([
      'This article (1)',
      'Questions compared (2)',
      'Key facts (2)',
      'Sources (4)',
    ]);
  });

  it('lists the article claims with their question and a jump button', async () => {
    const root = await mount(<SidebarApp />);
    const claims = section(root, 'This article');
    expect(claims.querySelector('blockquote')?.textContent).toBe('The Kremlin admitted that 700,000 men fled the country.');
    expect(claims.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
    expect(claims.textContent).toContain('How many people left Russia after 21 September 2022?');
    await click(buttonByText(claims, 'Show in article'));
    expect(vi.mocked((await import('../messaging/send')).sendToBackground)).toHaveBeenCalledWith('sidebar:jump-to-claim', { index: 0 });
  });

  it("puts the pack's verdict next to each sentence, before its question: rating glyph and word, then the reason", async () => {
    const root = await mount(<SidebarApp />);
    const claim = section(root, 'This article').querySelector('.article-claim')!;
    const verdict = claim.querySelector('.verdict')!;
    expect(verdict.getAttribute('aria-label')).toBe('Does it hold up?');
    expect(verdict.querySelector('.rating')?.classList.contains('rating--fails')).toBe(true);
    expect(verdict.querySelector('.rating')?.textContent).toBe('\u21C4Misattributed');
    expect(verdict.textContent).toContain(`Not the Kremlin: an unnamed source quoted by Forbes Russia; Peskov called the figure far from true. ${HOSTILE}`);
    expect(verdict.querySelector('script, b')).toBeNull();
    expect(verdict.querySelector('[lang]')?.getAttribute('lang')).toBe('en');
    const question = claim.querySelector('.article-claim__question')!;
    expect(verdict.compareDocumentPosition(question) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows when a claim was said and when reported, the copy the link opens, and a quote with its translation', async () => {
    const root = await mount(<SidebarApp />);
    const [seed, forbes] = [...section(root, 'Questions compared').querySelectorAll('.answer')];
    const times = [...(seed?.querySelectorAll('time') ?? [])];
    expect(times.map((time) => time.getAttribute('datetime'))).toEqual(['2022-10-04', '2022-11-04']);
    expect(times.map((time) => time.textContent)).toEqual([expect.stringMatching(/^said /), expect.stringMatching(/^reported /)]);
    expect(forbes?.textContent).toContain('Meduza, via Yahoo News');
    expect(forbes?.querySelector('a')?.textContent).toContain('Yahoo News');
    const translation = forbes?.querySelector('.answer__quote-translation');
    expect(translation?.textContent).toBe('Translation: from 600 to 700 thousand people');
    expect(translation?.querySelector('[lang]')?.getAttribute('lang')).toBe('en');
  });

  it("shows a fact citation's quote in its own language with the translation beside it", async () => {
    const root = await mount(<SidebarApp />);
    const facts = section(root, 'Key facts');
    const quote = facts.querySelector('.timeline__quote');
    expect(quote?.textContent).toBe('почти 261 тысяча человек');
    expect(quote?.getAttribute('lang')).toBe('ru');
    expect(quote?.nextElementSibling?.textContent).toBe('Translation: almost 261 thousand people');
  });

  it("names the site a fact's citation opens when it is a copy of the reporter's page", async () => {
    const root = await mount(<SidebarApp />);
    const link = [...section(root, 'Key facts').querySelectorAll('.timeline__citations a')].find((a) => a.getAttribute('href') === 'https://news.yahoo.com/1');
    expect(link?.textContent).toContain('Meduza, via Yahoo News');
  });

  it('marks the pack text with the language it arrives in', async () => {
    replyWith({ 'sidebar:get-context': () => ok({ ...articleContext, packLang: 'ru' }) });
    const root = await mount(<SidebarApp />);
    expect(root.querySelector('.question__title')?.getAttribute('lang')).toBe('ru');
    expect(root.querySelector('.timeline__text')?.getAttribute('lang')).toBe('ru');
  });

  it('says so when jumping to a claim fails', async () => {
    replyWith({ 'sidebar:get-context': () => ok(articleContext), 'sidebar:jump-to-claim': () => ({ ok: false, error: 'gone' }) });
    const root = await mount(<SidebarApp />);
    await click(buttonByText(root, 'Show in article'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('This sentence could not be found in the page any more.');
  });

  it('compares answers: formatted values, status in words, who said and reported, links', async () => {
    const root = await mount(<SidebarApp />);
    const questions = section(root, 'Questions compared');
    const first = questions.querySelector('article');
    expect(first?.querySelector('h3')?.textContent).toBe('How many people left Russia after 21 September 2022?');
    expect(first?.querySelector('.status-badge')?.textContent).toContain('Disputed');
    expect(first?.textContent).toContain('Border figures count crossings, not people.');
    const answers = [...(first?.querySelectorAll('.answer') ?? [])];
    expect(answers.map((answer) => answer.querySelector('strong')?.textContent)).toEqual([
      '700,000 men',
      '600,000\u2013700,000 men',
      `The Kremlin does not know the number ${HOSTILE}`,
    ]);
    expect(answers[0]?.textContent).toContain("this article's claim");
    expect(answers[1]?.textContent).not.toContain("this article's claim");
    expect(answers[2]?.textContent).toContain('Dmitry Peskov (Kremlin spokesman)');
    expect(answers[1]?.textContent).toContain('Anyone leaving, two weeks');
    expect(answers[1]?.querySelector('time')?.getAttribute('datetime')).toBe('2022-10-04');
    const link = answers[1]?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/forbes');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('tags quotes with their language, and none for "other"', async () => {
    const root = await mount(<SidebarApp />);
    const quote = section(root, 'Questions compared').querySelector('.answer__quote');
    expect(quote?.getAttribute('lang')).toBe('ru');
    expect(quote?.textContent).toBe('от 600 до 700 тысяч человек');
    const statement = [...root.querySelectorAll('.answer strong')].find((node) => node.textContent?.startsWith('The Kremlin'));
    expect(statement?.getAttribute('lang')).toBe('en');
  });

  it('draws a range bar for numeric answers sharing a unit, and none for a single answer', async () => {
    const root = await mount(<SidebarApp />);
    const [disputed, consensus] = section(root, 'Questions compared').querySelectorAll('article');
    expect(disputed?.querySelector('.range-bar figcaption')?.textContent).toBe(
      "Numbers in men: from 600,000 to 700,000. Outlined mark: this article's claim.",
    );
    expect(disputed?.querySelectorAll('.range-bar__mark')).toHaveLength(2);
    expect(disputed?.querySelector('.range-bar__mark--article')?.getAttribute('title')).toBe(`700,000 men \u2014 Kremlin ${HOSTILE}`);
    expect(consensus?.querySelector('.range-bar')).toBeNull();
    expect(consensus?.textContent).toContain('about 300,000 reservists');
  });

  it('shows key facts as a timeline in date order, filtered by topic', async () => {
    const root = await mount(<SidebarApp />);
    const facts = section(root, 'Key facts');
    const select = facts.querySelector('select');
    // The article is about the exodus, so only the related fact shows at first.
    expect(select?.value).toBe('article');
    expect(facts.querySelectorAll('.timeline__item')).toHaveLength(1);
    await act(() => {
      if (!select) return;
      select.value = 'all';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    const dates = [...facts.querySelectorAll('.timeline__item time')].map((time) => time.getAttribute('datetime'));
    expect(dates).toEqual(['2022-09-21', '2022-09-25']);
    expect(facts.textContent).toContain('Showing 2 of 2 facts');
    const citation = facts.querySelector('.timeline__citations a');
    expect(citation?.getAttribute('href')).toBe('https://kremlin.ru/acts/1');
    expect(citation?.getAttribute('target')).toBe('_blank');
    expect([...(select?.options ?? [])].map((option) => option.textContent)).toEqual([
      'Related to this article',
      'All topics',
      'Announcement',
      'Numbers mobilized',
      'Leaving Russia',
    ]);
  });

  it('keeps the sources collapsed until asked, as a disclosure', async () => {
    const root = await mount(<SidebarApp />);
    const toggle = section(root, 'Sources').querySelector('button');
    const body = document.getElementById(toggle?.getAttribute('aria-controls') ?? '');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(body?.hidden).toBe(true);
    // Built only when first opened: the page starts without it.
    expect(body?.childElementCount).toBe(0);
    await click(toggle);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(body?.hidden).toBe(false);
    expect(body?.textContent).toContain('Meduza');
    expect(body?.textContent).toContain('Official');
    // Closed again, it keeps its body (hidden) rather than building it anew.
    await click(toggle);
    expect(body?.hidden).toBe(true);
    expect(body?.textContent).toContain('Meduza');
  });

  it('renders markup from the pack as text, never as elements', async () => {
    const root = await mount(<SidebarApp />);
    await click(section(root, 'Sources').querySelector('button'));
    await act(() => {
      const select = root.querySelector('select');
      if (!select) return;
      select.value = 'all';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('main b')).toBeNull();
    const hostileMentions = root.textContent?.split(HOSTILE).length ?? 0;
    // The statement, the fact and the source name each show the markup literally.
    expect(hostileMentions - 1).toBeGreaterThanOrEqual(3);
  });

  it('closes through the background', async () => {
    const root = await mount(<SidebarApp />);
    await click(buttonByText(root, 'Close'));
    expect(vi.mocked((await import('../messaging/send')).sendToBackground)).toHaveBeenCalledWith('sidebar:close', {});
  });

  it('closes on Escape', async () => {
    await mount(<SidebarApp />);
    await act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(vi.mocked((await import('../messaging/send')).sendToBackground)).toHaveBeenCalledWith('sidebar:close', {});
  });

  it('refreshes, debounced, when its tab state changes', async () => {
    vi.useFakeTimers();
    const send = replyWith({ 'sidebar:get-context': () => ok(articleContext) });
    const root = await mount(<SidebarApp />);
    expect(send).toHaveBeenCalledTimes(1);
    const updated: ArticleContext = {
      ...articleContext,
      anchored: [...articleContext.anchored, { ...articleContext.anchored[0]!, index: 1, excerpt: 'A second claim.' }],
    };
    replyWith({ 'sidebar:get-context': () => ok(updated) });
    emitSessionChange({ 'tab:999': { newValue: {} } });
    emitSessionChange({ [tabStateKey(articleContext.tabId)]: { newValue: {} } });
    emitSessionChange({ [tabStateKey(articleContext.tabId)]: { newValue: {} } });
    await act(() => {
      vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS + 1);
    });
    await settle();
    expect(send.mock.calls.filter(([type]) => type === 'sidebar:get-context')).toHaveLength(2);
    expect(root.textContent).toContain('A second claim.');
    expect(root.querySelector('h1')?.textContent).toBe('Mobilization Context');
  });

  it('asks for its context once when its tab state does not change', async () => {
    vi.useFakeTimers();
    const send = replyWith({ 'sidebar:get-context': () => ok(articleContext) });
    await mount(<SidebarApp />);
    await act(() => {
      vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS * 4);
    });
    await settle();
    expect(send.mock.calls.filter(([type]) => type === 'sidebar:get-context')).toHaveLength(1);
  });

  it('asks again when its tab state changed while the first answer was on its way', async () => {
    vi.useFakeTimers();
    let answer: (value: Result<ArticleContext>) => void = () => {};
    const send = replyWith({ 'sidebar:get-context': () => new Promise<Result<ArticleContext>>((resolve) => (answer = resolve)) });
    const root = await mount(<SidebarApp />);
    emitSessionChange({ [tabStateKey(articleContext.tabId)]: { newValue: {} } });
    replyWith({ 'sidebar:get-context': () => ok({ ...articleContext, anchored: [{ ...articleContext.anchored[0]!, excerpt: 'A later claim.' }] }) });
    await act(() => answer(ok(articleContext)));
    await settle();
    await act(() => {
      vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS + 1);
    });
    await settle();
    expect(send.mock.calls.filter(([type]) => type === 'sidebar:get-context')).toHaveLength(2);
    expect(root.textContent).toContain('A later claim.');
  });

  it('stops listening when it goes away', async () => {
    await mount(<SidebarApp />);
    expect(sessionListenerCount()).toBe(1);
    unmountAll();
    expect(sessionListenerCount()).toBe(0);
  });

  it('opens at the claim named in its URL', async () => {
    location.hash = '#claim-0';
    const root = await mount(<SidebarApp />);
    expect(document.activeElement).toBe(root.querySelector('[data-claim-indices~="0"]'));
  });

  it('offers a retry when the background cannot answer', async () => {
    replyWith({ 'sidebar:get-context': () => ({ ok: false, error: 'no fact pack is installed' }) });
    const root = await mount(<SidebarApp />);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('no fact pack is installed');
    replyWith({ 'sidebar:get-context': () => ok(articleContext) });
    await click(buttonByText(root, 'Try again'));
    expect(root.querySelectorAll('h2')).toHaveLength(4);
  });
});
