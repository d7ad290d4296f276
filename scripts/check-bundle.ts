import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Fails the build when the content script's first chunk (what every page loads before any
 * check: the pre-filter and its topic fragments) exceeds its budget or is not one classic
 * script. build/content-first-chunk.ts builds it self-contained, so a module statement in it
 * means a loader and more fetches on every page are back. The controller and what it loads
 * (imported only on pages that might be about the topic) don't count; the build also refuses
 * the protocol, valibot, settings and scoring in the first chunk. The budget leaves room for
 * the fragments of more lexicon languages.
 */
const BUDGET_BYTES = 8 * 1024;
const dist = process.argv[2] ?? 'dist';

interface Manifest {
  content_scripts?: Array<{ js?: string[] }>;
}

const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
const entries = new Set(manifest.content_scripts?.flatMap((script) => script.js ?? []) ?? []);
let total = 0;
let failed = false;
for (const file of entries) {
  const code = readFileSync(join(dist, file));
  const size = gzipSync(code).length;
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} KB gzipped`);
  if (/(^|[;}])\s*(import\s*[\w*{"'`]|export\s*[\w*{])/m.test(code.toString('utf8'))) {
    console.error(`${file} has import or export statements: content scripts must be self-contained classic scripts.`);
    failed = true;
  }
}
console.log(`Content script first chunk: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`);
if (total > BUDGET_BYTES) {
  console.error('The content script first chunk is over budget.');
  failed = true;
}
if (failed) process.exit(1);
