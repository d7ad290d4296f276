import { describe, expect, it } from 'vitest';
import { buildPack, computeContentHash } from './build-pack';
import { canonicalJson } from './canonical-json';
import { builtFactPackSchema } from './fact-pack-schema';
import { fixturePack } from '../../test/pack/fixture-pack';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null }, e: undefined })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
});

describe('buildPack', () => {
  it('adds each question status and a sha256 content hash, and passes the built schema', async () => {
    const built = await buildPack(fixturePack());
    expect(built.questions.map((question) => [question.id, question.status])).toEqual([
      ['how-many-mobilized', 'consensus'],
      ['how-many-left', 'range'],
    ]);
    expect(built.contentHash).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(builtFactPackSchema.safeParse(built).success).toBe(true);
  });

  it('hashes content, not key order, and changes with any content', async () => {
    const pack = fixturePack();
    const reordered = Object.fromEntries(Object.entries(pack).reverse()) as typeof pack;
    const first = await buildPack(pack);
    expect((await buildPack(reordered)).contentHash).toBe(first.contentHash);
    expect((await buildPack(fixturePack({ version: '1.0.1' }))).contentHash).not.toBe(first.contentHash);
    const { contentHash, ...content } = first;
    expect(await computeContentHash(content)).toBe(contentHash);
  });

  it('ignores a stale hash or status left on its input', async () => {
    const built = await buildPack(fixturePack());
    const rebuilt = await buildPack({ ...built, contentHash: 'sha256-old' } as unknown as Parameters<typeof buildPack>[0]);
    expect(rebuilt).toEqual(built);
  });
});
