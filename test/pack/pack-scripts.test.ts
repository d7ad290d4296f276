import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getPublicKeyAsync } from '@noble/ed25519';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFactPackSchema } from '../../src/pack/fact-pack-schema';
import { sha256Tag } from '../../src/pack/canonical-json';
import { keyIdOf } from '../../src/pack/keyring';
import { openPackIndex, openSignedPack } from '../../src/pack/signed-pack';
import { claimReviewProblems } from './claim-review-fields';
import { fixturePack, fixtureSourceFiles } from './fixture-pack';

// The scripts run as `npm run pack` and `npm run pack:publish` do, in a child process.
const work = mkdtempSync(join(tmpdir(), 'mc-pack-scripts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tsx(script: string, args: string[], env: Record<string, string> = {}) {
  const run = spawnSync('npx', ['tsx', script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.split('\n').filter((line) => line && !line.startsWith('npm warn')) };
}

function writeSources(dir: string, files = fixtureSourceFiles()): string {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return dir;
}

const buildArgs = (src: string, out: string, ...rest: string[]) => ['--src', src, '--out', out, '--schema', join(work, 'schema.json'), ...rest];

describe('scripts/build-pack.ts', () => {
  it('builds the pack, the JSON Schema and prints a summary', () => {
    const src = writeSources(join(work, 'ok'));
    const out = join(work, 'ok-out/fact-pack.json');
    const run = tsx('scripts/build-pack.ts', buildArgs(src, out, '--version', '3.2.1'));
    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^fact pack fixture 3\.2\.1 sha256-[0-9a-f]{64}: 2 sources, 2 facts, 2 questions, 4 claims \(1 assessed\), 2 matchers, 1 lexicon languages/);
    const built = builtFactPackSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(built.version).toBe('3.2.1');
    expect(JSON.parse(readFileSync(join(work, 'schema.json'), 'utf8'))).toMatchObject({ type: 'object', required: expect.arrayContaining(['contentHash']) });
  });

  it('prints every error as file: path: reason and exits 1', () => {
    const pack = fixturePack();
    const broken = fixturePack({
      facts: [{ ...pack.facts[0]!, citations: [] }, { ...pack.facts[1]!, id: pack.facts[0]!.id, citations: [{ ...pack.facts[1]!.citations[0]!, source: 'nobody' }] }],
    });
    const files = fixtureSourceFiles(broken).map((file) => (file.path === 'matchers/all.json' ? { ...file, text: '{ not json' } : file));
    const src = writeSources(join(work, 'broken'), files);
    const run = tsx('scripts/build-pack.ts', buildArgs(src, join(work, 'broken-out.json')));
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([
      `${src}/facts/all.json: $[0].citations: a fact needs at least one citation`,
      expect.stringMatching(new RegExp(`^${src}/matchers/all\\.json: \\$: malformed JSON`)),
      `${src}/facts/all.json: $[1].citations[0].source: citation source "nobody" is not a source id in sources`,
      '3 errors: the fact pack was not built.',
    ]);
  });

  it('--claimreview writes the assessments as schema.org ClaimReview JSON-LD', () => {
    const src = writeSources(join(work, 'reviews'));
    const reviews = join(work, 'reviews-out/claim-reviews.jsonld');
    const run = tsx('scripts/build-pack.ts', buildArgs(src, join(work, 'reviews-out/fact-pack.json'), '--claimreview', reviews));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 ClaimReview → /);
    const document = JSON.parse(readFileSync(reviews, 'utf8'));
    expect(claimReviewProblems(document)).toEqual([]);
    expect(document['@graph']).toHaveLength(1);
  });

  it('reports a missing source folder clearly', () => {
    const run = tsx('scripts/build-pack.ts', buildArgs(join(work, 'nowhere'), join(work, 'x.json')));
    expect(run.status).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/nowhere.*does not exist/);
  });
});

