import fc from 'fast-check';

/**
 * Inputs the fuzz tests share: text from every Unicode category (lone surrogates included,
 * as pages can hold them), text that looks like news about numbers, and numbers at the edges.
 */

/** Any UTF-16 code unit sequence, lone surrogates and control characters included. */
export const anyUtf16 = fc.string({ unit: fc.nat(0xffff).map((code) => String.fromCharCode(code)), maxLength: 400 });
/** Whole code points from every plane and category, and grapheme clusters (emoji, combining marks). */
export const anyCodePoints = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

/** Pieces that exercise the number reader, the sentence splitter and the matcher's terms. */
const NEWS_PIECES = [
  '700,000', '700 000', '700\u00A0000', '700\u202F000', "700'000", '700.000', '0.7', '1,2', '700k', '3bn', '1.2m',
  'million', 'тысяч', 'тысяча', 'млн', 'тис.', 'seven', 'hundred', 'thousand', 'семьсот', 'трёхсот', 'siebenhunderttausend',
  'quatre', 'vingt', 'et', 'and', 'half', 'пол', '-', '–', ' to ', ' до ', '600', '9', '2022', '21.', 'September',
  'Sept.', 'Dr.', 'т.е.', 'A.', 'В.', '…', '...', '?!', '»', '“', '"', '(', ')', '\n', '\r\n', '\u2029', ' ', '  ', '\t',
  '. ', '! ', '? ', 'The', 'men', 'left', 'fled', 'Russia', 'России', 'уехали', 'reservists', 'called up', 'mobilized',
  'mobilization', 'is over', 'покинули', 'e\u0301', 'ё', "п'ять", 'Putin\u2019s', '•', '* ', '1e308', '9'.repeat(30),
];

/** Text made of news-like pieces and random characters, so it hits the interesting paths. */
export const newsLikeText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NEWS_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''));

export const anyText = fc.oneof(anyUtf16, anyCodePoints, newsLikeText);

/** Integers and decimals at the edges of what a double holds exactly, and past them. */
export const edgeNumbers = fc.oneof(
  fc.constantFrom(0, 1, 9, 10, 999, 1000, 999_999, 1_000_000, 2 ** 31 - 1, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e21, 1e308),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
);
