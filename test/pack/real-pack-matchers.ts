import { join } from 'node:path';
import { compileMatchers, findClaims, type ClaimMatch, type CompiledMatchers } from '../../src/match/claim-matcher';
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

/**
 * The claims the real pack finds in `text` read as a page in `lang`, with only that language's
 * matchers (compiled once per language for the whole test file).
 */
export function realPackClaimFinder(): (text: string, lang: string) => ClaimMatch[] {
  const all = realPackMatchers();
  const compiledFor = new Map<string, CompiledMatchers>();
  return (text, lang) => {
    let compiled = compiledFor.get(lang);
    if (!compiled) compiledFor.set(lang, (compiled = compileMatchers(all.filter((matcher) => matcher.lang === lang), lang)));
    return findClaims(text, compiled);
  };
}

/**
 * The real pack's claim finder with the two views most tests assert on: the claim ids found in a
 * text, and the questions those claims answer.
 */
export function realPackClaimViews(): {
  claimsIn: (text: string, lang: string) => ClaimMatch[];
  claimIds: (text: string, lang: string) => string[];
  questions: (text: string, lang: string) => string[];
} {
  const claimsIn = realPackClaimFinder();
  return {
    claimsIn,
    claimIds: (text, lang) => claimsIn(text, lang).flatMap((match) => match.claimIds),
    questions: (text, lang) => claimsIn(text, lang).map((match) => match.questionId),
  };
}
