import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Chromium switches every bench browser runs with: every host but the local one fails at once,
 * so pages load without network and without interception; and no back/forward cache, so with a
 * new tab per visit (measure-visit.ts) the heap read after a page is that page's alone.
 */
export const BENCH_BROWSER_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1', '--disable-features=BackForwardCache'];

/** The baseline: an extension whose content script is empty, injected on the same pages as ours. */
export function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-empty-extension-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty baseline',
      version: '1.0.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'content.js'), '');
  return dir;
}
