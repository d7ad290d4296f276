import { describe, expect, it } from 'vitest';
import type { ClaimMatcher } from '../pack/matcher-schema';
import { compileMatchers, findClaims, NUMBER_WINDOW } from './claim-matcher';

const matchers: ClaimMatcher[] = [
  {
    id: 'left-700k-en',
    questionId: 'how-many-left-russia',
    claimIds: ['left-forbes-600-700k'],
    lang: 'en',
    all: [['left', 'fled'], ['russia']],
    numbers: [700000],
  },
  {
    id: 'left-700k-ru',
    questionId: 'how-many-left-russia',
    lang: 'ru',
    all: [['покинул', 'уехал', 'бежал'], ['росси']],
    numbers: [700000],
  },
  {
    id: 'done-en',
    questionId: 'when-mobilization-complete',
    lang: 'en',
    all: [['mobilisation', 'mobilization'], ['is complete', 'is over']],
  },
  {
    id: 'mobilized-300k-en',
    questionId: 'how-many-mobilized',
    lang: 'en',
    all: [['reservist', 'called up', 'mobilized']],
    none: ['fled'],
    numbers: [300000],
  },
  {
    id: 'ge-10k-day-en',
    questionId: 'georgia-arrivals',
    lang: 'en',
    all: [['georgia'], ['a day', 'per day']],
    numbers: [10000],
    carry: [0],
  },
  {
    id: 'queue-en',
    questionId: 'border-queues',
    lang: 'en',
    all: [['queue'], ['border']],
    carry: [1],
  },
];
const compiled = compileMatchers(matchers);
const matched = (text: string) => findClaims(text, compiled).map((match) => `${match.matcherId}: ${text.slice(match.start, match.end)}`);

describe('findClaims', () => {
  it('returns the whole sentence of each match', () => {
    const text = 'Intro. The Kremlin says 700,000 men left Russia in two weeks. Outro.';
    expect(matched(text)).toEqual(['left-700k-en: The Kremlin says 700,000 men left Russia in two weeks.']);
    expect(findClaims(text, compiled)[0]).toMatchObject({ questionId: 'how-many-left-russia', claimIds: ['left-forbes-600-700k'] });
  });

  it('needs the exact number', () => {
    expect(matched('About 70,000 men left Russia.')).toEqual([]);
    expect(matched('About 7,000 men left Russia.')).toEqual([]);
    expect(matched('About 700 men left Russia in 2022.')).toEqual([]);
    expect(matched('Seven hundred thousand men left Russia.')).toHaveLength(1);
  });

  it('matches inflected words, case-insensitively, with ё = е', () => {
    expect(matched('Россию покинули семьсот тысяч человек.')).toEqual(['left-700k-ru: Россию покинули семьсот тысяч человек.']);
    expect(matched('ИЗ РОССИИ УЕХАЛИ 700 ТЫС. ЧЕЛОВЕК.')).toHaveLength(1);
    expect(matched('Из России сбежали... нет, уехали 700 тысяч.')).toHaveLength(1);
  });

  it('finds no claim in a link printed as text', () => {
    expect(matched('Source:\nhttps://example.com/world/700000-men-left-russia-2022-10-04/\nEnd.')).toEqual([]);
    expect(matched('www.example.com/700000-left-russia')).toEqual([]);
  });

  it('needs every group in the same sentence', () => {
    expect(matched('700,000 men left. Russia denied it.')).toEqual([]);
  });

  it('matches multi-word terms as consecutive words', () => {
    expect(matched('Putin said the mobilization is over.')).toEqual(['done-en: Putin said the mobilization is over.']);
    expect(matched('Is the mobilization over? Nobody knows.')).toEqual([]);
  });

  it('lets a `none` term rule a sentence out', () => {
    expect(matched('Russia called up 300,000 reservists.')).toEqual(['mobilized-300k-en: Russia called up 300,000 reservists.']);
    expect(matched('300,000 reservists fled.')).toEqual([]);
  });

  it('yields one match per question per sentence, and several questions per sentence', () => {
    const text = 'The mobilization is over: 300,000 reservists were called up, Putin said, and 700,000 left Russia.';
    expect(findClaims(text, compiled).map((match) => match.questionId).sort()).toEqual([
      'how-many-left-russia',
      'how-many-mobilized',
      'when-mobilization-complete',
    ]);
  });

  it('prefers the most specific matcher of a question', () => {
    const specific = compileMatchers([
      { id: 'generic', questionId: 'q', lang: 'en', all: [['left']], numbers: [700000] },
      { id: 'kremlin', questionId: 'q', lang: 'en', all: [['kremlin'], ['left']], numbers: [700000] },
    ]);
    expect(findClaims('The Kremlin says 700,000 left.', specific).map((match) => match.matcherId)).toEqual(['kremlin']);
  });

  it('lets the previous sentence name a carried place, and no further back', () => {
    expect(matched('Arrivals in Georgia have doubled. About 10,000 come a day.')).toEqual(['ge-10k-day-en: About 10,000 come a day.']);
    // A quote set apart in its own paragraph: a matcher that needs an exact number carries across.
    expect(matched('Arrivals in Georgia have doubled.\n“About 10,000 come a day.”')).toEqual(['ge-10k-day-en: “About 10,000 come a day.”']);
    // One without a number does not: a new paragraph may be about something else.
    expect(matched('Cars waited at the border. The queue grew.')).toEqual(['queue-en: The queue grew.']);
    expect(matched('Cars waited at the border.\nThe queue at the bakery grew.')).toEqual([]);
    expect(matched('Arrivals in Georgia have doubled. Buses are full. About 10,000 come a day.')).toEqual([]);
    // Only the carried group: the number and "a day" must be in the sentence itself.
    expect(matched('About 10,000 come to Georgia. It is a day of queues.')).toEqual([]);
  });
});

