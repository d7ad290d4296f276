import { getPublicKeyAsync, utils } from '@noble/ed25519';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from './build-pack';
import type { BuiltFactPack } from './fact-pack-schema';
import { createSignedPack, openSignedPack, validateBuiltPack, type PackOpenResult } from './signed-pack';
import { builtFixturePack, fixtureFact, fixturePack } from '../../test/pack/fixture-pack';

// A throwaway key pair per run; the production private key never appears in tests.
const secretKey = utils.randomSecretKey();
const otherKey = utils.randomSecretKey();
let publicKey: Uint8Array;
let pack: BuiltFactPack;

beforeAll(async () => {
  publicKey = await getPublicKeyAsync(secretKey);
  pack = await builtFixturePack({ version: '2.0.0' });
});

const open = (text: string, currentVersion: string | null = '1.0.0', maxBytes = 1_000_000) => openSignedPack(text, { publicKey, currentVersion, maxBytes });
const signJson = (value: unknown, key = secretKey) => createSignedPack(JSON.stringify(value), key);

/** A refusal's code and a check on its sentence, or the failure to refuse. */
function refusal(result: PackOpenResult) {
  if (result.ok) throw new Error('expected the pack to be refused');
  return result;
}

describe('openSignedPack', () => {
  it('accepts a newer pack signed with the right key', async () => {
    const result = await open(await signJson(pack));
    expect(result).toEqual({ ok: true, value: pack });
  });

  it('accepts any valid pack when none is installed', async () => {
    expect((await open(await signJson(pack), null)).ok).toBe(true);
  });

  it('refuses an oversize file before parsing it', async () => {
    const text = await signJson(pack);
    const result = refusal(await open(text, '1.0.0', 1024));
    expect(result.code).toBe('oversize');
    expect(result.error).toMatch(/^The pack is \d+ KB, over the 1 KB limit\.$/);
  });

  it('refuses malformed JSON', async () => {
    const result = refusal(await open('{"format": "mc-signed-pack/1", "payload": '));
    expect(result.code).toBe('malformed-json');
    expect(result.error).toMatch(/not valid JSON/);
  });

  it('refuses a document that is not a signed-pack envelope', async () => {
    expect(refusal(await open(JSON.stringify(pack))).code).toBe('bad-envelope');
    const envelope = JSON.parse(await signJson(pack)) as Record<string, string>;
    expect(refusal(await open(JSON.stringify({ ...envelope, format: 'mc-signed-pack/2' }))).code).toBe('bad-envelope');
    expect(refusal(await open(JSON.stringify({ ...envelope, signature: 'not base64!' }))).error).toMatch(/signature is not base64/);
    expect(refusal(await open(JSON.stringify({ ...envelope, signature: 'AAAA' }))).error).toMatch(/not 64 bytes/);
  });

  it('refuses a payload changed after signing', async () => {
    const envelope = JSON.parse(await signJson(pack)) as { payload: string };
    const tampered = { ...envelope, payload: envelope.payload.replace('Fact decree-signed', 'Fact rewritten') };
    const result = refusal(await open(JSON.stringify(tampered)));
    expect(result.code).toBe('bad-signature');
    expect(result.error).toMatch(/signature does not verify/);
  });

  it('refuses a pack signed with another key', async () => {
    const result = refusal(await open(await signJson(pack, otherKey)));
    expect(result.code).toBe('bad-signature');
  });

  it('refuses a signed payload that is not JSON', async () => {
    expect(refusal(await open(await createSignedPack('not json at all', secretKey))).code).toBe('payload-not-json');
  });

  it('refuses a schema violation, listing every path', async () => {
    const broken = structuredClone(pack) as unknown as { facts: Array<Record<string, unknown>>; questions: Array<{ claims: Array<{ value: Record<string, unknown> }> }> };
    broken.facts[0]!.citations = [];
    broken.facts[1]!.date = '2022-13-01';
    delete broken.questions[0]!.claims[0]!.value.unit;
    const result = refusal(await open(await signJson(broken)));
    expect(result.code).toBe('schema');
    expect(result.details).toEqual([
      '$.facts[0].citations: a fact needs at least one citation',
      expect.stringMatching(/^\$\.facts\[1\]\.date: /),
      expect.stringMatching(/^\$\.questions\[0\]\.claims\[0\]\.value\.unit: /),
    ]);
    expect(result.error).toMatch(/^The pack does not match the fact pack schema: \$\.facts\[0\]\.citations: a fact needs at least one citation; /);
  });

  it('refuses integrity errors: unknown source and duplicate id', async () => {
    const inconsistent = await buildPack(
      fixturePack({
        version: '2.0.0',
        facts: [fixtureFact('a', { citations: [{ source: 'ghost', url: 'https://example.org/x', date: '2022-09-21' }] }), fixtureFact('a')],
      }),
    );
    const result = refusal(await open(await signJson(inconsistent)));
    expect(result.code).toBe('integrity');
    expect(result.details).toEqual([
      '$.facts[0].citations[0].source: citation source "ghost" is not a source id in sources',
      '$.facts[1].id: duplicate fact id "a" (see $.facts[0])',
    ]);
  });

  it('refuses a signed pack whose content does not match its hash', async () => {
    const edited = { ...pack, facts: [...pack.facts, fixtureFact('added-after-build')] };
    const result = refusal(await open(await signJson(edited)));
    expect(result.code).toBe('hash-mismatch');
  });

  it('refuses an older pack and reports the same version separately', async () => {
    const downgrade = refusal(await open(await signJson(pack), '2.1.0'));
    expect(downgrade.code).toBe('downgrade');
    expect(downgrade.error).toMatch(/older than the installed 2\.1\.0/);
    expect(refusal(await open(await signJson(pack), '2.0.0')).code).toBe('same-version');
  });

  it('accepts text containing HTML or script unchanged: it is data, rendered as text', async () => {
    const markup = '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>bold</b>';
    const withMarkup = await buildPack(
      fixturePack({ version: '2.0.0', facts: [fixtureFact('markup', { text: markup, citations: [{ source: 'kremlin', url: 'https://example.org/a?b=<c>', date: '2022-09-21', quote: '"</p><iframe>' }] })] }),
    );
    const result = await open(await signJson(withMarkup));
    expect(result).toEqual({ ok: true, value: withMarkup });
    if (result.ok) expect(result.value.facts[0]!.text).toBe(markup);
  });
});

describe('validateBuiltPack', () => {
  it('accepts the built fixture as is', async () => {
    expect(await validateBuiltPack(pack)).toEqual({ ok: true, value: pack });
  });

  it('refuses a bundled pack edited after its build', async () => {
    const result = refusal(await validateBuiltPack({ ...pack, version: '3.0.0' }));
    expect(result.code).toBe('hash-mismatch');
  });

  it('refuses a bundled pack without a hash, by schema', async () => {
    const { contentHash: _hash, ...unhashed } = pack;
    expect(refusal(await validateBuiltPack(unhashed)).details).toEqual(['$.contentHash: Invalid input: expected string, received undefined']);
  });
});
