import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackSources } from '../../src/pack/read-pack-sources';
import { fixturePack, fixtureSourceFiles } from '../pack/fixture-pack';
import { internalNames, packIds, readerVisibleTexts } from './reader-visible-text';

/** A reader never sees our internal names: "Seed A/B", "seed", file names, ids. */
describe('no internal names in what a reader sees', () => {
  it('the check finds "Seed B", file names and ids in any language, and leaves plain text alone', () => {
    const pack = fixturePack();
    const [fact] = pack.facts;
    const files = fixtureSourceFiles({
      ...pack,
      facts: [{ ...fact!, text: 'Seed B relaying AP, see exodus.json.' }, ...pack.facts.slice(1)],
      translations: { ...pack.translations, ru: { ...pack.translations.ru, questions: { 'how-many-left': { text: 'Сколько уехало (fsb-261k)?' } } } },
    });
    const ids = packIds(files);
    const problems = readerVisibleTexts(files).flatMap(({ where, text }) => internalNames(text, ids).map((what) => `${where}: ${what}`));
    // The fixture's own texts name their ids ("Fact decree-signed"); look at the two planted ones.
    const planted = problems.filter((problem) => /^facts\/all\.json\[0\]|^translations\/ru\/questions\/how-many-left/.test(problem));
    expect(planted).toEqual([
      'facts/all.json[0].text: the word "seed" (our name for the articles the pack grew from)',
      'facts/all.json[0].text: a file name',
      'translations/ru/questions/how-many-left.json["how-many-left"]["text"]: the id "fsb-261k"',
    ]);
    expect(internalNames('The Kremlin said 300,000 men; Верхний Ларс, 21.09.2022.', ids)).toEqual([]);
  });

  it('the real pack, in every language, shows none', () => {
    const files = readPackSources('assets/pack');
    const ids = packIds(files);
    const problems = readerVisibleTexts(files).flatMap(({ where, text }) => internalNames(text, ids).map((what) => `${where}: ${what}: ${text}`));
    expect(problems).toEqual([]);
  });

  it('the interface strings, in every language, show none', () => {
    const ids = packIds(readPackSources('assets/pack'));
    const problems = ['en', 'ru', 'uk'].flatMap((locale) => {
      const catalogue = JSON.parse(readFileSync(`assets/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      return Object.entries(catalogue).flatMap(([key, { message }]) => internalNames(message, ids).map((what) => `${locale}:${key}: ${what}`));
    });
    expect(problems).toEqual([]);
  });
});