describe('a number is tied to the words of its claim', () => {
  it('counts a number within NUMBER_WINDOW words of a matcher word, and not one in a far clause', () => {
    expect(matched('Russia called up 300,000 reservists.')).toHaveLength(1);
    // Romance word order puts the verb a dozen words after the number: still tied.
    expect(matched('300,000 men with earlier service in the army or another armed body would be called up.')).toHaveLength(1);
    // The number belongs to a clause about something else, far from the only matcher word.
    const far = 'About 300,000 tonnes of grain left the port in August, the ministry said on Monday in a long statement on exports, while some reservists were seen in town.';
    expect(matched(far)).toEqual([]);
  });

  it('measures the distance from the whole number, words and all', () => {
    const words = compileMatchers([{ id: 'ru-300k', questionId: 'how-many-mobilized', lang: 'ru', all: [['мобилиз']], numbers: [300000] }]);
    expect(findClaims('Мобилизовать планируют триста тысяч человек.', words)).toHaveLength(1);
  });

  it(`lets NUMBER_WINDOW (${NUMBER_WINDOW}) be the only limit`, () => {
    const gap = (n: number) => `Russia called up ${Array.from({ length: n }, () => 'very').join(' ')} many, 300,000 in all.`;
    // "up" is the matcher word's last token; the distance counts from "called".
    expect(matched(gap(NUMBER_WINDOW - 4))).toHaveLength(1);
    expect(matched(gap(NUMBER_WINDOW + 2))).toEqual([]);
  });
});

