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

describe('runtime dependencies', () => {
  const packageJson = readJson<{ dependencies?: Record<string, string>; devDependencies?: Record<string, string> }>('package.json');
  const runtime = packageJson.dependencies ?? {};

  /** The rows of the README's "Runtime dependencies" table: package, version range, why, what it may touch. */
  function readmeTable(): Array<{ name: string; range: string; why: string; touches: string }> {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.split(/^## Runtime dependencies\s*$/m)[1]?.split(/^## /m)[0] ?? '';
    const rows = section.split('\n').filter((line) => /^\|/.test(line.trim()));
    return rows
      .slice(2) // the header and its --- line
      .map((line) => line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim().replace(/^`|`$/g, '')))
      .map(([name = '', range = '', why = '', touches = '']) => ({ name, range, why, touches }));
  }

  /** The package a bare import specifier names: "preact/hooks" → "preact", "@noble/ed25519" → itself. */
  const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

  it("the README's table names every runtime dependency with its exact range, why it is needed and what it may touch", () => {
    const table = readmeTable();
    expect(table.length, 'README.md has a "## Runtime dependencies" table').toBeGreaterThan(0);
    expect(Object.fromEntries(table.map((row) => [row.name, row.range]))).toEqual(runtime);
    for (const row of table) {
      expect(row.why.length, `${row.name}: why it is needed`).toBeGreaterThan(10);
      expect(row.touches.length, `${row.name}: what it may touch`).toBeGreaterThan(3);
    }
  });

  it('code that ships imports only the runtime dependencies (never a dev dependency)', () => {
    const imported = new Set<string>();
    const shipped = [...sourceFiles('extension'), ...sourceFiles('src')].filter((file) => !/test-support|test-fixtures/.test(file));
    for (const file of shipped) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'([^'.][^']*)'|import\(\s*'([^'.][^']*)'\s*\)/g)) {
        const specifier = match[1] ?? match[2];
        if (specifier && !specifier.startsWith('node:')) imported.add(packageOf(specifier));
      }
    }
    expect(imported.size).toBeGreaterThan(3);
    expect([...imported].filter((name) => !Object.hasOwn(runtime, name)).sort()).toEqual([]);
  });
});
