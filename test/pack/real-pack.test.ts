import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemblePack } from '../../src/pack/assemble-pack';
import { buildPack } from '../../src/pack/build-pack';
import { formatPackError } from '../../src/pack/pack-error';
import { readPackSources } from '../../src/pack/read-pack-sources';
import { validateBuiltPack } from '../../src/pack/signed-pack';

// The only test that reads the real content; it waits for the content to exist, nothing else.
const hasContent = existsSync('assets/pack/pack.json');

describe('the real fact pack in assets/pack', () => {
  it.skipIf(!hasContent)('assembles without a single error and builds a pack the extension accepts', async () => {
    const { pack, errors } = assemblePack(readPackSources('assets/pack'));
    expect(errors.map(formatPackError)).toEqual([]);
    const built = await buildPack(pack!);
    expect(await validateBuiltPack(JSON.parse(JSON.stringify(built)))).toEqual({ ok: true, value: built });
  });
});