describe('a percentage or a sum of money is no count of people', () => {
  const money = compileMatchers([
    { id: 'mob-300k', questionId: 'how-many-mobilized', lang: 'en', all: [['mobiliz']], numbers: [300000] },
    { id: 'pay-5m', questionId: 'death-payments-families', lang: 'en', all: [['payment', 'rouble'], ['killed']], numbers: [5000000] },
  ]);
  const ids = (text: string) => findClaims(text, money).map((match) => match.matcherId);

  it('does not read a sum or a share as the number of men', () => {
    expect(ids('Each mobilized man gets 300,000 roubles.')).toEqual([]);
    expect(ids('Mobilized men were paid $300,000 in all.')).toEqual([]);
    expect(ids('Mobilized men were 300,000 percent braver.')).toEqual([]);
    expect(ids('300,000 men were mobilized.')).toEqual(['mob-300k']);
  });

  it('reads a sum in roubles for a matcher whose own word names the roubles', () => {
    expect(ids('Families of those killed get 5 million roubles.')).toEqual(['pay-5m']);
    expect(ids('Families of those killed get a payment of $5 million.')).toEqual([]);
  });
});

describe('a share is stated only as a percentage', () => {
  const shares = compileMatchers([
    { id: 'ret-40-share', questionId: 'how-many-returned', lang: 'en', all: [['returned'], ['left', 'fled']], numbers: [40], percent: true },
    { id: 'ret-40-ru', questionId: 'how-many-returned', lang: 'ru', all: [['вернул'], ['уехавш']], numbers: [40], percent: true },
  ]);
  const ids = (text: string) => findClaims(text, shares).map((match) => match.matcherId);

  it('reads "40%", "40 percent", "40 процентов" for a share', () => {
    expect(ids('Some 40% of those who fled have returned.')).toEqual(['ret-40-share']);
    expect(ids('About 40 percent of the men who left have returned.')).toEqual(['ret-40-share']);
    expect(ids('Около 40 процентов уехавших вернулись.')).toEqual(['ret-40-ru']);
  });

  it('never reads a count as the share', () => {
    expect(ids('Some 40 of those who fled have returned.')).toEqual([]);
    expect(ids('Около 40 уехавших вернулись.')).toEqual([]);
  });
});

describe('each sentence is read in the language its letters show', () => {
  const bilingual = compileMatchers(
    [
      { id: 'left-700k-en', questionId: 'how-many-left-russia', lang: 'en', all: [['left', 'fled'], ['russia']], numbers: [700000] },
      { id: 'left-700k-ru', questionId: 'how-many-left-russia', lang: 'ru', all: [['покинул', 'уехал'], ['росси']], numbers: [700000] },
      { id: 'left-700k-uk', questionId: 'how-many-left-russia', lang: 'uk', all: [['покинул', 'виїхал'], ['росі']], numbers: [700000] },
      { id: 'mob-ru', questionId: 'how-many-mobilized', lang: 'ru', all: [['призван']], numbers: [300000] },
      { id: 'mob-uk', questionId: 'how-many-mobilized', lang: 'uk', all: [['мобілізован']], numbers: [300000] },
    ],
    'en',
  );
  const ids = (text: string, compiled = bilingual) => findClaims(text, compiled).map((match) => match.matcherId);

  it('reads a Russian quote in an English article with the Russian words', () => {
    expect(ids('Forbes wrote: «Из России уехали 700 тысяч человек». Then it added more.')).toEqual(['left-700k-ru']);
    expect(ids('Forbes says 700,000 people left Russia.')).toEqual(['left-700k-en']);
  });

  it('tells a Ukrainian sentence from a Russian one by the letters only one of them writes', () => {
    expect(ids('З Росії виїхали 700 тисяч чоловіків.')).toEqual(['left-700k-uk']);
    expect(ids('Было призвано 300 тысяч человек.')).toEqual(['mob-ru']);
  });

  it('reads a Ukrainian sentence on a page detected as Russian with the Ukrainian words', () => {
    const russianPage = compileMatchers(
      [
        { id: 'mob-ru', questionId: 'how-many-mobilized', lang: 'ru', all: [['мобилизован']], numbers: [300000] },
        { id: 'mob-uk', questionId: 'how-many-mobilized', lang: 'uk', all: [['мобілізован']], numbers: [300000] },
      ],
      'ru',
    );
    expect(ids('Усього було мобілізовано 300 тисяч людей.', russianPage)).toEqual(['mob-uk']);
    expect(ids('Всего было мобилизовано 300 тысяч человек.', russianPage)).toEqual(['mob-ru']);
    // No letter decides: the page's language reads it.
    expect(ids('Мобилизовано 300 000 человек.', russianPage)).toEqual(['mob-ru']);
  });

  it('keeps a Latin-script sentence to the page language: no English words on a German page', () => {
    const germanPage = compileMatchers(
      [
        { id: 'left-en', questionId: 'how-many-left-russia', lang: 'en', all: [['russia']], numbers: [700000] },
        { id: 'left-de', questionId: 'how-many-left-russia', lang: 'de', all: [['russland']], numbers: [700000] },
      ],
      'de',
    );
    expect(ids('700.000 Menschen haben Russland verlassen, „Russia“ titelte.', germanPage)).toEqual(['left-de']);
    expect(ids('Russia: 700,000.', germanPage)).toEqual([]);
  });
});

