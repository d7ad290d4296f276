import { join } from 'node:path';
import { compileMatchers, findClaims, type ClaimMatch, type CompiledMatchers } from '../../src/match/claim-matcher';
import { assemblePack } from '../../src/pack/assemble-pack';
import type { FactPack } from '../../src/pack/fact-pack-schema';
import type { ClaimMatcher, ConceptMatcher, LineWords } from '../../src/pack/matcher-schema';
import { formatPackError } from '../../src/pack/pack-error';
import { readPackSources } from '../../src/pack/read-pack-sources';

const PACK = join(import.meta.dirname, '..', '..', 'assets', 'pack');

/**
 * The real pack's claim matchers as the extension gets them: assembled from assets/pack, each
 * authored matcher expanded into one matcher per language. Node only (tests, eval, bench).
 */
export function realPackMatchers(root: string = PACK): ClaimMatcher[] {
  return assembled(root).matchers;
}

/** The real pack's words of lines that state nothing (teaser labels, a heading's "how"), as the worker passes them to compileMatchers. */
export function realPackLineWords(root: string = PACK): LineWords | undefined {
  return assembled(root).lineWords;
}

const assembledByRoot = new Map<string, FactPack>();
function assembled(root: string): FactPack {
  let pack = assembledByRoot.get(root);
  if (!pack) {
    const result = assemblePack(readPackSources(root));
    if (!result.pack) throw new Error(`assets/pack does not assemble:\n${result.errors.map(formatPackError).join('\n')}`);
    assembledByRoot.set(root, (pack = result.pack));
  }
  return pack;
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
    if (!compiled) compiledFor.set(lang, (compiled = compileMatchers(all.filter((matcher) => matcher.lang === lang), lang, realPackLineWords())));
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
