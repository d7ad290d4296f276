import { describe, expect, it } from 'vitest';
import { alternationSource, compileLexicon, fromStoredLexicon, toStoredLexicon, UNSPACED } from './compile-lexicon';
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
      [...normalizeText(text).matchAll(new RegExp(alternationSource(ru?.terms ?? []), 'g'))].map((m) => m[0]);
    expect(matches('о частичной мобилизации')).toEqual(['частичной мобилизации']);
    // A stem matches at a word start only ('демобилизация' is a lexicon word of its own: the mobilized men's discharge).
    expect(matches('иммобилизация')).toEqual([]);
  });
});

describe('compileLexicon, the later years', () => {
  it('compiles the later years into every language, once, as no-penalty markers of a later time', () => {
    const lexicon = packLexicon();
    expect(lexicon.laterYears?.length).toBeGreaterThan(0);
    for (const language of lexicon.languages) {
      // Shaped by concept: no language file keeps its own copy.
      expect(language.nearMisses.map((n) => n.term).filter((term) => lexicon.laterYears?.includes(term)), language.lang).toEqual([]);
      const compiled = compileLexicon(lexicon).languages.get(language.lang);
      for (const year of lexicon.laterYears ?? []) {
        expect(compiled?.terms.filter((t) => t.term === year).map((t) => ({ role: t.role, weight: t.weight, laterWar: t.laterWar })), `${language.lang} ${year}`).toEqual([{ role: 'near-miss', weight: 0, laterWar: true }]);
      }
    }
  });

  it('adds no year a lexicon does not list', () => {
    const lexicon = { ...packLexicon(), laterYears: [] };
    expect([...compileLexicon(lexicon).languages.values()].some((language) => language.terms.some((t) => /^20\d\d$/.test(t.term)))).toBe(false);
  });
});

describe('compileLexicon, scripts without spaces and other alphabets', () => {
  const languages = compileLexicon(packLexicon()).languages;
  const matches = (lang: string, text: string): string[] =>
    [...normalizeText(text).matchAll(new RegExp(alternationSource(languages.get(lang)?.terms ?? []), 'g'))].map((m) => m[0]);

  it('matches Chinese and Japanese terms as substrings of unspaced text', () => {
    expect(matches('zh', '普京宣布进行部分动员')).toEqual(['普京', '部分动员']);
    expect(matches('ja', 'プーチン大統領は部分動員令に署名')).toEqual(['プーチン', '部分動員']);
  });

  it('matches Chinese and Japanese terms next to digits and Latin letters', () => {
    // A count or a year glued to the term: no space in these scripts, so no boundary to find.
    expect(matches('ja', 'ウクライナ国民41人が出国')).toContain('ウクライナ国民');
    expect(matches('ja', '2022年9月21日部分動員')).toContain('部分動員');
    expect(matches('zh', '部分动员30万人')).toContain('部分动员');
  });

  it('keeps word boundaries against digits in every spaced script, and drops them only at an unspaced edge, in every language', () => {
    const unspaced = new RegExp(`^${UNSPACED}$`);
    for (const language of languages.values()) {
      const term = language.terms.find((t) => t.role !== 'near-miss' && !t.term.includes('*') && !/\d/.test(t.term));
      expect(term, language.lang).toBeDefined();
      if (!term) continue;
      const word = normalizeText(term.term);
      const free = (char: string | undefined) => char !== undefined && unspaced.test(char);
      // Glued to a digit on one side at a time: a match only where that edge is Han or kana.
      expect(matches(language.lang, `41${word} x`).includes(word), `${language.lang} 41${word}`).toBe(free(word[0]));
      expect(matches(language.lang, `x ${word}41`).includes(word), `${language.lang} ${word}41`).toBe(free(word.at(-1)));
      expect(matches(language.lang, `x ${word} x`), `${language.lang} ${word}`).toContain(word);
    }
    expect([...languages.keys()].length).toBeGreaterThanOrEqual(20);
  });

  it('reads a count word (#) as a number and nothing else', () => {
    const terms = [{ term: 'რუსეთის # მოქალაქე* შემო*' }];
    const count = (text: string) => [...normalizeText(text).matchAll(new RegExp(alternationSource(terms), 'g'))].map((m) => m[0]);
    expect(count('ივლისში რუსეთის 98 400 მოქალაქე შემოვიდა')).toEqual(['რუსეთის 98400 მოქალაქე შემოვიდა']);
    expect(count('რუსეთის 1,4 მოქალაქე შემოვიდა')).toHaveLength(1);
    // Without a count it is one traveller, or any number of them in words: not the statistic.
    expect(count('რუსეთის მოქალაქე შემოვიდა')).toEqual([]);
    expect(count('რუსეთის ბევრი მოქალაქე შემოვიდა')).toEqual([]);
  });

  it('keeps word boundaries in Georgian and Armenian', () => {
    expect(matches('ka', 'ნაწილობრივი მობილიზაცია')).toEqual(['ნაწილობრივი მობილიზაცია']);
    expect(matches('ka', 'დემობილიზაცია')).toEqual([]);
    expect(matches('hy', 'մասնակի զորահավաք')).toEqual(['մասնակի զորահավաք']);
  });

  it('ends an Armenian word at Armenian punctuation (the full stop ։, the comma ՝)', () => {
    // "…Shoigu." and "RF, …": a whole-word term right before the punctuation still matches.
    expect(matches('hy', 'Հայտարարել է Շոյգու։')).toContain('շոյգու');
    expect(matches('hy', 'ՌԴ՝ նոր օրենք')).toContain('ռդ');
  });

  it('lets one Serbian lexicon read both alphabets', () => {
    expect(matches('sr', 'delimičnu mobilizaciju')).toEqual(['delimičnu mobilizaciju']);
    expect(matches('sr', 'делимичну мобилизацију')).toEqual(['делимичну мобилизацију']);
  });
});

describe('normalizeText', () => {
  it('folds Turkish İ, Romanian cedillas and full-width digits', () => {
    expect(normalizeText('İSTANBUL')).toBe('istanbul');
    expect(normalizeText('rezervişti')).toBe(normalizeText('rezerviști'));
    expect(normalizeText('３０万人')).toBe('30万人');
  });

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

describe('lexicon consistency', () => {
  /** A starred lexicon word as a pattern over plain text, to test one term against another's spelling. */
  const termPattern = (term: string): RegExp =>
    new RegExp(
      `(^|[^\\p{L}])${term
        .toLowerCase()
        .split(/[\s-]+/)
        .map((w) => {
          const stem = w.replace(/\*$/, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&');
          return w.endsWith('*') ? `${stem}\\p{L}*` : stem;
        })
        .join('[\\s-]+')}(?!\\p{L})`,
      'u',
    );

  it('no context term hides a call-up word: the longer match wins, so it would swallow the call-up evidence', () => {
    const hidden: string[] = [];
    for (const language of packLexicon().languages) {
      const callUp = language.terms.filter((t) => t.role === 'mobilization' || t.role === 'phrase');
      const patterns = callUp.map((t) => termPattern(t.term));
      for (const term of language.terms.filter((t) => t.role === 'context')) {
        const spelled = term.term.toLowerCase().replace(/\*/g, '');
        const inner = callUp.find((_, i) => patterns[i]?.test(spelled));
        if (inner) hidden.push(`${language.lang}: "${term.term}" hides "${inner.term}"`);
      }
    }
    expect(hidden).toEqual([]);
  });
});
