import { describe, expect, it } from 'vitest';
import { compareVersions } from './pack-version';

describe('pack versions', () => {
  it('compares numerically, part by part', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.12', '1.0.0')).toBe(-1);
    expect(compareVersions('2.0.10', '2.0.2')).toBe(1);
  });

  it('rejects what is not MAJOR.MINOR.PATCH', () => {
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(/MAJOR\.MINOR\.PATCH/);
  });
});
