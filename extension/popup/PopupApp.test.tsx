// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendToBackground } from '../messaging/send';
import type { TabSummary } from '../messaging/protocol';
import { fakeBrowser } from '../ui/test-support/fake-browser';
import { ok, replyWith } from '../ui/test-support/background-replies';
import { irrelevantSummary, relevantSummary } from '../ui/test-support/fixtures';
import { buttonByText, click, mount, unmountAll } from '../ui/test-support/render';
import { PopupApp } from './PopupApp';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/test-support/fake-browser')).fakeBrowser }));
vi.mock('../messaging/send', () => ({ sendToBackground: vi.fn() }));

function answer(summary: TabSummary) {
  return replyWith({
    'popup:get-tab-summary': () => ok(summary),
    'popup:toggle-sidebar': () => ok({ open: true }),
    'popup:set-overlays-visible': () => ok(null),
  });
}

beforeEach(() => {
  vi.clearAllMocks();
  history.replaceState(null, '', '/popup.html');
});

afterEach(unmountAll);

describe('popup', () => {
  it('asks about the active tab when opened from the toolbar', async () => {
    const send = answer(relevantSummary);
    await mount(<PopupApp />);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith('popup:get-tab-summary', { tabId: 41 });
  });

  it('asks about the tab named in ?tabId= when opened in a tab of its own', async () => {
    history.replaceState(null, '', '/popup.html?tabId=7');
    const send = answer(relevantSummary);
    await mount(<PopupApp />);
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith('popup:get-tab-summary', { tabId: 7 });
  });

  it('summarises a relevant article: verdict, counts, top items, pack and last sync', async () => {
    answer(relevantSummary);
    const root = await mount(<PopupApp />);
    const text = root.textContent ?? '';
    expect(root.querySelector('h1')?.textContent).toBe('Mobilization Context');
    expect(text).toContain("This page is a news article about Russia's 2022 mobilization.");
    expect(text).toContain('Claims found in this article: 2');
    expect(root.querySelector('#popup-questions')?.nextElementSibling?.textContent).toContain('How many people left Russia?');
    expect(root.querySelector('.status-badge')?.textContent).toContain('Disputed');
    expect(text).toContain('An FSB tally put departures at about 261,000.');
    expect(text).toContain('Fact pack 1.2.0, published');
    expect(text).toContain('Facts: 2 · questions: 2 · sources: 3');
    expect(text).toContain('Update refused: its signature does not verify');
    expect(text).toContain('Version 1.2.0, from the update server');
    expect(root.querySelector('[data-sync="next-check"] time')?.getAttribute('datetime')).toBe('2026-11-20T10:25:00Z');
  });

  it("shows the article's claim sentences with the pack's verdict, rating and reason, before the questions", async () => {
    answer(relevantSummary);
    const root = await mount(<PopupApp />);
    const heading = [...root.querySelectorAll('h2')].find((h2) => h2.textContent === 'What this article claims')!;
    const list = heading.closest('section')!;
    expect(list.querySelector('blockquote')?.textContent).toBe('The Kremlin admitted that 700,000 men fled the country.');
    expect(list.querySelector('.rating')?.textContent).toBe('\u21C4Misattributed');
    expect(list.querySelector('.verdict')?.textContent).toContain('Not the Kremlin: an unnamed source quoted by Forbes Russia.');
    const questions = [...root.querySelectorAll('h2')].find((h2) => h2.textContent === 'Questions it touches')!;
    expect(heading.compareDocumentPosition(questions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says plainly when the page is not a relevant article, and offers no sidebar', async () => {
    answer(irrelevantSummary);
    const root = await mount(<PopupApp />);
    expect(root.textContent).toContain("This page is not a news article about Russia's 2022 mobilization");
    expect(root.textContent).not.toContain('Claims found');
    expect(buttonByText(root, 'Open sidebar')).toBeUndefined();
    expect(root.textContent).toContain('No update has been tried yet.');
  });

  it('explains an unchecked page and a disabled site differently', async () => {
    answer({ ...irrelevantSummary, verdict: null });
    let root = await mount(<PopupApp />);
    expect(root.textContent).toContain('This page has not been checked');
    unmountAll();
    answer({ ...relevantSummary, siteEnabled: false });
    root = await mount(<PopupApp />);
    expect(root.textContent).toContain('The extension is paused or turned off for this site');
    expect(buttonByText(root, 'Open sidebar')).toBeUndefined();
  });

  it('opens the sidebar and then offers to close it', async () => {
    const send = answer(relevantSummary);
    const root = await mount(<PopupApp />);
    await click(buttonByText(root, 'Open sidebar'));
    expect(send).toHaveBeenCalledWith('popup:toggle-sidebar', { tabId: 41 });
    expect(buttonByText(root, 'Close sidebar')).toBeDefined();
  });

  it('shows the error when the sidebar cannot open', async () => {
    replyWith({
      'popup:get-tab-summary': () => ok(relevantSummary),
      'popup:toggle-sidebar': () => ({ ok: false, error: 'The sidebar cannot open on this page.' }),
    });
    const root = await mount(<PopupApp />);
    await click(buttonByText(root, 'Open sidebar'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The sidebar cannot open on this page.');
  });

  it('switches highlights off', async () => {
    const send = answer(relevantSummary);
    const root = await mount(<PopupApp />);
    const toggle = root.querySelector('[role="switch"]');
    expect(toggle?.getAttribute('aria-checked')).toBe('true');
    expect(toggle?.textContent).toContain('Highlight claims in articles');
    await click(toggle);
    expect(send).toHaveBeenCalledWith('popup:set-overlays-visible', { visible: false });
    expect(toggle?.getAttribute('aria-checked')).toBe('false');
  });

  it('opens the options page', async () => {
    answer(irrelevantSummary);
    const root = await mount(<PopupApp />);
    await click(buttonByText(root, 'Settings'));
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalled();
  });

  it('reports a background that does not answer', async () => {
    vi.mocked(sendToBackground).mockResolvedValue({ ok: false, error: 'no answer from the background' });
    const root = await mount(<PopupApp />);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('no answer from the background');
  });
});
