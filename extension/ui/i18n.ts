import browser from 'webextension-polyfill';

/** Every key of the English catalogue; a typo in a key fails to compile. Type-only: nothing is bundled. */
export type MessageKey = Exclude<keyof typeof import('../../assets/_locales/en/messages.json'), 'default'>;

/**
 * A UI string from `_locales` in the browser's language. Falls back to the key itself, so a
 * missing translation shows something and tests without a catalogue still work.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The browser's UI language (e.g. "en-US"), used for number and date formatting. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** Marks a page with the UI language so screen readers pronounce labels correctly. */
export function applyDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = uiLocale();
}
