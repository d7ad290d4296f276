import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Fails the build when the content script's first chunk (what every page loads before any
 * check: the pre-filter and its topic fragments) exceeds its budget. Lazily imported chunks
 * (the controller, the sidebar host and overlays) don't count; vite.config.ts also refuses
 * the protocol, valibot, settings and scoring in it. The budget leaves room for the fragments
 * of more lexicon languages.
 */
const BUDGET_BYTES = 8 * 1024;
const dist = process.argv[2] ?? 'dist';

interface Manifest {
  content_scripts?: Array<{ js?: string[] }>;
}

/** The files a module pulls in before running: its static imports, recursively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  const specifiers = [
    ...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
    ...code.matchAll(/\bexport\s*[\w*{}\s,$]+from\s*["']([^"']+)["']/g),
  ].map((match) => match[1]!);
  // crxjs's loader imports the real entry with import(getURL(...)): that chunk is initial too.
  const loaderTargets = [...code.matchAll(/getURL\(\s*["']([^"']+\.js)["']\s*\)/g)].map((match) => match[1]!);
  for (const specifier of specifiers) {
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      const target = specifier.startsWith('/') ? specifier.slice(1) : normalize(join(dirname(file), specifier));
      staticClosure(target, seen);
    }
  }
  for (const target of loaderTargets) staticClosure(target.replace(/^\//, ''), seen);
  return seen;
}

const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
const entries = manifest.content_scripts?.flatMap((script) => script.js ?? []) ?? [];
let total = 0;
for (const file of new Set(entries.flatMap((entry) => [...staticClosure(entry)]))) {
  const size = gzipSync(readFileSync(join(dist, file))).length;
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} KB gzipped`);
}
console.log(`Content script first chunk: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`);
if (total > BUDGET_BYTES) {
  console.error('The content script first chunk is over budget.');
  process.exit(1);
}
