/** Shared helpers for the detection tests: the pack lexicon from assets and the repository fixtures. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lexicon } from '../pack/lexicon-schema';
import { lexiconSchema } from '../pack/lexicon-schema';

const ROOT = resolve(__dirname, '../..');
const LEXICON_DIR = join(ROOT, 'assets/pack/lexicon');
export const ARTICLE_FIXTURES = join(ROOT, 'test/fixtures/articles');
export const PAGE_FIXTURES = join(ROOT, 'test/fixtures/pages');

/** The lexicon as the pack assembler builds it: index.json plus each <lang>.json as `languages`, validated. */
export function packLexicon(): Lexicon {
  const index: unknown = JSON.parse(readFileSync(join(LEXICON_DIR, 'index.json'), 'utf8'));
  const languages = readdirSync(LEXICON_DIR)
    .filter((name) => /^[a-z]{2}\.json$/.test(name))
    .map((name): unknown => JSON.parse(readFileSync(join(LEXICON_DIR, name), 'utf8')));
  return lexiconSchema.parse({ ...(index as object), languages });
}

export function fixtureNames(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.html')).sort();
}

export function readFixture(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}