describe('veto words inside an exempting phrase', () => {
  const guarded = compileMatchers([
    { id: 'reserve-uk', questionId: 'who-can-be-called-up', lang: 'uk', all: [['призов'], ['запас']], none: ['в україні', 'зсу'], unless: ['війн в україні'] },
    { id: 'reserve-plain-uk', questionId: 'other-question', lang: 'uk', all: [['призов'], ['запас']], none: ['в україні'] },
  ]);
  const ids = (text: string): string[] => findClaims(text, guarded).map((match) => match.matcherId);

  it('do not rule the sentence out when the phrase spans them', () => {
    expect(ids('Призову підлягають люди із запасу, з огляду на війну в Україні.')).toEqual(['reserve-uk']);
  });

  it('still rule it out outside the phrase, before or after it, and when another veto word stands alone', () => {
    expect(ids('Призову в Україні підлягають люди із запасу.')).toEqual([]);
    expect(ids('Під час війни призову в Україні підлягають люди із запасу.')).toEqual([]);
    expect(ids('Через війну в Україні призову в Україні підлягають люди із запасу.')).toEqual([]);
    expect(ids('Через війну в Україні призову до ЗСУ підлягають люди із запасу.')).toEqual([]);
  });

  it('exempt only the matcher that lists the phrase', () => {
    expect(ids('Призову підлягають люди із запасу, з огляду на війну в Україні.')).not.toContain('reserve-plain-uk');
  });

  it('work the same after a trip through JSON', () => {
    const sent = JSON.parse(JSON.stringify(guarded)) as typeof guarded;
    const text = 'Призову підлягають люди із запасу, з огляду на війну в Україні. Призову в Україні підлягають люди із запасу.';
    expect(findClaims(text, sent)).toEqual(findClaims(text, guarded));
  });
});

describe('compiled matchers as plain data', () => {
  it('find the same claims after a trip through JSON, as the background sends them', () => {
    const compiled = compileMatchers(matchers);
    const sent = JSON.parse(JSON.stringify(compiled)) as typeof compiled;
    const text = 'Officials said 700,000 men left Russia. Nothing else happened.';
    expect(findClaims(text, sent)).toEqual(findClaims(text, compiled));
    expect(findClaims(text, sent)).toHaveLength(1);
  });

  // Term groups are kept by language: a term of the second language only has no entry for the first, which JSON must keep readable.
  it('find a claim of a second language after a trip through JSON', () => {
    const compiled = compileMatchers(matchers);
    const sent = JSON.parse(JSON.stringify(compiled)) as typeof compiled;
    const text = 'Из России уехали 700 000 человек. Officials said 700,000 men left Russia.';
    expect(findClaims(text, sent)).toEqual(findClaims(text, compiled));
    expect(findClaims(text, sent).map((match) => match.matcherId)).toEqual(['left-700k-ru', 'left-700k-en']);
  });
});
