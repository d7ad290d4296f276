import { describe, expect, it } from 'vitest';
import type { Claim } from './fact-pack-schema';
import { questionStatus } from './question-status';
import { numberClaim } from '../../test/pack/fixture-pack';

const range = (id: string, min: number, max: number, unit = 'people'): Claim => ({ ...numberClaim(id, 0, unit), value: { kind: 'range', min, max, unit } });
const statement = (id: string, text: string, disputes?: string[]): Claim => ({
  ...numberClaim(id, 0),
  value: { kind: 'statement', text },
  ...(disputes ? { disputes } : {}),
});
const status = (...claims: Claim[]) => questionStatus({ claims });

describe('questionStatus', () => {
  it('is consensus for numbers in one unit within 15% of each other', () => {
    expect(status(numberClaim('a', 300_000), numberClaim('b', 318_000), numberClaim('c', 300_000))).toBe('consensus');
    expect(status(numberClaim('a', 300_000))).toBe('consensus');
  });

  it('is consensus for statements that do not dispute each other', () => {
    expect(status(statement('a', 'Declared complete on 28 October'), statement('b', 'Shoigu reported it complete'))).toBe('consensus');
  });

  it('is disputed as soon as one claim disputes another, whatever the numbers', () => {
    expect(status(statement('a', 'Complete'), statement('b', 'No decree ended it', ['a']))).toBe('disputed');
    expect(status(numberClaim('a', 300_000), numberClaim('b', 300_000, 'people', { disputes: ['a'] }))).toBe('disputed');
  });

  it('is a range when numbers spread beyond 15%, however far apart, unless a claim disputes another', () => {
    expect(status(numberClaim('a', 200_000), numberClaim('b', 300_000))).toBe('range');
    expect(status(numberClaim('week', 98_000), numberClaim('two-months', 400_000))).toBe('range');
    expect(status(numberClaim('forbes', 700_000), numberClaim('fsb', 261_000, 'people', { disputes: ['forbes'] }))).toBe('disputed');
  });

  it('is a range, not disputed, when far-apart answers overlap as ranges', () => {
    expect(status(range('low', 100_000, 400_000), range('high', 300_000, 1_000_000), numberClaim('mid', 350_000))).toBe('range');
    expect(status(range('a', 600_000, 700_000), numberClaim('b', 650_000))).toBe('consensus');
  });

  it('never compares answers in different units', () => {
    expect(status(numberClaim('crossings', 200_000, 'crossings'), numberClaim('people', 700_000, 'people'))).toBe('consensus');
    expect(status(numberClaim('a', 700_000, 'People'), numberClaim('b', 690_000, ' people '))).toBe('consensus');
  });

  it('is consensus when every answer is zero', () => {
    expect(status(numberClaim('a', 0), numberClaim('b', 0))).toBe('consensus');
  });
});
