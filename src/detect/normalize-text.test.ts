import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

/** The folds one pass each, as normalizeText spelled them before it folded characters in one pass. */
function foldedOnePassEach(text: string): string {
  let out = text
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/\u015f/g, '\u0219')
    .replace(/\u0163/g, '\u021b')
    .replace(/\u00ad/g, '')
    .replace(/ё/g, 'е')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/(\d)[ .,'](?=\d{3}(?!\d))/g, '$1');
  if (/[а-яіїєґ]/.test(out) && /[a-z]/.test(out)) {
    out = out.replace(/[\p{L}]*(?:[a-z][а-яёіїєґ]|[а-яёіїєґ][a-z])[\p{L}]*/gu, (word) =>
      /[a-z]{4}/.test(word) ? word : [...word].map((ch) => ({ a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', h: 'н', t: 'т', b: 'в' } as Record<string, string>)[ch] ?? ch).join(''),
    );
  }
  return out;
}

/** Every character a fold acts on, and neighbours that interact with them (digits, separators, i, spaces). */
const TRICKY = [...'İiIı\u0307０１９\u015f\u015e\u0163\u0162șț\u00adёЁе\u2018\u2019\u02bc\u0060\u00b4\'\u2010\u2011\u2013\u2014\u2015\u2212-  \u00a0\u202f\n\t1234567890.,aoxмобилизацияmobilization'];

describe('normalizeText', () => {
  it('folds as the one-pass-per-fold chain did, on any mix of the characters the folds act on', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(normalizeText(text)).toBe(foldedOnePassEach(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('folds as the chain did on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      expect(normalizeText(text)).toBe(foldedOnePassEach(text));
    }), { numRuns: 2000 });
  });

  it('folds typographic apostrophes and dashes, full-width digits, Romanian cedillas and thousands separators', () => {
    expect(normalizeText('Shoigu’s ３００ ０００ — Ţara şi ÉTÉ\u00ad')).toBe("shoigu's 300000 - țara și été");
  });
});
