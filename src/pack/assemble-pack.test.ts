import { describe, expect, it } from 'vitest';
import { assemblePack, type PackSourceFile } from './assemble-pack';
import { formatPackError } from './pack-error';
import { fixturePack, fixtureSourceFiles } from '../../test/pack/fixture-pack';

/** Replaces one file's text in the fixture layout. */
function withFile(path: string, edit: (json: unknown) => unknown, files: PackSourceFile[] = fixtureSourceFiles()): PackSourceFile[] {
  return files.map((file) => (file.path === path ? { path, text: JSON.stringify(edit(JSON.parse(file.text))) } : file));
}
type Json = Record<string, unknown>;
const edit = <T>(fn: (value: T) => void) => (json: unknown) => {
  fn(json as T);
  return json;
};

describe('assemblePack', () => {
  it('assembles the fixture layout into the same pack', () => {
    const { pack, errors } = assemblePack(fixtureSourceFiles());
    expect(errors).toEqual([]);
    const expected = fixturePack();
    // Files are read in path order, so questions come in file-name order.
    expect(pack).toEqual({ ...expected, questions: [...expected.questions].sort((a, b) => a.id.localeCompare(b.id)) });
  });

  it('reports malformed JSON with its file', () => {
    const files = fixtureSourceFiles().map((file) => (file.path === 'facts/all.json' ? { ...file, text: '[{"id": "x",' } : file));
    const { pack, errors } = assemblePack(files);
    expect(pack).toBeNull();
    expect(errors).toEqual([{ file: 'facts/all.json', path: '$', message: expect.stringMatching(/^malformed JSON/) }]);
  });

  it('reports every schema violation with file and JSON path, not only the first', () => {
    const files = withFile(
      'facts/all.json',
      edit<Json[]>((facts) => {
        facts[0]!.citations = [];
        facts[1]!.date = '2022-02-30';
      }),
      withFile('questions/how-many-left.json', edit<{ claims: Array<{ value: Json }> }>((question) => delete question.claims[1]!.value.unit)),
    );
    const messages = assemblePack(files).errors.map(formatPackError);
    expect(messages).toEqual(
      expect.arrayContaining([
        'facts/all.json: $[0].citations: a fact needs at least one citation',
        'facts/all.json: $[1].date: not a real calendar date',
        expect.stringMatching(/^questions\/how-many-left\.json: \$\.claims\[1\]\.value\.unit: /),
      ]),
    );
    expect(messages).toHaveLength(3);
  });

  it('reports integrity errors in the file that holds the record', () => {
    const files = withFile(
      'facts/all.json',
      edit<Array<{ id: string; citations: Json[] }>>((facts) => {
        facts[1]!.id = facts[0]!.id;
        facts[0]!.citations[0]!.source = 'nobody';
      }),
      withFile('matchers/all.json', edit<Json[]>((matchers) => (matchers[1]!.questionId = 'no-such-question'))),
    );
    expect(assemblePack(files).errors.map(formatPackError)).toEqual([
      'facts/all.json: $[0].citations[0].source: citation source "nobody" is not a source id in sources',
      'facts/all.json: $[1].id: duplicate fact id "decree-signed" (see facts/all.json at $[0])',
      'matchers/all.json: $[1].questionId: question "no-such-question" does not exist',
      // The renamed fact's translations are orphans now.
      'translations/ru/facts/all.json: $["exodus-starts"]: "exodus-starts" is not an item of facts/all.json with text to translate',
      'translations/uk/facts/all.json: $["exodus-starts"]: "exodus-starts" is not an item of facts/all.json with text to translate',
    ]);
  });

  it('locates a claim duplicated across question files', () => {
    const files = withFile('questions/how-many-mobilized.json', edit<{ claims: Json[] }>((question) => (question.claims[1]!.id = 'forbes-700k')));
    expect(assemblePack(files).errors.map(formatPackError)).toEqual([
      'questions/how-many-mobilized.json: $.claims[1].id: duplicate claim id "forbes-700k" (see questions/how-many-left.json at $.claims[0])',
    ]);
  });

  it('reports missing files and stray files clearly', () => {
    const files = fixtureSourceFiles().filter((file) => file.path !== 'pack.json' && !file.path.startsWith('lexicon/'));
    const errors = assemblePack([...files, { path: 'notes.json', text: '{}' }]).errors.map(formatPackError);
    expect(errors).toEqual([
      expect.stringMatching(/^notes\.json: \$: not part of the pack layout/),
      'pack.json: $: missing file',
      'lexicon/index.json: $: missing file',
      'lexicon/: $: no language file (lexicon/<lang>.json)',
    ]);
  });

  it('reports an empty folder without throwing', () => {
    expect(assemblePack([]).errors.map((error) => error.file)).toEqual(['pack.json', 'sources.json', 'lexicon/index.json', 'lexicon/']);
  });

  it('reports pack-level schema rules against the right file', () => {
    const errors = assemblePack(withFile('sources.json', () => [])).errors.map(formatPackError);
    // With no sources, every citation is also unknown; the first error names the real cause.
    expect(errors[0]).toMatch(/^sources\.json: \$: /);
  });

  it('still reports cross-file problems when another file is broken', () => {
    const files = withFile(
      'questions/how-many-left.json',
      edit<{ claims: Json[] }>((question) => (question.claims[0]!.claimant = 'nobody')),
      fixtureSourceFiles().map((file) => (file.path === 'lexicon/en.json' ? { ...file, text: '{' } : file)),
    );
    expect(assemblePack(files).errors.map(formatPackError)).toEqual([
      expect.stringMatching(/^lexicon\/en\.json: \$: malformed JSON/),
      'questions/how-many-left.json: $.claims[0].claimant: claimant "nobody" is not a source id in sources',
    ]);
  });

  it('does not call every citation unknown when sources.json itself is broken', () => {
    const files = fixtureSourceFiles().map((file) => (file.path === 'sources.json' ? { ...file, text: '[{"id": 1}' } : file));
    expect(assemblePack(files).errors.map((error) => error.file)).toEqual(['sources.json']);
  });

  it('keeps checking the other records of a file with one bad record', () => {
    const files = withFile(
      'facts/all.json',
      edit<Json[]>((facts) => {
        facts[0]!.topics = ['not-a-topic'];
        facts.push({ ...facts[1]!, citations: [{ source: 'ghost', url: 'https://example.org', date: '2022-09-21' }], id: 'third' });
      }),
    );
    expect(assemblePack(files).errors.map(formatPackError)).toEqual([
      expect.stringMatching(/^facts\/all\.json: \$\[0\]\.topics\[0\]: /),
      'facts/all.json: $[2].citations[0].source: citation source "ghost" is not a source id in sources',
    ]);
  });

  it('expands each matcher, written once in concept ids, into one matcher per language with words for every group', () => {
    const files = [
      ...fixtureSourceFiles().filter((file) => !file.path.startsWith('matchers/') && !file.path.startsWith('concepts/')),
      { path: 'matchers/all.json', text: JSON.stringify([{ id: 'left', questionId: 'how-many-left', all: [['left-country'], ['russia']], numbers: [700000] }]) },
      { path: 'concepts/de.json', text: JSON.stringify({ 'left-country': ['verlassen'], russia: ['russland'] }) },
      { path: 'concepts/ru.json', text: JSON.stringify({ 'left-country': ['покинул', 'уехал'], russia: ['росси'] }) },
      { path: 'concepts/nl.json', text: JSON.stringify({ russia: ['rusland'] }) },
    ];
    const { pack, errors } = assemblePack(files);
    expect(errors).toEqual([]);
    expect(pack?.matchers).toEqual([
      { id: 'left-de', questionId: 'how-many-left', lang: 'de', all: [['verlassen'], ['russland']], numbers: [700000] },
      { id: 'left-ru', questionId: 'how-many-left', lang: 'ru', all: [['покинул', 'уехал'], ['росси']], numbers: [700000] },
    ]);
  });

  it('gives a matcher the phrases that exempt its veto words, in each language only those that hold one', () => {
    const files = [
      ...fixtureSourceFiles().filter((file) => !file.path.startsWith('matchers/') && !file.path.startsWith('concepts/')),
      { path: 'matchers/all.json', text: JSON.stringify([{ id: 'called', questionId: 'how-many-left', all: [['called-up']], none: ['ukraine-named'] }]) },
      { path: 'concepts/uk.json', text: JSON.stringify({ 'called-up': ['призов'], 'ukraine-named': ['в україні', 'зсу'], 'war-named': ['війн в україні'] }) },
      { path: 'concepts/en.json', text: JSON.stringify({ 'called-up': ['call-up'], 'ukraine-named': ['kyiv'] }) },
      { path: 'veto-exemptions.json', text: JSON.stringify({ 'ukraine-named': ['war-named'] }) },
    ];
    const { pack, errors } = assemblePack(files);
    expect(errors).toEqual([]);
    expect(pack?.matchers).toEqual([
      { id: 'called-en', questionId: 'how-many-left', lang: 'en', all: [['call-up']], none: ['kyiv'] },
      { id: 'called-uk', questionId: 'how-many-left', lang: 'uk', all: [['призов']], none: ['в україні', 'зсу'], unless: ['війн в україні'] },
    ]);
  });

  it('reports an exemption phrase that holds no word of the concept it exempts, and an exemption of an unknown concept', () => {
    const files = [
      ...fixtureSourceFiles().filter((file) => !file.path.startsWith('matchers/') && !file.path.startsWith('concepts/')),
      { path: 'matchers/all.json', text: JSON.stringify([{ id: 'called', questionId: 'how-many-left', all: [['called-up']], none: ['ukraine-named'] }]) },
      { path: 'concepts/uk.json', text: JSON.stringify({ 'called-up': ['призов'], 'ukraine-named': ['в україні'], 'war-named': ['війна проти україни'] }) },
      { path: 'veto-exemptions.json', text: JSON.stringify({ 'ukraine-named': ['war-named', 'ghost'] }) },
    ];
    expect(assemblePack(files).errors.map(formatPackError)).toEqual([
      'concepts/uk.json: $["war-named"][0]: "війна проти україни" holds no uk word of "ukraine-named", so it exempts nothing (veto-exemptions.json)',
      'veto-exemptions.json: $["ukraine-named"][1]: concept "ghost" has no words in any language (concepts/<lang>.json)',
    ]);
  });

  it('reports a concept no language has words for, and a matcher id that is another matcher’s language copy', () => {
    const files = [
      ...fixtureSourceFiles().filter((file) => !file.path.startsWith('matchers/') && !file.path.startsWith('concepts/')),
      {
        path: 'matchers/all.json',
        text: JSON.stringify([
          { id: 'left', questionId: 'how-many-left', all: [['left-country'], ['russia']], none: ['ghost'] },
          { id: 'left-de', questionId: 'how-many-left', all: [['left-country']] },
        ]),
      },
      { path: 'concepts/de.json', text: JSON.stringify({ 'left-country': ['verlassen'], russia: ['russland'] }) },
    ];
    expect(assemblePack(files).errors.map(formatPackError)).toEqual([
      'matchers/all.json: $[0].none[0]: concept "ghost" has no words in any language (concepts/<lang>.json)',
      'matchers/all.json: $[1].id: matcher id "left-de" is the de copy of matcher "left"; rename one',
    ]);
  });
});

