import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * `npm run package`: the store uploads, from builds already made (`npm run build`,
 * `npm run build:firefox`):
 * - `mobilization-context-<version>-chrome.zip` for the Chrome Web Store,
 * - `mobilization-context-<version>-firefox.zip` for addons.mozilla.org,
 * - `mobilization-context-<version>-source.zip`, the source AMO asks for when code is bundled:
 *   every file git tracks at HEAD, whose docs/building.md says how to rebuild the add-on.
 */
const { values } = parseArgs({
  options: {
    chrome: { type: 'string', default: 'dist' },
    firefox: { type: 'string', default: 'dist-firefox' },
    out: { type: 'string', default: 'release' },
  },
});
const out = resolve(values.out);

function versionOf(dist: string): string {
  const manifest = join(dist, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`${dist} has no manifest.json: build it first (npm run build, npm run build:firefox)`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** web-ext zips an extension folder the way both stores expect: the manifest at the root. */
function zipExtension(dist: string, filename: string): string {
  execFileSync('npx', ['web-ext', 'build', '--source-dir', dist, '--artifacts-dir', out, '--filename', filename, '--overwrite-dest', '--no-config-discovery'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return join(out, filename);
}

const version = versionOf(values.chrome);
if (versionOf(values.firefox) !== version) throw new Error('the Chromium and Firefox builds have different versions: rebuild both');
mkdirSync(out, { recursive: true });

const written = [
  zipExtension(values.chrome, `mobilization-context-${version}-chrome.zip`),
  zipExtension(values.firefox, `mobilization-context-${version}-firefox.zip`),
];
const source = join(out, `mobilization-context-${version}-source.zip`);
execFileSync('git', ['archive', '--format=zip', `--prefix=mobilization-context-${version}/`, '-o', source, 'HEAD']);
written.push(source);
for (const file of written) console.log(file);