describe('scripts/generate-pack-key.ts and scripts/publish-pack.ts', () => {
  it('generate a key, publish a built pack with it, and the index and pack verify and match', async () => {
    const keyFile = join(work, 'test.private.key');
    const generated = tsx('scripts/generate-pack-key.ts', [keyFile]);
    expect(generated.status).toBe(0);
    const [publicHex, keyId] = generated.stdout.trim().split('\n');
    expect(publicHex).toMatch(/^[0-9a-f]{64}$/);
    expect(keyId).toBe(await keyIdOf(publicHex!));
    const secret = Uint8Array.from(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex'));
    expect(Buffer.from(await getPublicKeyAsync(secret)).toString('hex')).toBe(publicHex);

    const built = join(work, 'to-publish.json');
    expect(tsx('scripts/build-pack.ts', buildArgs(writeSources(join(work, 'publish-src')), built, '--version', '1.4.0')).status).toBe(0);
    const site = join(work, 'site');
    const run = tsx('scripts/publish-pack.ts', ['--pack', built, '--out', site], { MC_PACK_PRIVATE_KEY: readFileSync(keyFile, 'utf8').trim() });
    expect(run.status).toBe(0);
    // A throwaway key is not in the shipped keyring, and the script says so.
    expect(run.stderr.join('\n')).toMatch(/not in assets\/keys\/keyring\.json/);
    expect(run.stdout).toContain(`published fixture 1.4.0`);

    const keyring = { keys: { [keyId!]: publicHex! }, revoked: [] };
    const index = await openPackIndex(readFileSync(join(site, 'index.json'), 'utf8'), { keyring, maxBytes: 65536 });
    if (!index.ok) throw new Error(index.error);
    expect(index.value).toMatchObject({ version: '1.4.0', url: 'packs/1.4.0/fact-pack.json', keyId });
    const packText = readFileSync(join(site, index.value.url), 'utf8');
    expect(index.value.size).toBe(Buffer.byteLength(packText));
    expect(index.value.sha256).toBe(await sha256Tag(packText));
    const opened = await openSignedPack(packText, { keyring, currentVersion: null, maxBytes: 1_000_000 });
    expect(opened.ok && opened.value.pack.version).toBe('1.4.0');
    expect(readFileSync(join(site, '_headers'), 'utf8')).toContain('/index.json\n  Access-Control-Allow-Origin: *');
    expect(readFileSync(join(site, '_headers'), 'utf8')).toContain('Cache-Control: public, max-age=31536000, immutable');

    // Publishing the same again changes nothing; changing a published version, or going back, is refused.
    expect(tsx('scripts/publish-pack.ts', ['--pack', built, '--out', site, '--key', keyFile]).status).toBe(0);
    const other = tsx('scripts/publish-pack.ts', ['--pack', built, '--out', site, '--key', keyFile, '--add-key', publicHex!.replace(/^./, 'f')]);
    expect(other.status).toBe(1);
    expect(other.stderr.join('\n')).toMatch(/already holds a different 1\.4\.0/);
    const older = join(work, 'older.json');
    expect(tsx('scripts/build-pack.ts', buildArgs(join(work, 'publish-src'), older, '--version', '1.3.0')).status).toBe(0);
    expect(tsx('scripts/publish-pack.ts', ['--pack', older, '--out', site, '--key', keyFile]).stderr.join('\n')).toMatch(/newer than 1\.3\.0/);
  }, 60_000);

  it('carry a new key signed along with the pack, and refuse to revoke the signing key', async () => {
    const keyFile = join(work, 'rotate.private.key');
    const [publicHex, keyId] = tsx('scripts/generate-pack-key.ts', [keyFile]).stdout.trim().split('\n');
    const [nextHex, nextId] = tsx('scripts/generate-pack-key.ts', [join(work, 'next.private.key')]).stdout.trim().split('\n');
    const site = join(work, 'rotating-site');
    const run = tsx('scripts/publish-pack.ts', ['--src', writeSources(join(work, 'rotate-src')), '--version', '2.0.0', '--out', site, '--key', keyFile, '--add-key', nextHex!]);
    expect(run.stderr.filter((line) => !line.startsWith('warning:'))).toEqual([]);
    const keyring = { keys: { [keyId!]: publicHex! }, revoked: [] };
    const opened = await openSignedPack(readFileSync(join(site, 'packs/2.0.0/fact-pack.json'), 'utf8'), { keyring, currentVersion: null, maxBytes: 1_000_000 });
    expect(opened.ok && opened.value.keys).toEqual({ add: { [nextId!]: nextHex } });
    const selfRevoking = tsx('scripts/publish-pack.ts', ['--src', join(work, 'rotate-src'), '--version', '2.1.0', '--out', site, '--key', keyFile, '--revoke-key', keyId!]);
    expect(selfRevoking.status).toBe(1);
    expect(selfRevoking.stderr.join('\n')).toMatch(/is the signing key/);
  }, 60_000);

  it('refuse to overwrite a key, to write one into the repository, or to publish without a key', () => {
    const keyFile = join(work, 'once.private.key');
    expect(tsx('scripts/generate-pack-key.ts', [keyFile]).status).toBe(0);
    expect(tsx('scripts/generate-pack-key.ts', [keyFile]).stderr.join('\n')).toMatch(/never overwritten/);
    const inRepo = tsx('scripts/generate-pack-key.ts', ['assets/keys/leaked.key']);
    expect(inRepo.status).toBe(1);
    expect(inRepo.stderr.join('\n')).toMatch(/inside the repository/);
    const unsigned = tsx('scripts/publish-pack.ts', ['--src', join(work, 'rotate-src'), '--out', join(work, 'no-site')], { MC_PACK_PRIVATE_KEY: '' });
    expect(unsigned.status).toBe(1);
    expect(unsigned.stderr.join('\n')).toMatch(/no private key/);
  }, 30_000);

  it('refuse to publish a pack that does not validate', () => {
    const file = join(work, 'invalid-built.json');
    writeFileSync(file, JSON.stringify({ ...fixturePack(), contentHash: `sha256-${'0'.repeat(64)}` }));
    const run = tsx('scripts/publish-pack.ts', ['--pack', file, '--out', join(work, 'never')], { MC_PACK_PRIVATE_KEY: '11'.repeat(32) });
    expect(run.status).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/schema|hash/);
  });
});
