/**
 * `npm run pack`: validates the pack sources in assets/pack and builds the distributable pack.
 *
 *   tsx scripts/build-pack.ts [--src assets/pack] [--out .generated/public/fact-pack.json]
 *                             [--schema assets/fact-pack.schema.json] [--version x.y.z]
 *                             [--claimreview FILE]
 *
 * Prints every problem as `file: json.path: reason` and exits 1 if there is any; otherwise
 * writes the built pack (which Vite ships from .generated/public) and the JSON Schema, and
 * prints a one-line summary. `--version` overrides pack.json's version, to make a newer pack.
 * `--claimreview FILE` also writes the assessments as schema.org ClaimReview JSON-LD.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { assemblePack } from '../src/pack/assemble-pack';
import { buildPack } from '../src/pack/build-pack';
import { toClaimReviews } from '../src/pack/claim-review';
import { builtFactPackSchema, packVersionSchema } from '../src/pack/fact-pack-schema';
import { formatPackError } from '../src/pack/pack-error';
import { readPackSources } from '../src/pack/read-pack-sources';

const { values: options } = parseArgs({
  options: {
    src: { type: 'string', default: 'assets/pack' },
    out: { type: 'string', default: '.generated/public/fact-pack.json' },
    schema: { type: 'string', default: 'assets/fact-pack.schema.json' },
    version: { type: 'string' },
    claimreview: { type: 'string' },
  },
});

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const src = options.src;

function readSourcesOrFail() {
  try {
    return readPackSources(src);
  } catch (error) {
    return fail([`${src}: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

const { pack, errors } = assemblePack(readSourcesOrFail());
if (!pack) {
  fail([
    ...errors.map((error) => formatPackError({ ...error, file: join(src, error.file) })),
    `${errors.length} error${errors.length === 1 ? '' : 's'}: the fact pack was not built.`,
  ]);
}

if (options.version !== undefined) {
  const version = packVersionSchema.safeParse(options.version);
  if (!version.success) fail([`--version: ${version.error.issues[0]?.message ?? 'invalid'}`]);
  pack.version = version.data;
}

const built = await buildPack(pack);
writeFile(options.out, JSON.stringify(built));
writeFile(options.schema, `${JSON.stringify(z.toJSONSchema(builtFactPackSchema), null, 2)}\n`);

const claims = built.questions.reduce((sum, question) => sum + question.claims.length, 0);
const assessed = built.questions.reduce((sum, question) => sum + question.claims.filter((claim) => claim.assessment).length, 0);
console.log(
  `fact pack ${built.id} ${built.version} ${built.contentHash}: ${built.sources.length} sources, ${built.facts.length} facts, ` +
    `${built.questions.length} questions, ${claims} claims (${assessed} assessed), ${built.matchers.length} matchers, ` +
    `${built.lexicon.languages.length} lexicon languages → ${options.out}`,
);

if (options.claimreview !== undefined) {
  const reviews = toClaimReviews(built);
  writeFile(options.claimreview, `${JSON.stringify(reviews, null, 2)}\n`);
  console.log(`${reviews['@graph'].length} ClaimReview${reviews['@graph'].length === 1 ? '' : 's'} → ${options.claimreview}`);
}