const without = (path: string, files: PackSourceFile[] = fixtureSourceFiles()) => files.filter((file) => file.path !== path);
const errorsOf = (files: PackSourceFile[]) => assemblePack(files).errors.map(formatPackError);

describe('assessments/<question file>.json', () => {
  it('attaches each assessment to its claim in the assembled pack', () => {
    const { pack } = assemblePack(fixtureSourceFiles());
    const claim = pack?.questions.find((question) => question.id === 'how-many-left')?.claims.find((c) => c.id === 'forbes-700k');
    expect(claim?.assessment).toEqual({ rating: 'misattributed', reason: expect.stringMatching(/^An unnamed source/), evidence: { claims: ['fsb-261k'], facts: [] } });
  });

  it('refuses a rating off the scale, a long reason, an unknown claim, missing or self-only evidence', () => {
    const files = withFile(
      'assessments/how-many-left.json',
      edit<Record<string, Json>>((assessments) => {
        assessments['forbes-700k'] = { rating: 'mostly-true', reason: 'x'.repeat(241), evidence: {} };
        assessments['fsb-261k'] = { rating: 'accurate', reason: 'Counted at the border.', evidence: { claims: ['fsb-261k'] } };
      }),
    );
    expect(errorsOf(files)).toEqual([
      expect.stringMatching(/^assessments\/how-many-left\.json: \$\["forbes-700k"\]\.rating: /),
      expect.stringMatching(/^assessments\/how-many-left\.json: \$\["forbes-700k"\]\.reason: .*240/),
    ]);
    const fixed = withFile('assessments/how-many-left.json', edit<Record<string, Json>>((assessments) => {
      (assessments['forbes-700k'] as Json).evidence = {};
      (assessments['forbes-700k'] as Json).rating = 'misattributed';
      (assessments['forbes-700k'] as Json).reason = 'Short.';
    }), files);
    expect(errorsOf(fixed)).toEqual([
      'assessments/how-many-left.json: $["forbes-700k"].evidence: an assessment needs evidence: at least one claim or fact id other than the claim itself',
      'assessments/how-many-left.json: $["fsb-261k"].evidence: an assessment needs evidence: at least one claim or fact id other than the claim itself',
      // The new assessment has no translations yet.
      'translations/ru/assessments/how-many-left.json: $["fsb-261k"].reason: missing translation into ru',
      'translations/uk/assessments/how-many-left.json: $["fsb-261k"].reason: missing translation into uk',
    ]);
  });

  it('refuses evidence that does not exist and an assessment file without its question file', () => {
    const files = withFile('assessments/how-many-left.json', edit<Record<string, Json>>((assessments) => {
      (assessments['forbes-700k'] as Json).evidence = { claims: ['ghost-claim'], facts: ['ghost-fact'] };
      assessments['shoigu-300k'] = { rating: 'accurate', reason: 'Wrong file.', evidence: { facts: ['decree-signed'] } };
    }));
    expect(errorsOf([...files, { path: 'assessments/no-such-question.json', text: '{}' }])).toEqual([
      'assessments/how-many-left.json: $["forbes-700k"].evidence.claims[0]: evidence claim "ghost-claim" does not exist',
      'assessments/how-many-left.json: $["forbes-700k"].evidence.facts[0]: evidence fact "ghost-fact" does not exist',
      'assessments/how-many-left.json: $["shoigu-300k"]: claim "shoigu-300k" is not in questions/how-many-left.json',
      'assessments/no-such-question.json: $: there is no questions/no-such-question.json for these assessments',
    ]);
  });

  it('fails when a seed claim, a disputing or a disputed claim has no assessment', () => {
    const files = withFile('questions/how-many-mobilized.json', edit<{ claims: Json[] }>((question) => {
      question.claims[0]!.seed = true;
      question.claims[1]!.disputes = ['shoigu-300k'];
    }));
    expect(errorsOf(files)).toEqual([
      'questions/how-many-mobilized.json: $.claims[0]: claim "shoigu-300k" needs an assessment: it comes from a seed article',
      'questions/how-many-mobilized.json: $.claims[1]: claim "putin-318k" needs an assessment: it disputes another claim',
    ]);
  });
});

