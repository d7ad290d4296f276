/**
 * Finds the claim sentences in the article's DOM: the text index, the pure matcher from
 * src/match, and a Range for each match. Matches are exact (terms and numbers), so a
 * re-anchor after the page changes either finds the same sentence again or nothing.
 */
import type { AnchoredClaim } from '../../messaging/protocol';
import { findClaims, type CompiledMatchers } from '../../../src/match/claim-matcher';
import { buildTextIndex, rangeForOffsets } from './text-index';

export interface ClaimAnchor {
  claim: AnchoredClaim;
  range: Range;
  /** Claims on the same sentence share a sentence key (their offsets in the text index). */
  sentenceKey: string;
}

const EXCERPT_MAX = 300;

function excerptOf(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_MAX ? flat : `${flat.slice(0, EXCERPT_MAX - 1)}…`;
}

export function anchorClaims(root: Element, compiled: CompiledMatchers): ClaimAnchor[] {
  const index = buildTextIndex(root);
  const anchors: ClaimAnchor[] = [];
  for (const match of findClaims(index.text, compiled)) {
    const range = rangeForOffsets(index, match.start, match.end);
    if (!range) continue;
    anchors.push({
      claim: {
        index: anchors.length,
        matcherId: match.matcherId,
        questionId: match.questionId,
        claimIds: match.claimIds,
        excerpt: excerptOf(index.text.slice(match.start, match.end)),
      },
      range,
      sentenceKey: `${match.start}:${match.end}`,
    });
  }
  return anchors;
}
