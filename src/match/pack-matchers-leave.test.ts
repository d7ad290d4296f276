/**
 * Headlines say the exodus in the present tense ("200,000 people leave Russia for Kazakhstan");
 * English read only past forms (left, fled). "leave(s) Russia" and "leave(s) the country" now
 * count as leaving it; a bare "leave" (a comment, a holiday) and leaving another country do not.
 */
import { describe, expect, it } from 'vitest';
import { realPackMatchers } from '../../test/pack/real-pack-matchers';
import { compileMatchers, findClaims } from './claim-matcher';

const english = compileMatchers(realPackMatchers().filter((matcher) => matcher.lang === 'en'), 'en');
const questions = (text: string): string[] => findClaims(text, english).map((match) => match.questionId);

describe('leaving Russia said in the present tense', () => {
  it('highlights a headline whose men leave Russia for Kazakhstan', () => {
    expect(questions('About 200,000 people leave Russia for Kazakhstan')).toContain('kazakhstan-arrivals');
  });

  it('stays silent on other leaves', () => {
    expect(questions('About 200,000 people leave Kazakhstan for Russia')).toEqual([]);
    expect(questions('Leave a comment: 200,000 Kazakhstan residents took part.')).toEqual([]);
    expect(questions('Some 200,000 workers in Kazakhstan take leave each summer.')).toEqual([]);
  });
});
