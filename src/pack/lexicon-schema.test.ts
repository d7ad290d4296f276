import { describe, expect, it } from 'vitest';
import { languageLexiconSchema } from './lexicon-schema';

const terms = [{ term: 'мобилизац*', weight: 2, role: 'mobilization' }];

describe('languageLexiconSchema', () => {
  it('accepts a language recognised by its scripts instead of marker words', () => {
    expect(languageLexiconSchema.safeParse({ lang: 'ja', scripts: ['Han', 'Hiragana', 'Katakana'], markers: [], terms, nearMisses: [] }).success).toBe(true);
  });

  it('refuses a language with neither five marker words nor a script', () => {
    const result = languageLexiconSchema.safeParse({ lang: 'xx', markers: ['a', 'b'], terms, nearMisses: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/marker words or the scripts/);
  });

  it('accepts rival anchors, near-misses that are also rivals, and aliases; refuses an unknown script', () => {
    const language = {
      lang: 'sr',
      aliases: ['hr', 'bs'],
      markers: ['je', 'da', 'su', 'u', 'na'],
      terms: [...terms, { term: 'zelensk*', weight: 0, role: 'rival' }],
      nearMisses: [{ term: 'vojni rok', penalty: 2.5, rival: true }],
    };
    expect(languageLexiconSchema.safeParse(language).success).toBe(true);
    expect(languageLexiconSchema.safeParse({ ...language, scripts: ['Klingon'] }).success).toBe(false);
  });

  it('refuses a term made only of the count "#", which would match any run of numbers; accepts one with a word beside it', () => {
    const language = (term: string) => ({ lang: 'ka', scripts: ['Georgian'], markers: [], terms: [...terms, { term, weight: 1, role: 'context' }], nearMisses: [] });
    const refused = languageLexiconSchema.safeParse(language('# #'));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/besides the count/);
    expect(languageLexiconSchema.safeParse(language('რუსეთის # მოქალაქე*')).success).toBe(true);
  });
});
