import type { Claim, Question, QuestionStatus } from './fact-pack-schema';

/** Numbers within this relative spread of each other count as the same answer. */
export const CONSENSUS_SPREAD = 0.15;

interface Interval {
  low: number;
  high: number;
}

/** Units are free text written by hand; case and spacing must not split a group. */
const unitKey = (unit: string) => unit.trim().toLowerCase().replace(/\s+/g, ' ');

function numericClaimsByUnit(claims: readonly Claim[]): Map<string, Interval[]> {
  const groups = new Map<string, Interval[]>();
  for (const { value } of claims) {
    if (value.kind === 'statement') continue;
    const interval = value.kind === 'number' ? { low: value.value, high: value.value } : { low: value.min, high: value.max };
    const key = unitKey(value.unit);
    groups.set(key, [...(groups.get(key) ?? []), interval]);
  }
  return groups;
}

function isWithinSpread(intervals: readonly Interval[]): boolean {
  const low = Math.min(...intervals.map((interval) => interval.low));
  const high = Math.max(...intervals.map((interval) => interval.high));
  return high - low <= CONSENSUS_SPREAD * Math.max(Math.abs(low), Math.abs(high));
}

/**
 * How far a question's answers agree, shown to readers as a badge:
 *
 * - **disputed** when a claim explicitly disputes another (`disputes`): whether two answers
 *   contradict each other is an editor's judgement recorded in the pack (Peskov's "far from
 *   700,000" against Forbes Russia's 700,000);
 * - **range** when numeric answers in a unit spread more than 15%. Far-apart numbers alone are
 *   not a dispute: counts of arrivals over a week and over two months both use "crossings";
 * - **consensus** otherwise: every unit's numbers within 15% of each other, or only statements
 *   with no dispute between them.
 *
 * Answers in different units (crossings against people, men against everyone) count
 * different things, so they are never compared with each other.
 */
export function questionStatus(question: Pick<Question, 'claims'>): QuestionStatus {
  if (question.claims.some((claim) => (claim.disputes?.length ?? 0) > 0)) return 'disputed';
  const groups = [...numericClaimsByUnit(question.claims).values()];
  if (groups.every(isWithinSpread)) return 'consensus';
  return 'range';
}
