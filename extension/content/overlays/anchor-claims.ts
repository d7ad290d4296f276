/**
 * Turns the claim sentences found in the article's text (by the background, with the pure
 * matcher from src/match) into a Range each, through the text index the text came from.
 * Matches are exact (terms and numbers), so a re-anchor after the page changes either finds
 * the same sentence again or nothing.
 */
import type { AnchoredClaim } from '../../messaging/protocol';
import type { ClaimMatch } from '../../../src/match/claim-matcher';
import { rangeForOffsets, type TextIndex } from './text-index';

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

export function anchorClaims(index: TextIndex, matches: readonly ClaimMatch[]): ClaimAnchor[] {
  const anchors: ClaimAnchor[] = [];
  for (const match of matches) {
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
