import { describe, expect, it } from 'vitest';
import { foldChar, foldText } from './fold-text';

describe('foldText', () => {
  // foldText keeps a table of folded code units; it must fold exactly as foldChar does, one code unit at a time.
  it('folds every code unit as foldChar does, keeping the length', () => {
    const text = "Ёлка É’s Putin`s \u0000 İstanbul ΆΣ Ї й e\u0301 🇷🇺 部分動員 ＡＢ ß ﬁ";
    const folded = foldText(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe([...Array(text.length).keys()].map((i) => foldChar(text[i] as string)).join(''));
    // A second pass reads the table the first one filled.
    expect(foldText(text)).toBe(folded);
  });

  it('folds texts longer than one chunk of code units', () => {
    const text = 'Мобилизация É '.repeat(2000);
    expect(foldText(text)).toBe('мобилизация e '.repeat(2000));
  });
});
