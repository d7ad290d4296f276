import { describe, expect, it } from 'vitest';
import { matcherLanguagesFor, sentenceLanguages, sentenceScript } from './sentence-language';

const script = (text: string) => sentenceScript(text, 0, text.length);
const ALL = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'uk'];

describe('sentenceScript', () => {
  it('reads the script most letters are in, digits and punctuation aside', () => {
    expect(script('700,000 men left Russia.')).toEqual({ script: 'latin' });
    expect(script('Forbes: 700 000 человек')).toEqual({ script: 'cyrillic' });
    expect(script('2022 — 700 000!')).toEqual({ script: 'other' });
    expect(script('Zażółć gęślą jaźń')).toEqual({ script: 'latin' });
  });

  it('names Ukrainian or Russian only when the letters only one of them writes say so', () => {
    expect(script('З Росії виїхали 700 тисяч чоловіків.')).toEqual({ script: 'cyrillic', cyrillicLanguage: 'uk' });
    expect(script('Было призвано 300 тысяч человек.')).toEqual({ script: 'cyrillic', cyrillicLanguage: 'ru' });
    expect(script('Мобилизовано 300 000 человек.')).toEqual({ script: 'cyrillic' });
    // Both kinds of letters (a Ukrainian sentence quoting a Russian word): undecided.
    expect(script('Вони кажуть «мобилизованные»: їх було 300 тисяч.')).toEqual({ script: 'cyrillic' });
  });

  it('reads only the span it is given', () => {
    const text = 'Intro in English. Россию покинули 700 тысяч.';
    expect(sentenceScript(text, 18, text.length).script).toBe('cyrillic');
    expect(sentenceScript(text, 0, 17).script).toBe('latin');
  });
});

describe('sentenceLanguages', () => {
  it('reads a sentence in the page script in the page language only', () => {
    expect(sentenceLanguages({ script: 'latin' }, 'de', ALL)).toEqual(['de']);
    expect(sentenceLanguages({ script: 'cyrillic' }, 'uk', ALL)).toEqual(['uk']);
  });

  it('lets Ukrainian or Russian letters override the page language between the two', () => {
    expect(sentenceLanguages({ script: 'cyrillic', cyrillicLanguage: 'uk' }, 'ru', ALL)).toEqual(['uk']);
    expect(sentenceLanguages({ script: 'cyrillic', cyrillicLanguage: 'ru' }, 'uk', ALL)).toEqual(['ru']);
  });

  it('reads a sentence in another script in that script’s languages: English for Latin', () => {
    expect(sentenceLanguages({ script: 'latin' }, 'ru', ALL)).toEqual(['en']);
    expect(sentenceLanguages({ script: 'cyrillic' }, 'en', ALL)).toEqual(['ru', 'uk']);
    expect(sentenceLanguages({ script: 'cyrillic', cyrillicLanguage: 'ru' }, 'de', ALL)).toEqual(['ru']);
  });

  it('uses only the languages it has matchers for', () => {
    expect(sentenceLanguages({ script: 'cyrillic', cyrillicLanguage: 'uk' }, 'ru', ['en', 'ru'])).toEqual(['ru']);
    expect(sentenceLanguages({ script: 'latin' }, 'ru', ['ru', 'uk'])).toEqual([]);
    expect(sentenceLanguages({ script: 'other' }, 'en', ['en'])).toEqual(['en']);
  });

  it('without a page language, reads a sentence in every language of its script', () => {
    expect(sentenceLanguages({ script: 'latin' }, undefined, ['en', 'de', 'ru'])).toEqual(['en', 'de']);
  });
});

describe('matcherLanguagesFor', () => {
  it('adds the languages a page’s quotes and misread sentences may be in', () => {
    expect(matcherLanguagesFor('en')).toEqual(['en', 'ru', 'uk']);
    // A Latin-script sentence on a German page is read in German: no English matchers needed.
    expect(matcherLanguagesFor('de')).toEqual(['de', 'ru', 'uk']);
    expect(matcherLanguagesFor('ru')).toEqual(['ru', 'uk', 'en']);
    expect(matcherLanguagesFor('uk')).toEqual(['uk', 'ru', 'en']);
  });

  it('leaves a language of another script alone', () => {
    expect(matcherLanguagesFor('ka')).toEqual(['ka']);
  });
});
