import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageLexiconSchema } from '../pack/lexicon-schema';
import { LETTER, UNSPACED } from './compile-lexicon';
import { containsFragment, decisiveTerms, fragmentText, isUnspacedChar, isWordChar, packTopicFragments, termFragments, topicFragments, type TopicPattern } from './topic-fragments';

const LEXICON_DIR = resolve(__dirname, '../../assets/pack/lexicon');
const languageFiles = readdirSync(LEXICON_DIR).filter((name) => /^[a-z]{2}\.json$/.test(name)).sort();
const languages = languageFiles.map((name) => languageLexiconSchema.parse(JSON.parse(readFileSync(join(LEXICON_DIR, name), 'utf8'))));
const fragments = topicFragments(languages);
const packed = packTopicFragments(fragments);

describe('topic fragments', () => {
  it('splits a term into the literal pieces each of its matches contains', () => {
    expect(termFragments('частичн* мобилизац*')).toEqual([
      { text: 'частичн', endsWord: false },
      { text: 'мобилизац', endsWord: false },
    ]);
    expect(termFragments('partial mobiliz*')).toEqual([{ text: 'partial mobiliz', endsWord: false }]);
    expect(termFragments('Call-up')).toEqual([{ text: 'call up', endsWord: true }]);
    expect(termFragments('部分動員')).toEqual([{ text: '部分動員', endsWord: true }]);
  });

  it.each(languageFiles)('cover every phrase and mobilization term of %s', (file) => {
    const language = languages[languageFiles.indexOf(file)]!;
    const terms = decisiveTerms(language);
    // A language without call-up vocabulary would leave its pages to the pre-filter's mercy.
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      // The term written out as a page would print it is found, so every page matching the term is let through.
      const asPrinted = fragmentText(term.replace(/\*/g, ''));
      expect(containsFragment(asPrinted, packed), term).toBe(true);
    }
  });

  it('counts as word characters only what the detector does', () => {
    // Fewer would only let more pages through; more could reject a page the detector accepts.
    const letter = new RegExp(`^${LETTER}$`);
    const extra: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWordChar(code) && !letter.test(String.fromCharCode(code))) extra.push(code.toString(16));
    }
    expect(extra).toEqual([]);
  });

  it('counts as unspaced exactly what the detector does', () => {
    // The two must agree both ways: the pre-filter may not need a boundary the detector drops.
    const unspaced = new RegExp(`^${UNSPACED}$`);
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isUnspacedChar(code) !== unspaced.test(String.fromCharCode(code))) differ.push(code.toString(16));
    expect(differ).toEqual([]);
  });

  it('needs no boundary where a fragment begins or ends in Han or kana', () => {
    const sample = packTopicFragments([[{ text: '部分動員', endsWord: true }], [{ text: 'ウクライナ国民', endsWord: true }]]);
    expect(containsFragment(fragmentText('2022年9月21日に部分動員令'), sample)).toBe(true);
    expect(containsFragment(fragmentText('ウクライナ国民41人'), sample)).toBe(true);
    const latin = packTopicFragments([[{ text: 'leva', endsWord: true }]]);
    expect(containsFragment(fragmentText('leva2'), latin)).toBe(false);
    expect(containsFragment(fragmentText('2leva'), latin)).toBe(false);
  });

  it('finds fragments on word starts only, and whole words where the term ends', () => {
    const sample = packTopicFragments([[{ text: 'leva', endsWord: true }], [{ text: 'mobiliz', endsWord: false }]]);
    expect(containsFragment(fragmentText('A relevant point'), sample)).toBe(false);
    expect(containsFragment(fragmentText('servizio di leva.'), sample)).toBe(true);
    expect(containsFragment(fragmentText('The Mobilization began'), sample)).toBe(true);
    expect(containsFragment(fragmentText('demobilization'), sample)).toBe(false);
  });

  it('splits a term at its count word (#): the number is no literal text the pre-filter could look for', () => {
    expect(termFragments('რუსეთის # მოქალაქე* შემო*')).toEqual([
      { text: 'რუსეთის', endsWord: false },
      { text: 'მოქალაქე', endsWord: false },
      { text: 'შემო', endsWord: false },
    ]);
    const patterns = packTopicFragments(topicFragments([{ lang: 'ka', terms: [{ term: 'რუსეთის # მოქალაქე* შემო*', role: 'phrase', weight: 2.5, topics: [] }], nearMisses: [] }] as never));
    expect(containsFragment(fragmentText('რუსეთის 131 546 მოქალაქე შემოვიდა'), patterns)).toBe(true);
    expect(containsFragment(fragmentText('რუსეთის საგარეო საქმეთა სამინისტრო'), patterns)).toBe(false);
  });

  it('needs every piece of a term whose words are stems', () => {
    const patterns = packTopicFragments(topicFragments([{ lang: 'ru', terms: [{ term: 'сборн* пункт*', role: 'mobilization', weight: 1, topics: [] }], nearMisses: [] }] as never));
    expect(containsFragment(fragmentText('Пункт 3 договора'), patterns)).toBe(false);
    expect(containsFragment(fragmentText('у сборного пункта в Москве'), patterns)).toBe(true);
  });

  it('lets no page through for a word every news page in its language uses', () => {
    // A word alone that any news page may use ('россиян', 'пункт', 'electronic') would make the
    // pre-filter pass every page that mentions it: a pattern made of it alone must not exist.
    const generic = ['electronic', 'elektronisch', 'elektroniczn', 'cyfrow', 'российск', 'російськ', 'эмигрант', 'emigrant', 'россиян', 'росіян', 'пункт', 'воинск', 'в запасе', 'militar', 'militär', 'military', 'из россии', 'граждан россии', 'комиссар', 'einheitlich', 'реєстр'];
    const alone = fragments.filter((pattern) => pattern.length === 1).map((pattern) => pattern[0]!.text);
    for (const text of generic) expect(alone, text).not.toContain(text);
  });

  it('is small enough to ship in the first chunk', () => {
    expect(JSON.stringify(packTopicFragments(fragments)).length).toBeLessThan(12_000);
  });

  it('searches the packed strings as it would the patterns one by one', () => {
    /** The patterns' meaning, read without the packing: some pattern with every fragment at a word start (and end). */
    const bounded = (text: string, { text: piece, endsWord }: TopicPattern[number]) =>
      [...text.matchAll(new RegExp(piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].some(
        ({ index }) =>
          !(index > 0 && !isUnspacedChar(piece.charCodeAt(0)) && isWordChar(text.charCodeAt(index - 1))) &&
          !(endsWord && !isUnspacedChar(piece.charCodeAt(piece.length - 1)) && isWordChar(text.charCodeAt(index + piece.length))),
      );
    const direct = (text: string) => fragments.some((pattern) => pattern.every((fragment) => bounded(text, fragment)));
    const texts = [
      ...fragments.flatMap((pattern) => [pattern.map(({ text }) => text).join(' '), pattern[0]!.text, `x${pattern[0]!.text}`, `${pattern[0]!.text}x`]),
      'nothing about the topic here',
      '',
    ].map(fragmentText);
    for (const text of texts) expect(containsFragment(text, packed), text).toBe(direct(text));
    expect(containsFragment('mobilization', packTopicFragments([]))).toBe(false);
  });
});
