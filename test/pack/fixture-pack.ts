import type { PackSourceFile } from '../../src/pack/assemble-pack';
import { buildPack } from '../../src/pack/build-pack';
import type { BuiltFactPack, Claim, Fact, FactPack, Question } from '../../src/pack/fact-pack-schema';
import type { LanguageLexicon } from '../../src/pack/lexicon-schema';
import type { ClaimMatcher } from '../../src/pack/matcher-schema';

/** Small hand-made packs for unit tests, independent of the real content in assets/pack. */

export const fixtureFact = (id: string, overrides: Partial<Fact> = {}): Fact => ({
  id,
  date: '2022-09-21',
  text: `Fact ${id}`,
  topics: ['announcement'],
  citations: [{ source: 'kremlin', url: 'https://example.org/decree', date: '2022-09-21' }],
  confidence: 'high',
  ...overrides,
});

export const numberClaim = (id: string, value: number, unit = 'people', overrides: Partial<Claim> = {}): Claim => ({
  id,
  value: { kind: 'number', value, unit },
  claimant: 'kremlin',
  reporter: 'reuters',
  eventDate: '2022-10-01',
  publishedAt: '2022-10-01',
  url: 'https://example.org/claim',
  lang: 'en',
  ...overrides,
});

export const fixtureQuestion = (id: string, claims: Claim[], overrides: Partial<Question> = {}): Question => ({
  id,
  text: `Question ${id}?`,
  topics: ['numbers'],
  claims,
  ...overrides,
});

const english: LanguageLexicon = {
  lang: 'en',
  markers: ['the', 'and', 'of', 'to', 'in'],
  terms: [{ term: 'mobilization', weight: 3, role: 'mobilization' }],
  nearMisses: [{ term: 'general strike', penalty: 2 }],
};

const matcher = (id: string, questionId: string, lang: string, claimIds?: string[]): ClaimMatcher => ({
  id,
  questionId,
  lang,
  all: [['mobiliz']],
  ...(claimIds ? { claimIds } : {}),
});

export function fixturePack(overrides: Partial<FactPack> = {}): FactPack {
  return {
    format: 1,
    id: 'fixture',
    version: '1.0.0',
    publishedAt: '2024-01-01',
    sources: [
      { id: 'kremlin', name: 'Kremlin', kind: 'government', country: 'RU', url: 'https://kremlin.example' },
      { id: 'reuters', name: 'Reuters', kind: 'agency' },
    ],
    facts: [fixtureFact('decree-signed', { key: true }), fixtureFact('exodus-starts', { date: '2022-09-22', topics: ['exodus', 'borders'] })],
    questions: [
      fixtureQuestion('how-many-mobilized', [numberClaim('shoigu-300k', 300_000, 'men'), numberClaim('putin-318k', 318_000, 'men')]),
      fixtureQuestion('how-many-left', [numberClaim('forbes-700k', 700_000), numberClaim('fsb-261k', 261_000)], { topics: ['exodus'] }),
    ],
    lexicon: { languages: [english], threshold: 8, sampleThreshold: 3, urlHints: ['mobiliz'] },
    matchers: [matcher('mobilized-en', 'how-many-mobilized', 'en', ['shoigu-300k']), matcher('left-ru', 'how-many-left', 'ru')],
    ...overrides,
  };
}

export const builtFixturePack = (overrides: Partial<FactPack> = {}): Promise<BuiltFactPack> => buildPack(fixturePack(overrides));

/** The fixture pack split into the source folder layout, as `readPackSources` returns it. */
export function fixtureSourceFiles(pack: FactPack = fixturePack()): PackSourceFile[] {
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  const { languages, ...lexiconIndex } = pack.lexicon;
  return [
    { path: 'pack.json', text: json({ format: pack.format, id: pack.id, version: pack.version, publishedAt: pack.publishedAt }) },
    { path: 'sources.json', text: json(pack.sources) },
    { path: 'facts/all.json', text: json(pack.facts) },
    ...pack.questions.map((question) => ({ path: `questions/${question.id}.json`, text: json(question) })),
    { path: 'lexicon/index.json', text: json(lexiconIndex) },
    ...languages.map((language) => ({ path: `lexicon/${language.lang}.json`, text: json(language) })),
    ...conceptSources(pack.matchers).map(({ path, value }) => ({ path, text: json(value) })),
  ];
}

/**
 * The authored form of built per-language matchers: each built matcher `<id>-<lang>` becomes
 * the concept matcher `<id>` whose groups are concepts with words in that language only, so
 * that assembling the files gives back the same built matchers.
 */
function conceptSources(matchers: readonly ClaimMatcher[]): Array<{ path: string; value: unknown }> {
  const words: Record<string, Record<string, string[]>> = {};
  const authored = matchers.map(({ id, lang, all, none, ...rest }) => {
    const base = id.endsWith(`-${lang}`) ? id.slice(0, -lang.length - 1) : id;
    const concepts = (words[lang] ??= {});
    const conceptOf = (terms: string[], name: string) => {
      concepts[`${base}-${name}`] = terms;
      return `${base}-${name}`;
    };
    return { id: base, ...rest, all: all.map((group, index) => [conceptOf(group, `g${index}`)]), ...(none ? { none: [conceptOf(none, 'none')] } : {}) };
  });
  return [{ path: 'matchers/all.json', value: authored }, ...Object.entries(words).map(([lang, value]) => ({ path: `concepts/${lang}.json`, value }))];
}
