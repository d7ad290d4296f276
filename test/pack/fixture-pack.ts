import type { PackSourceFile } from '../../src/pack/assemble-pack';
import { buildPack } from '../../src/pack/build-pack';
import type { AssessedClaim, AssessedQuestion, BuiltFactPack, Fact, FactPack, LanguageTranslations, Translations } from '../../src/pack/fact-pack-schema';
import type { LanguageLexicon } from '../../src/pack/lexicon-schema';
import type { ClaimMatcher } from '../../src/pack/matcher-schema';

/** Small hand-made packs for unit tests, independent of the real content in assets/pack. */

export const fixtureFact = (id: string, overrides: Partial<Fact> = {}): Fact => ({
  id,
  date: '2022-09-21',
  text: `Fact ${id}`,
  topics: ['announcement'],
  citations: [{ source: 'kremlin', url: 'https://kremlin.example/decree', date: '2022-09-21' }],
  confidence: 'high',
  ...overrides,
});

export const numberClaim = (id: string, value: number, unit = 'people', overrides: Partial<AssessedClaim> = {}): AssessedClaim => ({
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

export const fixtureQuestion = (id: string, claims: AssessedClaim[], overrides: Partial<AssessedQuestion> = {}): AssessedQuestion => ({
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

const noTranslations = (): LanguageTranslations => ({ facts: {}, questions: {}, claims: {}, sources: {}, units: {} });

/** Translations of everything the fixture pack says, as the build collects them. */
export function fixtureTranslations(): Translations {
  const into = (lang: 'ru' | 'uk'): LanguageTranslations => ({
    facts: { 'decree-signed': { text: `[${lang}] Fact decree-signed` }, 'exodus-starts': { text: `[${lang}] Fact exodus-starts` } },
    questions: { 'how-many-mobilized': { text: `[${lang}] Question how-many-mobilized?` }, 'how-many-left': { text: `[${lang}] Question how-many-left?` } },
    claims: {
      'forbes-700k': { 'assessment.reason': `[${lang}] An unnamed source, not the Kremlin; the border service counted fewer.` },
      ...(lang === 'uk' ? { 'fsb-261k': { quote: '[uk] близько 261 тисячі' } } : {}),
    },
    sources: { kremlin: { role: `[${lang}] Presidential administration` } },
    units: { men: `[${lang}] men`, people: `[${lang}] people` },
  });
  return { en: { ...noTranslations(), claims: { 'fsb-261k': { quote: 'about 261 thousand' } } }, ru: into('ru'), uk: into('uk') };
}

export function fixturePack(overrides: Partial<FactPack> = {}): FactPack {
  return {
    format: 1,
    id: 'fixture',
    version: '1.0.0',
    publishedAt: '2024-01-01',
    publisher: { name: 'Fixture Checkers', url: 'https://checkers.example/' },
    sources: [
      { id: 'kremlin', name: 'Kremlin', kind: 'government', country: 'RU', url: 'https://kremlin.example', role: 'Presidential administration' },
      { id: 'reuters', name: 'Reuters', kind: 'agency' },
    ],
    facts: [fixtureFact('decree-signed', { key: true }), fixtureFact('exodus-starts', { date: '2022-09-22', topics: ['exodus', 'borders'] })],
    questions: [
      fixtureQuestion('how-many-mobilized', [numberClaim('shoigu-300k', 300_000, 'men'), numberClaim('putin-318k', 318_000, 'men')]),
      fixtureQuestion(
        'how-many-left',
        [
          numberClaim('forbes-700k', 700_000, 'people', {
            assessment: {
              rating: 'misattributed',
              reason: 'An unnamed source, not the Kremlin; the border service counted fewer.',
              evidence: { claims: ['fsb-261k'], facts: [] },
            },
          }),
          numberClaim('fsb-261k', 261_000, 'people', { lang: 'ru', quote: 'около 261 тысячи' }),
        ],
        { topics: ['exodus'] },
      ),
    ],
    translations: fixtureTranslations(),
    lexicon: { languages: [english], threshold: 8, sampleThreshold: 3, urlHints: ['mobiliz'] },
    matchers: [matcher('mobilized-en', 'how-many-mobilized', 'en', ['shoigu-300k']), matcher('left-ru', 'how-many-left', 'ru')],
    ...overrides,
  };
}

export const builtFixturePack = (overrides: Partial<FactPack> = {}): Promise<BuiltFactPack> => buildPack(fixturePack(overrides));

/** The translation files of one language, in the layout the build reads (facts in facts/all.json). */
function translationFiles(lang: string, translations: LanguageTranslations, questions: readonly AssessedQuestion[]): Array<[string, unknown]> {
  const files = new Map<string, Record<string, Record<string, string>>>();
  const put = (file: string, id: string, path: string, text: string) => {
    const items = files.get(file) ?? {};
    files.set(file, items);
    (items[id] ??= {})[path] = text;
  };
  const questionOf = new Map(questions.flatMap((question) => question.claims.map((claim) => [claim.id, question.id] as const)));
  for (const [id, fields] of Object.entries(translations.facts)) for (const [path, text] of Object.entries(fields)) put('facts/all.json', id, path, text);
  for (const [id, fields] of Object.entries(translations.questions)) for (const [path, text] of Object.entries(fields)) put(`questions/${id}.json`, id, path, text);
  for (const [id, fields] of Object.entries(translations.claims)) {
    for (const [path, text] of Object.entries(fields)) {
      const question = questionOf.get(id) ?? 'unknown';
      if (path === 'assessment.reason') put(`assessments/${question}.json`, id, 'reason', text);
      else put(`questions/${question}.json`, id, path, text);
    }
  }
  for (const [id, fields] of Object.entries(translations.sources)) for (const [path, text] of Object.entries(fields)) put('sources.json', id, path, text);
  const out: Array<[string, unknown]> = [...files].map(([file, items]) => [`translations/${lang}/${file}`, items]);
  if (Object.keys(translations.units).length > 0) out.push([`translations/${lang}/units.json`, translations.units]);
  return out;
}

/** The fixture pack split into the source folder layout, as `readPackSources` returns it. */
export function fixtureSourceFiles(pack: FactPack = fixturePack()): PackSourceFile[] {
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  const { languages, ...lexiconIndex } = pack.lexicon;
  const withoutAssessments = (question: AssessedQuestion) => ({ ...question, claims: question.claims.map(({ assessment: _assessment, ...claim }) => claim) });
  const assessmentFiles = pack.questions.flatMap((question) => {
    const assessed = question.claims.filter((claim) => claim.assessment);
    return assessed.length === 0 ? [] : [{ path: `assessments/${question.id}.json`, text: json(Object.fromEntries(assessed.map((claim) => [claim.id, claim.assessment]))) }];
  });
  return [
    { path: 'pack.json', text: json({ format: pack.format, id: pack.id, version: pack.version, publishedAt: pack.publishedAt, publisher: pack.publisher }) },
    { path: 'sources.json', text: json(pack.sources) },
    { path: 'facts/all.json', text: json(pack.facts) },
    ...pack.questions.map((question) => ({ path: `questions/${question.id}.json`, text: json(withoutAssessments(question)) })),
    ...assessmentFiles,
    ...Object.entries(pack.translations).flatMap(([lang, translations]) =>
      translationFiles(lang, translations, pack.questions).map(([path, value]) => ({ path, text: json(value) })),
    ),
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
