import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  it('doubles with each failure, within its upper half, up to a day', () => {
    expect(retryDelayMs(1, () => 0)).toBe(FIRST_RETRY_MS / 2);
    expect(retryDelayMs(1, () => 1)).toBe(FIRST_RETRY_MS);
    expect(retryDelayMs(2, () => 1)).toBe(FIRST_RETRY_MS * 2);
    expect(retryDelayMs(3, () => 0.5)).toBe(FIRST_RETRY_MS * 3);
    expect(retryDelayMs(50, () => 1)).toBe(MAX_RETRY_MS);
  });

  it('always lies between half the ceiling and the ceiling, and never shrinks as failures grow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true }), (failures, r) => {
        const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 16));
        const delay = retryDelayMs(failures, () => r);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(delay).toBeLessThanOrEqual(ceiling);
        expect(retryDelayMs(failures + 1, () => 0)).toBeGreaterThanOrEqual(retryDelayMs(failures, () => 0));
      }),
    );
  });
});
