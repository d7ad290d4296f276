import browser from 'webextension-polyfill';
import { classifyPage, fromStoredLexicon, isCandidateUrl, type PageVerdict, type StoredLexicon } from '../../src/detect';
import { isSiteEnabled, SETTINGS_KEY, withDefaults } from '../settings/settings-store';
import type { Settings } from '../messaging/protocol';
import { LEXICON_KEY } from '../messaging/storage-keys';


export interface PageCheck {
  settings: Settings;
  verdict: PageVerdict | null;
  /** True right after install, before the worker has published the pack's lexicon. */
  lexiconMissing: boolean;
}

/**
 * Reads settings and the pack's lexicon from `storage.local` (no message, so the background
 * stays asleep) and classifies the page. Paused sites and a missing lexicon give no verdict;
 * addresses that cannot be articles give no check at all.
 */
export async function checkPage(): Promise<PageCheck | null> {
  // Home pages, search results and listings are never articles: stop before reading anything.
  if (!isCandidateUrl(location.href)) return null;
  // Read afresh at each check (they are rare: load, navigation, late text) rather than kept:
  // an article page would otherwise hold the whole lexicon in its heap for as long as it is open.
  const stored = await browser.storage.local.get([SETTINGS_KEY, LEXICON_KEY]);
  const settings = withDefaults(stored[SETTINGS_KEY]);
  const published = stored[LEXICON_KEY] as StoredLexicon | undefined;
  const lexicon = published && fromStoredLexicon(published);
  if (!lexicon || !isSiteEnabled(settings, location.hostname)) return { settings, verdict: null, lexiconMissing: !lexicon };
  return { settings, verdict: classifyPage(document, location.href, lexicon, { onlyJudgeOnTopicPages: true }), lexiconMissing: false };
}

/** Calls `then` once, when the worker publishes a lexicon. */
export function whenLexiconPublished(signal: AbortSignal, then: () => void): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !changes[LEXICON_KEY]?.newValue) return;
    browser.storage.onChanged.removeListener(listener);
    if (!signal.aborted) then();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
