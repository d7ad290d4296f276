import { vi } from 'vitest';
import catalogue from '../../../assets/_locales/en/messages.json';

/** The parts of `webextension-polyfill` the UI pages use, in memory, for component tests. */
interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type StorageListener = (changes: StorageChanges) => void;

const messages = catalogue as Record<string, CatalogueEntry>;

/** Chrome's substitution rules: named `$NAME$` placeholders, then `$1`…`$9`, with `$$` for "$". */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    return entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_whole, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}

const sessionListeners = new Set<StorageListener>();

export const fakeBrowser = {
  i18n: { getMessage, getUILanguage: () => 'en-US' },
  storage: {
    session: {
      onChanged: {
        addListener: (listener: StorageListener) => void sessionListeners.add(listener),
        removeListener: (listener: StorageListener) => void sessionListeners.delete(listener),
        hasListener: (listener: StorageListener) => sessionListeners.has(listener),
      },
    },
  },
  tabs: { query: vi.fn(async (_query: { active: boolean; currentWindow: boolean }) => [{ id: 41 }]) },
  runtime: { openOptionsPage: vi.fn(async () => undefined) },
};

/** Fires `storage.session.onChanged` as the background's writes would. */
export function emitSessionChange(changes: StorageChanges): void {
  for (const listener of sessionListeners) listener(changes);
}

export function sessionListenerCount(): number {
  return sessionListeners.size;
}
