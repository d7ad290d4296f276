import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Project conventions a reviewer would otherwise check by hand. */
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
type Catalogue = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

const LOCALES = ['en', 'ru', 'uk'];
const catalogues = Object.fromEntries(LOCALES.map((locale) => [locale, readJson<Catalogue>(`assets/_locales/${locale}/messages.json`)]));
const manifest = readJson<Record<string, unknown>>('manifest.json');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('UI strings', () => {
  it('every locale has the same keys and placeholders as English', () => {
    const english = catalogues.en!;
    for (const locale of LOCALES) {
      const catalogue = catalogues[locale]!;
      expect(Object.keys(catalogue).sort(), locale).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(english)) {
        expect(Object.keys(catalogue[key]?.placeholders ?? {}).sort(), `${locale}:${key}`).toEqual(
          Object.keys(entry.placeholders ?? {}).sort(),
        );
      }
    }
  });

  it('every string is used, and every string used exists', () => {
    const code = [...sourceFiles('extension'), 'manifest.json'].map((file) => readFileSync(file, 'utf8')).join('\n');
    const used = new Set(
      [...code.matchAll(/(?:\bt|message|getMessage)\(\s*'([A-Za-z0-9_]+)'|__MSG_([A-Za-z0-9_]+)__/g)].map((match) => match[1] ?? match[2]),
    );
    const keys = Object.keys(catalogues.en!);
    // Keys named in lookup tables (topic and source-kind labels) appear as plain strings.
    expect(keys.filter((key) => !used.has(key) && !code.includes(`'${key}'`))).toEqual([]);
    expect([...used].filter((key) => key !== undefined && !keys.includes(key))).toEqual([]);
  });
});

describe('manifest', () => {
  it('names only files that exist', () => {
    const paths = JSON.stringify(manifest).match(/"[\w/.-]+\.(?:ts|tsx|html|png)"/g) ?? [];
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths.map((quoted) => quoted.slice(1, -1))) expect(existsSync(path), path).toBe(true);
  });

  it('asks for no host access: storage, alarms, and the current tab when the reader clicks the button', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'activeTab']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('externally_connectable');
  });
});
