import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncOutcome } from '../messaging/protocol';
import { syncOutcomeText } from './SyncResult';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogue = (locale: string) => JSON.parse(readFileSync(`assets/_locales/${locale}/messages.json`, 'utf8')) as Catalogue;

/** The browser's language can change between the check and its display; the stored code follows it. */
let current: Catalogue = catalogue('en');

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getUILanguage: () => 'en-US',
      getMessage: (key: string, subs: string[] = []) => {
        const entry = current[key];
        if (!entry) return '';
        const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
        return named.replace(/\$([1-9])/g, (_whole, n: string) => subs[Number(n) - 1] ?? '');
      },
    },
  },
}));

const refused: SyncOutcome = { status: 'refused', code: 'downgrade', params: ['1.0.0', '1.2.0'], at: '2026-11-20T10:00:00Z' };

describe('refusal reasons', () => {
  beforeEach(() => {
    current = catalogue('en');
  });

  it('are stored as a code and put into words in the language of the moment', () => {
    expect(syncOutcomeText(refused, 'en')).toMatch(/^Update refused: version 1\.0\.0 is older than the installed 1\.2\.0 \(/);
    current = catalogue('ru');
    expect(syncOutcomeText(refused, 'ru')).toMatch(/^Обновление отклонено: версия 1\.0\.0 более ранняя, чем установленная 1\.2\.0 \(/);
    current = catalogue('uk');
    expect(syncOutcomeText(refused, 'uk')).toMatch(/^Оновлення відхилено: версія 1\.0\.0 старіша за встановлену 1\.2\.0 \(/);
  });

  it('name the values the background recorded: a host, a key id, a status', () => {
    current = catalogue('ru');
    const at = '2026-11-20T10:00:00Z';
    expect(syncOutcomeText({ status: 'refused', code: 'unreachable', params: ['packs.example.org'], at }, 'ru')).toContain('не удалось связаться с сервером packs.example.org');
    expect(syncOutcomeText({ status: 'refused', code: 'revoked-key', params: ['ed25519:00112233aabbccdd'], at }, 'ru')).toContain('отозванным ключом (ed25519:00112233aabbccdd)');
    current = catalogue('uk');
    expect(syncOutcomeText({ status: 'refused', code: 'http-status', params: ['503'], at }, 'uk')).toContain('сервер відповів кодом HTTP 503');
  });
});
