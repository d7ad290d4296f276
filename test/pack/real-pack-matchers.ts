import { join } from 'node:path';
import { assemblePack } from '../../src/pack/assemble-pack';
import type { ClaimMatcher, ConceptMatcher } from '../../src/pack/matcher-schema';
import { formatPackError } from '../../src/pack/pack-error';
import { readPackSources } from '../../src/pack/read-pack-sources';

const PACK = join(import.meta.dirname, '..', '..', 'assets', 'pack');

/**
 * The real pack's claim matchers as the extension gets them: assembled from assets/pack, each
 * authored matcher expanded into one matcher per language. Node only (tests, eval, bench).
 */
export function realPackMatchers(root: string = PACK): ClaimMatcher[] {
  const { pack, errors } = assemblePack(readPackSources(root));
  if (!pack) throw new Error(`assets/pack does not assemble:\n${errors.map(formatPackError).join('\n')}`);
  return pack.matchers;
}

/** The matchers as authored, in concept ids, with the file they live in. */
export function authoredMatchers(root: string = PACK): Array<ConceptMatcher & { file: string }> {
  return readPackSources(root)
    .filter((file) => file.path.startsWith('matchers/'))
    .flatMap((file) => (JSON.parse(file.text) as ConceptMatcher[]).map((matcher) => ({ ...matcher, file: file.path })));
}
