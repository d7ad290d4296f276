import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_DIST } from './paths';

/**
 * Nothing the extension runs comes from outside its package: the built extension (made by
 * global-setup, like a release but with a test signing key) is scanned for scripts, styles,
 * imports and fetches that point elsewhere, and its manifest for a policy that would allow
 * them. The network recorder in the harness checks the same at run time.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const built = files(E2E_DIST);
const read = (path: string) => readFileSync(path, 'utf8');
const withExtension = (...extensions: string[]) => built.filter((path) => extensions.some((extension) => path.endsWith(extension)));
const name = (path: string) => relative(E2E_DIST, path);

/**
 * URL strings the bundled libraries carry that are never requested: XML namespace names
 * (Preact), JSON Schema dialect ids (zod) and links in error messages (Dexie). A new one
 * fails the test until someone checks what it is.
 */
const INERT_URLS = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'https://json-schema.org/draft/2020-12/schema',
  'http://json-schema.org/draft-07/schema#',
  'http://json-schema.org/draft-04/schema#',
  'https://tinyurl.com/y2uuvskb',
  'http://bit.ly/2kdckMn',
]);

/** Remote addresses written out in code: a host with a dot and a top-level domain. */
const REMOTE_URL = /(?:https?|wss?):\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?::\d+)?(?:\/[^\s"'`)<>\\]*)?/g;
/** Code that would load something: imports, fetches, workers, script sources, with a literal address. */
const LOADS = [
  /\bimport\s*\(\s*(["'`])([^"'`]*)\1/g,
  /\bfrom\s*(["'`])([^"'`]*)\1/g,
  /\bimport\s*(["'`])([^"'`]*)\1/g,
  /\bfetch\s*\(\s*(["'`])([^"'`]*)\1/g,
  /\bnew\s+(?:Shared)?Worker\s*\(\s*(["'`])([^"'`]*)\1/g,
  /\.src\s*=\s*(["'`])([^"'`]*)\1/g,
];

/** The loads in `code` that point outside the package; any `importScripts` at all (the worker is a module). */
function remoteLoads(code: string): string[] {
  const found = LOADS.flatMap((pattern) => [...code.matchAll(pattern)].filter((match) => isRemote(match[2] ?? '')).map((match) => match[0]));
  return [...found, ...[...code.matchAll(/\bimportScripts\s*\(\s*(["'`])?[^"'`)]*\1?/g)].map((match) => match[0])];
}

const isRemote = (reference: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(reference) && !reference.startsWith('chrome-extension:');

describe('the built extension loads nothing from outside itself', () => {
  it('was built (the control: there is code to scan)', () => {
    expect(withExtension('.js').length).toBeGreaterThan(5);
    expect(withExtension('.html').length).toBeGreaterThanOrEqual(3);
  });

  it('scripts import, fetch and load workers or scripts only by relative or extension URLs', () => {
    // The control: the scan finds what it looks for.
    expect(remoteLoads('import("https://cdn.example.com/x.js");fetch(`//evil.example/p`);importScripts("a.js")')).toEqual([
      'import("https://cdn.example.com/x.js"',
      'fetch(`//evil.example/p`',
      'importScripts("a.js"',
    ]);
    expect(withExtension('.js').flatMap((path) => remoteLoads(read(path)).map((load) => `${name(path)}: ${load}`))).toEqual([]);
  });

  it('every URL written in the code is a known inert string, never an address to load', () => {
    const found = new Map<string, string>();
    for (const path of withExtension('.js')) for (const [url] of read(path).matchAll(REMOTE_URL)) found.set(url, name(path));
    expect([...found].filter(([url]) => !INERT_URLS.has(url)).map(([url, file]) => `${file}: ${url}`)).toEqual([]);
  });

  it('pages and styles refer only to files of the package', () => {
    const remote: string[] = [];
    for (const path of withExtension('.html')) {
      for (const match of read(path).matchAll(/\b(?:src|href|action|formaction|data)\s*=\s*["']?([^"'\s>]+)/gi)) {
        if (isRemote(match[1] ?? '')) remote.push(`${name(path)}: ${match[0]}`);
      }
    }
    for (const path of withExtension('.css', '.html')) {
      for (const match of read(path).matchAll(/(?:@import\s+(?:url\()?|url\()\s*["']?([^"')\s;]+)/gi)) {
        if (isRemote(match[1] ?? '')) remote.push(`${name(path)}: ${match[0]}`);
      }
    }
    expect(remote).toEqual([]);
  });

  it("the manifest's policy allows only the package's own scripts, and names only local files", () => {
    const manifest = JSON.parse(read(join(E2E_DIST, 'manifest.json'))) as {
      content_security_policy?: { extension_pages?: string; sandbox?: string };
      background?: { service_worker?: string };
      content_scripts?: Array<{ js?: string[]; css?: string[] }>;
      [key: string]: unknown;
    };
    const policy = manifest.content_security_policy?.extension_pages ?? "script-src 'self'";
    const scriptSources = /script-src\s+([^;]+)/.exec(policy)?.[1]?.trim().split(/\s+/) ?? [];
    expect(scriptSources).toEqual(["'self'"]);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(manifest).not.toHaveProperty('update_url');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest.content_security_policy).not.toHaveProperty('sandbox');
    const local = [manifest.background?.service_worker, ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])])];
    for (const file of local) {
      expect(file, 'a local file').toBeDefined();
      expect(built.map(name)).toContain(file);
    }
  });
});
