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