describe('translations/<lang>/<source file>', () => {
  it('collects every language by kind of record, the assessment reason as the claim field assessment.reason', () => {
    const { pack } = assemblePack(fixtureSourceFiles());
    expect(pack?.translations.ru.claims['forbes-700k']).toEqual({ 'assessment.reason': expect.stringMatching(/^\[ru\]/) });
    expect(pack?.translations.ru.sources.kremlin).toEqual({ role: '[ru] Presidential administration' });
    expect(pack?.translations.uk.units).toEqual({ men: '[uk] men', people: '[uk] people' });
    expect(pack?.translations.en.claims).toEqual({ 'fsb-261k': { quote: 'about 261 thousand' } });
  });

  it('fails when a language lacks a file or a field, or a quote lacks its English translation', () => {
    const files = withFile(
      'translations/uk/questions/how-many-left.json',
      edit<Record<string, Json>>((items) => delete items['how-many-left']),
      without('translations/ru/facts/all.json', without('translations/en/questions/how-many-left.json', without('translations/ru/units.json'))),
    );
    expect(errorsOf(files)).toEqual([
      'translations/en/questions/how-many-left.json: $: missing file: 1 field of questions/how-many-left.json needs a translation into en',
      'translations/ru/facts/all.json: $: missing file: 2 fields of facts/all.json need a translation into ru',
      'translations/ru/units.json: $: missing file: 2 units need a translation into ru',
      'translations/uk/questions/how-many-left.json: $["how-many-left"].text: missing translation into uk',
    ]);
  });

  it('refuses unknown languages, files, ids and fields, and translations the language does not need', () => {
    const files = withFile(
      'translations/ru/questions/how-many-left.json',
      edit<Record<string, Json>>((items) => {
        items['no-such-claim'] = { scope: 'x' };
        items['how-many-left'] = { text: 'Сколько?', note: 'нет такого поля' };
        items['fsb-261k'] = { quote: 'около 261 тысячи' };
      }),
      withFile('translations/en/questions/how-many-left.json', edit<Record<string, Json>>((items) => (items['how-many-left'] = { text: 'How many?' }))),
    );
    expect(
      errorsOf([
        ...files,
        { path: 'translations/de/facts/all.json', text: '{}' },
        { path: 'translations/ru/facts/missing.json', text: '{}' },
        { path: 'translations/ru/units.json', text: JSON.stringify({ men: 'мужчин', people: 'человек', cats: 'кошек' }) },
      ]),
    ).toEqual([
      'translations/de/facts/all.json: $: "de" is not an interface language (en, ru, uk)',
      'translations/en/questions/how-many-left.json: $["how-many-left"].text: translations/en/ holds only quotes in other languages',
      'translations/ru/facts/missing.json: $: translates facts/missing.json, which has nothing to translate or does not exist',
      'translations/ru/questions/how-many-left.json: $["how-many-left"].note: "how-many-left" has no translatable field "note"',
      'translations/ru/questions/how-many-left.json: $["no-such-claim"]: "no-such-claim" is not an item of questions/how-many-left.json with text to translate',
      'translations/ru/questions/how-many-left.json: $["fsb-261k"].quote: the text is already in ru',
      'translations/ru/units.json: $.cats: no claim uses the unit "cats"',
    ]);
  });
});
