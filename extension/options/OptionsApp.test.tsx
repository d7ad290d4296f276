// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { Settings } from '../messaging/protocol';
import { ok, replyWith } from '../ui/test-support/background-replies';
import { optionsStatus } from '../ui/test-support/fixtures';
import { buttonByText, click, mount, settle, unmountAll } from '../ui/test-support/render';
import { OptionsApp } from './OptionsApp';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/test-support/fake-browser')).fakeBrowser }));
vi.mock('../messaging/send', () => ({ sendToBackground: vi.fn() }));

let settings: Settings;

function answer(table: Parameters<typeof replyWith>[0] = {}) {
  return replyWith({
    'options:get-status': () => ok({ ...optionsStatus, settings }),
    'options:update-settings': (patch) => {
      settings = { ...settings, ...patch };
      return ok(settings);
    },
    ...table,
  });
}

async function type(input: HTMLInputElement | null, value: string) {
  if (!input) throw new Error('no input');
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(form: HTMLFormElement | null | undefined) {
  if (!form) throw new Error('no form');
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

beforeEach(() => {
  vi.clearAllMocks();
  settings = { ...optionsStatus.settings };
});

afterEach(unmountAll);

describe('options page', () => {
  it('shows the fact pack, the last sync and the settings', async () => {
    answer();
    const root = await mount(<OptionsApp />);
    const text = root.textContent ?? '';
    expect(root.querySelector('h1')?.textContent).toBe('Mobilization Context settings');
    expect(text).toContain('1.2.0');
    expect(text).toContain(optionsStatus.pack?.contentHash);
    expect(text).toContain('Facts: 2 · questions: 2 · claims: 4 · sources: 3');
    expect(text).toContain('Already up to date: version 1.2.0');
    expect(root.querySelector('.site-list')?.textContent).toContain('example.com');
    expect(root.querySelector<HTMLInputElement>('#update-url')?.value).toBe('https://packs.example.org/pack.json');
    expect(text).toContain("The interface and the fact pack follow your browser's language");
  });

  it.each([
    ['ftp://packs.example.org/pack.json', 'Only http:// and https:// addresses are allowed.'],
    ['packs.example.org', 'This is not a valid web address.'],
  ])('refuses the update URL %s without saving it', async (value, message) => {
    const send = answer();
    const root = await mount(<OptionsApp />);
    const input = root.querySelector<HTMLInputElement>('#update-url');
    await type(input, value);
    await submit(input?.form);
    expect(root.querySelector('#update-url-feedback')?.textContent).toBe(message);
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    expect(input?.getAttribute('aria-describedby')).toContain('update-url-feedback');
    expect(send).not.toHaveBeenCalledWith('options:update-settings', expect.anything());
  });

  it('saves a valid update URL', async () => {
    const send = answer();
    const root = await mount(<OptionsApp />);
    const input = root.querySelector<HTMLInputElement>('#update-url');
    await type(input, 'http://127.0.0.1:8080/pack.json');
    await submit(input?.form);
    expect(send).toHaveBeenCalledWith('options:update-settings', { updateUrl: 'http://127.0.0.1:8080/pack.json' });
    expect(root.querySelector('#update-url-feedback')?.textContent).toBe('Update URL saved.');
    expect(input?.hasAttribute('aria-invalid')).toBe(false);
  });

  it('shows the last check, the last update and the next scheduled check', async () => {
    answer();
    const root = await mount(<OptionsApp />);
    expect(root.querySelector('[data-sync="last-check"]')?.textContent).toContain('Already up to date: version 1.2.0');
    expect(root.querySelector('[data-sync="last-update"]')?.textContent).toContain('Version 1.2.0, from the update server');
    expect(root.querySelector('[data-sync="next-check"] time')?.getAttribute('datetime')).toBe('2026-11-23T08:30:00Z');
  });

  it('follows the built-in update URL until the reader sets one, and goes back to it on request', async () => {
    settings = { ...settings, updateUrl: null };
    const send = answer();
    const root = await mount(<OptionsApp />);
    const input = root.querySelector<HTMLInputElement>('#update-url');
    expect(input?.value).toBe('https://updates.example.net/index.json');
    expect(root.textContent).toContain('Default address built into this version: https://updates.example.net/index.json');
    expect(buttonByText(root, 'Use the default')).toBeUndefined();

    await type(input, '');
    await submit(input?.form);
    expect(send).toHaveBeenCalledWith('options:update-settings', { updateUrl: '' });
    expect(root.querySelector('#update-url-feedback')?.textContent).toBe('Update URL removed: the fact pack will not be updated.');

    await click(buttonByText(root, 'Use the default'));
    expect(send).toHaveBeenLastCalledWith('options:update-settings', { updateUrl: null });
    expect(input?.value).toBe('https://updates.example.net/index.json');
    expect(root.querySelector('#update-url-feedback')?.textContent).toBe('The default update URL is in use again.');
  });

  it('shows a refused sync with its reason', async () => {
    answer({ 'options:sync-now': () => ok({ status: 'refused', code: 'bad-signature', params: ['ed25519:1a08b3eaf5827047'], at: '2026-11-23T09:00:00Z' }) });
    const root = await mount(<OptionsApp />);
    await click(buttonByText(root, 'Sync now'));
    const result = root.querySelector('.sync-now__result');
    expect(result?.getAttribute('role')).toBe('status');
    expect(result?.textContent).toContain('Update refused: its signature does not verify');
    expect(result?.textContent).toContain('The current pack was kept.');
  });

  it('reads the status again after a successful update', async () => {
    const send = answer({ 'options:sync-now': () => ok({ status: 'updated', version: '1.3.0', at: '2026-11-23T09:00:00Z' }) });
    const root = await mount(<OptionsApp />);
    await click(buttonByText(root, 'Sync now'));
    expect(root.querySelector('.sync-now__result')?.textContent).toContain('Updated to version 1.3.0');
    expect(send.mock.calls.filter(([type]) => type === 'options:get-status')).toHaveLength(2);
  });

  it('says when a sync could not run at all', async () => {
    answer({ 'options:sync-now': () => ({ ok: false, error: 'no answer from the background' }) });
    const root = await mount(<OptionsApp />);
    await click(buttonByText(root, 'Sync now'));
    expect(root.querySelector('.sync-now__result')?.textContent).toBe('Sync could not run: no answer from the background');
  });

  it('pauses everywhere', async () => {
    const send = answer();
    const root = await mount(<OptionsApp />);
    const pause = [...root.querySelectorAll('[role="switch"]')].find((node) => node.textContent?.includes('Pause everywhere'));
    expect(pause?.getAttribute('aria-checked')).toBe('false');
    await click(pause);
    expect(send).toHaveBeenCalledWith('options:update-settings', { paused: true });
    expect(pause?.getAttribute('aria-checked')).toBe('true');
  });

  it('adds a site typed as an address, refuses nonsense, and removes a site', async () => {
    const send = answer();
    const root = await mount(<OptionsApp />);
    const input = root.querySelector<HTMLInputElement>('#site-input');
    await type(input, 'not a site');
    await submit(input?.form);
    expect(root.querySelector('#sites-error')?.textContent).toBe('Enter a hostname such as example.com, or a web address.');
    await type(input, 'https://www.News.example.org/article');
    await submit(input?.form);
    expect(send).toHaveBeenCalledWith('options:update-settings', { disabledSites: ['example.com', 'www.news.example.org'] });
    expect(root.querySelector('.site-list')?.textContent).toContain('www.news.example.org');
    expect(input?.value).toBe('');
    await click(buttonByText(root, 'Remove'));
    expect(send).toHaveBeenLastCalledWith('options:update-settings', { disabledSites: ['www.news.example.org'] });
    expect(document.activeElement).toBe(input);
  });
});
