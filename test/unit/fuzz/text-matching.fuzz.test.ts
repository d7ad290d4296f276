import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatchers, findClaims, type CompiledMatchers } from '../../../src/match/claim-matcher';
import { findNumbers } from '../../../src/match/normalize-number';
import { splitNumberCompound } from '../../../src/match/number-words';
import { splitSentences } from '../../../src/match/split-sentences';
import type { ClaimMatcher } from '../../../src/pack/matcher-schema';
import { anyText, edgeNumbers, newsLikeText } from './arbitraries';
import { growthRatio } from './growth';

/**
 * Property and fuzz tests of the text side: number reading, sentence splitting and claim
 * matching never throw, return offsets inside the text, and stay linear in its length.
 */

const RUNS = { numRuns: 300 };

describe('findNumbers on any text', () => {
  it('never throws, and every mention is a finite value at offsets inside the text, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousStart = 0;
        for (const mention of findNumbers(text)) {
          expect(Number.isFinite(mention.value)).toBe(true);
          expect(mention.value).toBeGreaterThanOrEqual(0);
          // Not disjoint: a word that is no real compound ("millionehundred") may yield two readings.
          expect(mention.start).toBeGreaterThanOrEqual(previousStart);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          previousStart = mention.start;
        }
      }),
      RUNS,
    );
  });

  it('reads every safe integer exactly as English, German, Russian and French write it', () => {
    const locales = ['en-US', 'de-DE', 'ru-RU', 'fr-FR', 'uk-UA'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(...locales), (value, locale) => {
        const written = new Intl.NumberFormat(locale).format(value);
        const mentions = findNumbers(`They said ${written} men left.`);
        expect(mentions.map((mention) => mention.value)).toEqual([value]);
      }),
      RUNS,
    );
  });

  it('numbers at the edges of a double never come out as NaN or Infinity', () => {
    fc.assert(
      fc.property(edgeNumbers, fc.integer({ min: 1, max: 400 }), (value, repeat) => {
        const digits = '9'.repeat(repeat);
        const texts = [String(value), `${digits}.${digits}`, `${digits},${digits}`, `${digits}k`, `0.${digits} million`, `${value} ${digits}`];
        for (const text of texts) for (const mention of findNumbers(text)) expect(Number.isFinite(mention.value), text).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  // Regressions found by the fuzzers.
  it('a huge number-word compound is not a number, and does not overflow the stack', () => {
    expect(() => findNumbers('sieben'.repeat(100_000))).not.toThrow();
    expect(splitNumberCompound('sieben'.repeat(100))).toBeUndefined();
    expect(splitNumberCompound('siebenhunderttausend')).toBeDefined();
  });

  it('digits past what a double holds are left out rather than read as NaN or Infinity', () => {
    expect(findNumbers(`${'9'.repeat(400)}.${'9'.repeat(400)}`)).toEqual([]);
    expect(findNumbers(`about ${'1'.repeat(400)} men`)).toEqual([]);
    expect(findNumbers('700,000 men').map((mention) => mention.value)).toEqual([700_000]);
  });

  it('splitting a compound that almost parses does not backtrack exponentially', () => {
    // Every prefix splits many ways ("tre"+"s…", "tres"+"…"), and the final letter fails them all.
    const key = `${'trestre'.repeat(9)}q`;
    expect(splitNumberCompound(key)).toBeUndefined();
  });
});

describe('splitSentences on any text', () => {
  it('never throws; spans are ordered, disjoint, trimmed and cover every letter and digit', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = splitSentences(text);
        const covered = new Uint8Array(text.length);
        let previousEnd = 0;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(/\s/.test(text[start] as string)).toBe(false);
          expect(/\s/.test(text[end - 1] as string)).toBe(false);
          covered.fill(1, start, end);
          previousEnd = end;
        }
        for (let i = 0; i < text.length; i++) {
          if (/[\p{L}\p{N}]/u.test(text[i] as string)) expect(covered[i], `offset ${i} of ${JSON.stringify(text)}`).toBe(1);
        }
      }),
      RUNS,
    );
  });
});

const MATCHERS: ClaimMatcher[] = [
  { id: 'left-700k-en', questionId: 'left', lang: 'en', all: [['left', 'fled'], ['russia']], numbers: [700_000], claimIds: ['c1'] },
  { id: 'left-700k-ru', questionId: 'left', lang: 'ru', all: [['покинул', 'уехал'], ['росси']], numbers: [700_000] },
  { id: 'called-en', questionId: 'called', lang: 'en', all: [['reservist', 'called up', 'mobilized']], none: ['fled'], numbers: [300_000] },
  { id: 'over-en', questionId: 'over', lang: 'en', all: [['mobilization', 'mobilisation'], ['is over', 'is complete']] },
];
const COMPILED: CompiledMatchers = compileMatchers(MATCHERS);

describe('findClaims on any text', () => {
  it('never throws; each match is a whole sentence of the text, in order, at most one per question and sentence', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const sentences = new Set(splitSentences(text).map(({ start, end }) => `${start}:${end}`));
        const seen = new Set<string>();
        let previousStart = 0;
        for (const match of findClaims(text, COMPILED)) {
          expect(sentences.has(`${match.start}:${match.end}`)).toBe(true);
          expect(match.start).toBeGreaterThanOrEqual(previousStart);
          const key = `${match.start}:${match.questionId}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
          previousStart = match.start;
        }
      }),
      RUNS,
    );
  });

  it('matches a known claim wherever it stands in random surrounding text', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        const claim = 'About 700,000 men fled Russia.';
        const text = `${before}\n${claim}\n${after}`;
        const at = before.length + 1;
        expect(findClaims(text, COMPILED).some((match) => match.matcherId === 'left-700k-en' && match.start === at)).toBe(true);
      }),
      RUNS,
    );
  });
});

/**
 * Texts built to hit each loop's worst case: one endless word, endless abbreviations and
 * initials, runs of terminators and quotes, grouped digits, number words, and sentences that
 * almost match.
 */
const ADVERSARIAL_UNITS = [
  'a',
  'Sept. ',
  'A. ',
  '?!»"',
  '1 000 000 ',
  '1,1,1,',
  'sieben und ',
  'seven hundred and ',
  'trestre',
  'fled russia men ',
  'About 700,000 men fled Russia. ',
  'called up reservists fled. ',
  '\n',
];

describe('matching stays linear in the text length', () => {
  it.each(ADVERSARIAL_UNITS)('%j repeated: 4× the text costs less than 10× the time', (unit) => {
    const text = (size: number) => unit.repeat(Math.ceil(size / unit.length));
    const ratio = growthRatio((size) => {
      const sample = text(size);
      return () => findClaims(sample, COMPILED);
    }, 20_000);
    // Linear work gives about 4 (a little more as the collector copies a larger live set); quadratic gives 16.
    expect(ratio).toBeLessThan(10);
  });

  it('random news-like text repeated: 4× the text costs less than 10× the time', () => {
    const [sample] = fc.sample(newsLikeText.filter((text) => text.length > 40), { numRuns: 1, seed: 12 });
    const ratio = growthRatio((size) => {
      const text = (sample as string).repeat(Math.ceil(size / (sample as string).length));
      return () => findClaims(text, COMPILED);
    }, 20_000);
    expect(ratio).toBeLessThan(10);
  });
});
