import { describe, expect, it } from 'vitest';
import { formatJsonPath } from './pack-error';
import { checkPackIntegrity } from './pack-integrity';
import { fixtureFact, fixturePack, fixtureQuestion, numberClaim } from '../../test/pack/fixture-pack';
import type { FactPack } from './fact-pack-schema';

const problems = (pack: FactPack) => checkPackIntegrity(pack).map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`);

describe('checkPackIntegrity', () => {
  it('passes the fixture pack', () => {
    expect(problems(fixturePack())).toEqual([]);
  });

  it('finds duplicate ids of every kind', () => {
    const base = fixturePack();
    const pack = fixturePack({
      sources: [...base.sources, base.sources[0]!],
      facts: [...base.facts, fixtureFact('decree-signed')],
      questions: [...base.questions, fixtureQuestion('how-many-left', [numberClaim('fsb-261k', 1)])],
      matchers: [...base.matchers, base.matchers[0]!],
    });
    expect(problems(pack)).toEqual([
      '$.sources[2].id: duplicate source id "kremlin"',
      '$.facts[2].id: duplicate fact id "decree-signed"',
      '$.questions[2].id: duplicate question id "how-many-left"',
      '$.questions[2].claims[0].id: duplicate claim id "fsb-261k"',
      '$.matchers[2].id: duplicate matcher id "mobilized-en"',
    ]);
  });

  it('finds unknown sources in citations, claimants and reporters', () => {
    const pack = fixturePack({
      facts: [fixtureFact('a', { citations: [{ source: 'tass', url: 'https://tass.example/1', date: '2022-09-21' }] })],
      questions: [fixtureQuestion('q', [numberClaim('c', 1, 'men', { claimant: 'shoigu', reporter: 'ria' })])],
      matchers: [],
    });
    expect(problems(pack)).toEqual([
      '$.facts[0].citations[0].source: citation source "tass" is not a source id in sources',
      '$.questions[0].claims[0].claimant: claimant "shoigu" is not a source id in sources',
      '$.questions[0].claims[0].reporter: reporter "ria" is not a source id in sources',
    ]);
  });

  it('requires a link off the named source\'s site to name the site it opens', () => {
    const base = fixturePack();
    const copy = { id: 'copies', name: 'Copies', kind: 'aggregator' as const, url: 'https://copies.example' };
    const pack = fixturePack({
      sources: [...base.sources, copy],
      facts: [
        fixtureFact('copied', { citations: [{ source: 'kremlin', url: 'https://copies.example/1', date: '2022-09-21' }] }),
        fixtureFact('named', { citations: [{ source: 'kremlin', url: 'https://www.copies.example/1', via: 'copies', date: '2022-09-21' }] }),
        fixtureFact('subdomain', { citations: [{ source: 'kremlin', url: 'https://en.kremlin.example/1', date: '2022-09-21' }] }),
      ],
      questions: [
        fixtureQuestion('q', [
          numberClaim('wrong-via', 1, 'men', { reporter: 'reuters', via: 'copies', url: 'https://kremlin.example/2' }),
          numberClaim('unknown-via', 2, 'men', { via: 'nobody' }),
          // Reuters has no site in the fixture: its links are not checked.
          numberClaim('no-site', 3, 'men', { url: 'https://anywhere.example/3' }),
        ]),
      ],
      matchers: [],
    });
    expect(problems(pack)).toEqual([
      '$.facts[0].citations[0].url: the link is not on https://kremlin.example (the site of "kremlin"): name the site it opens in "via"',
      '$.questions[0].claims[0].url: the link is not on https://copies.example (the site of "copies"): name the site it opens in "via"',
      '$.questions[0].claims[1].via: via "nobody" is not a source id in sources',
    ]);
  });

  it('keeps disputes inside their question', () => {
    const base = fixturePack();
    const pack = fixturePack({
      questions: [
        base.questions[0]!,
        fixtureQuestion('how-many-left', [numberClaim('fsb-261k', 261_000, 'men', { disputes: ['forbes-700k', 'shoigu-300k', 'fsb-261k'] }), numberClaim('forbes-700k', 700_000)]),
      ],
    });
    expect(problems(pack)).toEqual([
      '$.questions[1].claims[0].disputes[1]: disputed claim "shoigu-300k" is not in question "how-many-left"',
      '$.questions[1].claims[0].disputes[2]: a claim cannot dispute itself',
      // Both sides of a recorded dispute need the pack's verdict.
      '$.questions[1].claims[0]: claim "fsb-261k" needs an assessment: it disputes another claim',
      '$.questions[1].claims[1]: claim "forbes-700k" needs an assessment: another claim disputes it',
    ]);
  });

  it('requires an assessment on seed claims and on both sides of a dispute, and evidence behind each', () => {
    const assessment = (claims: string[], facts: string[] = []) => ({ rating: 'disputed' as const, reason: 'Because.', evidence: { claims, facts } });
    const pack = fixturePack({
      questions: [
        fixtureQuestion('how-many-mobilized', [
          numberClaim('shoigu-300k', 300_000, 'men', { seed: true }),
          numberClaim('putin-318k', 318_000, 'men', { assessment: assessment(['putin-318k']) }),
        ]),
        fixtureQuestion('how-many-left', [
          numberClaim('forbes-700k', 700_000, 'people', { disputes: ['fsb-261k'], assessment: assessment(['no-such-claim'], ['no-such-fact']) }),
          numberClaim('fsb-261k', 261_000, 'people', { assessment: assessment([], ['decree-signed']) }),
        ]),
      ],
    });
    expect(problems(pack)).toEqual([
      '$.questions[0].claims[0]: claim "shoigu-300k" needs an assessment: it comes from a seed article',
      '$.questions[0].claims[1].assessment.evidence: an assessment needs evidence: at least one claim or fact id other than the claim itself',
      '$.questions[1].claims[0].assessment.evidence.claims[0]: evidence claim "no-such-claim" does not exist',
      '$.questions[1].claims[0].assessment.evidence.facts[0]: evidence fact "no-such-fact" does not exist',
    ]);
  });

  it('checks that matchers point at a real question and its own claims', () => {
    const base = fixturePack();
    const pack = fixturePack({
      matchers: [
        { ...base.matchers[0]!, claimIds: ['shoigu-300k', 'fsb-261k'] },
        { ...base.matchers[1]!, questionId: 'gone' },
      ],
    });
    expect(problems(pack)).toEqual([
      '$.matchers[0].claimIds[1]: claim "fsb-261k" is not in question "how-many-mobilized"',
      '$.matchers[1].questionId: question "gone" does not exist',
    ]);
  });

  it('finds dates that cannot be right', () => {
    const pack = fixturePack({ facts: [fixtureFact('a', { date: '2022-10-01', until: '2022-09-01' }), fixtureFact('b', { date: '2030-01-01' })] });
    expect(problems(pack)).toEqual([
      '$.facts[0].until: until 2022-09-01 is before the fact\'s date 2022-10-01',
      "$.facts[1].date: date 2030-01-01 is after the pack's publishedAt 2024-01-01",
    ]);
  });

  it('finds a language given twice in the lexicon', () => {
    const base = fixturePack();
    const pack = fixturePack({ lexicon: { ...base.lexicon, languages: [...base.lexicon.languages, base.lexicon.languages[0]!] } });
    expect(problems(pack)).toEqual(['$.lexicon.languages[1].lang: duplicate lexicon language "en"']);
  });
});
