import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/pack/fact-pack-schema';
import { numericGroups, scalePercent } from './range-scale';

const claim = (id: string, value: Claim['value']): Claim => ({
  id,
  value,
  claimant: 'a',
  reporter: 'a',
  eventDate: '2022-10-01',
  publishedAt: '2022-10-01',
  url: 'https://example.org',
  lang: 'en',
});

describe('numericGroups', () => {
  it('groups numeric answers by unit and leaves statements and lone units out', () => {
    const groups = numericGroups([
      claim('a', { kind: 'number', value: 261000, unit: 'men' }),
      claim('b', { kind: 'range', min: 600000, max: 700000, unit: 'men' }),
      claim('c', { kind: 'number', value: 98000, unit: 'crossings' }),
      claim('d', { kind: 'statement', text: 'Unknown' }),
    ]);
    expect(groups).toHaveLength(1);
    const [men] = groups;
    expect(men?.unit).toBe('men');
    expect(men?.answers.map((answer) => answer.claim.id)).toEqual(['a', 'b']);
    expect([men?.low, men?.high, men?.scaleMin, men?.scaleMax]).toEqual([261000, 700000, 0, 700000]);
  });

  it('places values on a scale from zero', () => {
    const [group] = numericGroups([
      claim('a', { kind: 'number', value: 250, unit: 'x' }),
      claim('b', { kind: 'number', value: 1000, unit: 'x' }),
    ]);
    expect(group && scalePercent(group, 250)).toBe(25);
    expect(group && scalePercent(group, 1000)).toBe(100);
  });

  it('does not divide by zero when every answer is zero', () => {
    const [group] = numericGroups([
      claim('a', { kind: 'number', value: 0, unit: 'x' }),
      claim('b', { kind: 'number', value: 0, unit: 'x' }),
    ]);
    expect(group && scalePercent(group, 0)).toBe(0);
  });
});
