import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getPublicKeyAsync } from '@noble/ed25519';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFactPackSchema } from '../../src/pack/fact-pack-schema';
import { openSignedPack } from '../../src/pack/signed-pack';
import { claimReviewProblems } from './claim-review-fields';
import { fixturePack, fixtureSourceFiles } from './fixture-pack';

// The scripts run as `npm run pack` and `npm run pack:sign` do, in a child process.
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

describe('scripts/generate-pack-key.ts and scripts/sign-pack.ts', () => {
  it('generate a key, sign a built pack with it, and the signature verifies', async () => {
    const keyFile = join(work, 'test.private.key');
    const generated = tsx('scripts/generate-pack-key.ts', [keyFile]);
    expect(generated.status).toBe(0);
    const publicHex = generated.stdout.trim();
    expect(publicHex).toMatch(/^[0-9a-f]{64}$/);
    const secret = Uint8Array.from(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex'));
    expect(Buffer.from(await getPublicKeyAsync(secret)).toString('hex')).toBe(publicHex);

    const built = join(work, 'to-sign.json');
    expect(tsx('scripts/build-pack.ts', buildArgs(writeSources(join(work, 'sign-src')), built)).status).toBe(0);
    const signedFile = join(work, 'signed.json');
    const fromEnv = tsx('scripts/sign-pack.ts', [built, '--out', signedFile], { MC_PACK_PRIVATE_KEY: readFileSync(keyFile, 'utf8').trim() });
    expect(fromEnv.status).toBe(0);
    // A throwaway key is not the shipped one, and the script says so.
    expect(fromEnv.stderr.join('\n')).toMatch(/not the one in assets\/keys\/pack-public-key\.txt/);
    const opened = await openSignedPack(readFileSync(signedFile, 'utf8'), { publicKey: Buffer.from(publicHex, 'hex'), currentVersion: null, maxBytes: 1_000_000 });
    expect(opened.ok).toBe(true);

    const fromFile = tsx('scripts/sign-pack.ts', [built, '--out', join(work, 'signed2.json'), '--key', keyFile], { MC_PACK_PRIVATE_KEY: '' });
    expect(fromFile.status).toBe(0);
  }, 30_000);

  it('refuse to overwrite a key, to write one into the repository, or to sign without a key', () => {
    const keyFile = join(work, 'once.private.key');
    expect(tsx('scripts/generate-pack-key.ts', [keyFile]).status).toBe(0);
    expect(tsx('scripts/generate-pack-key.ts', [keyFile]).stderr.join('\n')).toMatch(/never overwritten/);
    const inRepo = tsx('scripts/generate-pack-key.ts', ['assets/keys/leaked.key']);
    expect(inRepo.status).toBe(1);
    expect(inRepo.stderr.join('\n')).toMatch(/inside the repository/);
    const unsigned = tsx('scripts/sign-pack.ts', ['whatever.json', '--out', join(work, 'no.json')], { MC_PACK_PRIVATE_KEY: '' });
    expect(unsigned.status).toBe(1);
  }, 30_000);

  it('refuse to sign a pack that does not validate', () => {
    const file = join(work, 'invalid-built.json');
    writeFileSync(file, JSON.stringify({ ...fixturePack(), contentHash: `sha256-${'0'.repeat(64)}` }));
    const run = tsx('scripts/sign-pack.ts', [file, '--out', join(work, 'never.json')], { MC_PACK_PRIVATE_KEY: '11'.repeat(32) });
    expect(run.status).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/schema|hash/);
  });
});
