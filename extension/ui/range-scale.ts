import type { Claim } from '../../src/pack/fact-pack-schema';

/** A numeric answer reduced to an interval (a single number is an interval of one point). */
export interface NumericAnswer {
  claim: Claim;
  min: number;
  max: number;
}

/** Numeric answers sharing one unit, and the span of the scale they are drawn on. */
export interface RangeGroup {
  unit: string;
  answers: NumericAnswer[];
  low: number;
  high: number;
  /** The scale starts at zero for positive values, so sizes compare honestly. */
  scaleMin: number;
  scaleMax: number;
}

/**
 * Groups a question's numeric answers by unit. Only units with at least `minAnswers` answers
 * get a bar: a bar with one mark shows no comparison.
 */
export function numericGroups(claims: readonly Claim[], minAnswers = 2): RangeGroup[] {
  const byUnit = new Map<string, NumericAnswer[]>();
  for (const claim of claims) {
    const { value } = claim;
    if (value.kind === 'statement') continue;
    const answer = value.kind === 'number' ? { claim, min: value.value, max: value.value } : { claim, min: value.min, max: value.max };
    const list = byUnit.get(value.unit) ?? [];
    list.push(answer);
    byUnit.set(value.unit, list);
  }
  const groups: RangeGroup[] = [];
  for (const [unit, answers] of byUnit) {
    if (answers.length < minAnswers) continue;
    const low = Math.min(...answers.map((answer) => answer.min));
    const high = Math.max(...answers.map((answer) => answer.max));
    const scaleMin = Math.min(0, low);
    const scaleMax = high > scaleMin ? high : scaleMin + 1;
    groups.push({ unit, answers, low, high, scaleMin, scaleMax });
  }
  return groups;
}

/** Where a value sits on the group's scale, in percent of the track's width. */
export function scalePercent(group: RangeGroup, value: number): number {
  return ((value - group.scaleMin) / (group.scaleMax - group.scaleMin)) * 100;
}
