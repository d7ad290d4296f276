import { describe, expect, it } from 'vitest';
import { compileLexicon, fromStoredLexicon, toStoredLexicon } from './compile-lexicon';
import { normalizeText } from './normalize-text';
import { packLexicon } from './test-support';

describe('compileLexicon', () => {
  it('compiles once per lexicon object', () => {
    const lexicon = packLexicon();
    expect(compileLexicon(lexicon)).toBe(compileLexicon(lexicon));
    expect(compileLexicon(lexicon).languages.size).toBeGreaterThanOrEqual(7);
  });

  it('matches starred words as prefixes, whole words otherwise, across spaces and hyphens', () => {
    const ru = compileLexicon(packLexicon()).languages.get('ru');
    const matches = (text: string): string[] =>
      [...normalizeText(text).matchAll(new RegExp(ru?.source ?? '', 'g'))].map((m) => m[0]);
    expect(matches('о частичной мобилизации')).toEqual(['частичной мобилизации']);
    expect(matches('демобилизация')).toEqual([]);
  });
});

describe('normalizeText', () => {
  it('folds number separators, ё, apostrophes and Latin look-alikes in Cyrillic words', () => {
    expect(normalizeText('300,000 and 300 000 and 300.000')).toBe('300000 and 300000 and 300000');
    expect(normalizeText('Ещё')).toBe('еще');
    expect(normalizeText('військовозобов’язаних')).toBe("військовозобов'язаних");
    expect(normalizeText('мoбілізaції')).toBe('мобілізації');
  });
});

describe('the stored lexicon', () => {
  it('survives storage (JSON) and revives to the same compiled lexicon', () => {
    const compiled = compileLexicon(packLexicon());
    const revived = fromStoredLexicon(JSON.parse(JSON.stringify(toStoredLexicon(compiled))));
    expect(revived).toEqual(compiled);
  });
});
