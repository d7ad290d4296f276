import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { E2E_DIST, E2E_DIST_FIREFOX } from './paths';

/** `npm run package`, run on this suite's own Chromium and Firefox builds. */
describe('release packages', () => {
  const out = mkdtempSync(join(tmpdir(), 'mc-release-'));
  execFileSync('npx', ['tsx', 'scripts/package-release.ts', '--chrome', E2E_DIST, '--firefox', E2E_DIST_FIREFOX, '--out', out]);
  const version = (JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string }).version;
  const open = async (kind: string) => JSZip.loadAsync(readFileSync(join(out, `mobilization-context-${version}-${kind}.zip`)));
  const manifestIn = async (zip: JSZip) => JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;

  it('writes the three uploads and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(['chrome', 'firefox', 'source'].map((kind) => `mobilization-context-${version}-${kind}.zip`));
  });

  it('zips each build with its own manifest at the root', async () => {
    const chrome = await manifestIn(await open('chrome'));
    expect(chrome.background).toMatchObject({ service_worker: expect.any(String) });
    const firefox = await manifestIn(await open('firefox'));
    expect(firefox.background).toMatchObject({ scripts: [expect.any(String)] });
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { data_collection_permissions: { required: ['none'] } } });
    for (const zip of [await open('chrome'), await open('firefox')]) {
      expect(zip.file('_locales/ru/messages.json')).not.toBeNull();
      expect(zip.file('fact-pack.json')).not.toBeNull();
    }
  });

  it('archives the tracked source with its build instructions, without builds or dependencies', async () => {
    const names = Object.keys((await open('source')).files).map((name) => name.replace(/^[^/]+\//, ''));
    for (const needed of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'docs/building.md', 'build/browser-manifest.ts', 'extension/background/index.ts']) {
      expect(names, needed).toContain(needed);
    }
    expect(names.filter((name) => /^(node_modules|dist[^/]*|\.generated|release)\//.test(name))).toEqual([]);
  });
});
