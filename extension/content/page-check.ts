import browser from 'webextension-polyfill';
import { classifyPage, fromStoredLexicon, isCandidateUrl, type PageVerdict, type StoredLexicon } from '../../src/detect';
import type { CompiledLexicon } from '../../src/detect/compile-lexicon';
import { declaredLanguage } from '../../src/detect/detect-language';
import { isSiteEnabled, SETTINGS_KEY, withDefaults } from '../settings/settings-store';
import type { Settings } from '../messaging/protocol';
import { LEXICON_KEY, lexiconLanguageKey } from '../messaging/storage-keys';


export interface PageCheck {
  settings: Settings;
  verdict: PageVerdict | null;
  /** True right after install, before the worker has published the pack's lexicon. */
  lexiconMissing: boolean;
}

/** A language whose compiled part the page has not read yet: classification asked for it. */
class LanguageNotRead extends Error {
  constructor(readonly lang: string) {
    super(`the lexicon's ${lang} part was not read`);
  }
}

/**
 * The lexicon with the language parts in `parts`; the others answer what language recognition
 * reads (their name and scripts) and throw LanguageNotRead for anything more.
 */
function lexiconWith(head: StoredLexicon, parts: ReadonlyMap<string, string>): CompiledLexicon {
  const lexicon = fromStoredLexicon({ ...head, languages: head.languages.map((language) => ({ ...language, compiled: parts.get(language.lang) ?? '' })) });
  const languages = new Map(lexicon.languages);
  for (const { lang, scripts } of head.languages) {
    if (parts.has(lang)) continue;
    const notRead = (): never => {
      throw new LanguageNotRead(lang);
    };
    languages.set(lang, { lang, scripts, get terms() { return notRead(); }, get markers() { return notRead(); }, get teaserSource() { return notRead(); }, get thousandWords() { return notRead(); } });
  }
  return { ...lexicon, languages };
}

/**
 * Reads settings and the pack's lexicon from `storage.local` (no message, so the background
 * stays asleep) and classifies the page. Paused sites and a missing lexicon give no verdict;
 * addresses that cannot be articles give no check at all. Only the part of the lexicon for the
 * language the page declares is read with the rest; should classification find the page in
 * another language, that part is read and the page classified again (pages rarely mislabel
 * their language, and classifying costs a few milliseconds).
 */
export async function checkPage(): Promise<PageCheck | null> {
  // Home pages, search results and listings are never articles: stop before reading anything.
  if (!isCandidateUrl(location.href)) return null;
  // A part gone between two reads means a newer pack was published in between, its change
  // already past: the whole read is made again, once. Gone again, a publication is under way,
  // and its head, written last, brings a check of its own.
  return (await readAndClassify(false)) ?? readAndClassify(true);
}

/** The check, or null when a language part was gone and `lastRead` is false. */
async function readAndClassify(lastRead: boolean): Promise<PageCheck | null> {
  // Read afresh at each check (they are rare: load, navigation, late text) rather than kept:
  // an article page would otherwise hold the lexicon in its heap for as long as it is open.
  // "sr-Latn" is "sr"; an alias ("hr") has its language's part under its own key; a tag that
  // names no two-letter language ("fil") reads no part up front.
  const declared = declaredLanguage(document.documentElement.lang);
  const stored = await browser.storage.local.get([SETTINGS_KEY, LEXICON_KEY, ...(declared ? [lexiconLanguageKey(declared)] : [])]);
  const settings = withDefaults(stored[SETTINGS_KEY]);
  const head = stored[LEXICON_KEY] as StoredLexicon | undefined;
  if (!head || !isSiteEnabled(settings, location.hostname)) return { settings, verdict: null, lexiconMissing: !head };
  const parts = new Map<string, string>();
  const declaredPart = declared ? stored[lexiconLanguageKey(declared)] : undefined;
  if (typeof declaredPart === 'string') parts.set(new Map(head.aliases).get(declared) ?? declared, declaredPart);
  for (;;) {
    try {
      return { settings, verdict: classifyPage(document, location.href, lexiconWith(head, parts), { onlyJudgeOnTopicPages: true }), lexiconMissing: false };
    } catch (error) {
      if (!(error instanceof LanguageNotRead) || parts.has(error.lang)) throw error;
      const key = lexiconLanguageKey(error.lang);
      const part = (await browser.storage.local.get(key))[key];
      if (typeof part !== 'string') return lastRead ? { settings, verdict: null, lexiconMissing: true } : null;
      parts.set(error.lang, part);
    }
  }
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
