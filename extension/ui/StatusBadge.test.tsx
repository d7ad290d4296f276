// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusBadge } from './StatusBadge';
import { SyncResult } from './SyncResult';
import { mount, unmountAll } from './test-support/render';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./test-support/fake-browser')).fakeBrowser }));

afterEach(unmountAll);

describe('StatusBadge', () => {
  it.each([
    ['consensus', 'Sources agree'],
    ['range', 'Estimates vary'],
    ['disputed', 'Disputed'],
  ] as const)('says %s in words, not only in colour', async (status, words) => {
    const root = await mount(<StatusBadge status={status} />);
    const badge = root.querySelector('.status-badge');
    expect(badge?.textContent).toContain(words);
    expect(badge?.classList.contains(`status-badge--${status}`)).toBe(true);
    // The glyph is decoration: screen readers get the words only.
    expect(badge?.querySelector('[aria-hidden="true"]')).not.toBeNull();
  });
});

describe('SyncResult', () => {
  it('gives a refused sync its reason', async () => {
    const root = await mount(<SyncResult outcome={{ status: 'refused', code: 'unreachable', params: ['packs.example.org'], at: '2026-01-02T03:04:05Z' }} />);
    expect(root.textContent).toContain('Update refused: the server packs.example.org could not be reached');
    expect(root.textContent).toContain('The current pack was kept.');
  });

  it('says when no sync has happened', async () => {
    const root = await mount(<SyncResult outcome={null} />);
    expect(root.textContent).toBe('No update has been tried yet.');
  });

  it('names the new version after an update', async () => {
    const root = await mount(<SyncResult outcome={{ status: 'updated', version: '2.0.0', at: '2026-01-02T03:04:05Z' }} />);
    expect(root.textContent).toContain('Updated to version 2.0.0');
  });
});
