/** Small overlay data for the DOM tests: one question with three answers and two matchers. */
import type { CardData, FoundClaims } from '../../messaging/protocol';
import { compileMatchers, findClaims, type CompiledMatchers } from '../../../src/match/claim-matcher';

export const HOSTILE = '<img src=x onerror=alert(1)>';

export const overlayData: CardData & { matchers: CompiledMatchers } = {
  matchers: compileMatchers([
    { id: 'left-700k', questionId: 'how-many-left', claimIds: ['left-seed-700k'], lang: 'en', all: [['left', 'fled'], ['russia']], numbers: [700000] },
    { id: 'done', questionId: 'when-done', lang: 'en', all: [['mobilisation', 'mobilization'], ['is complete', 'is over']] },
  ]),
  packLang: 'en',
  questions: [
    {
      id: 'how-many-left',
      text: 'How many people left Russia after 21 September 2022?',
      topics: ['exodus'],
      status: 'disputed',
      claims: [
        {
          id: 'left-seed-700k',
          value: { kind: 'number', value: 700000, unit: 'men' },
          claimant: 'kremlin',
          reporter: 'euronews',
          eventDate: '2022-10-04',
          publishedAt: '2022-11-04',
          url: 'https://example.org/seed',
          lang: 'en',
          assessment: { rating: 'misattributed', reason: `Not the Kremlin: an unnamed source quoted by Forbes Russia. ${HOSTILE}`, evidence: { claims: ['left-forbes'], facts: [] } },
        },
        { id: 'left-forbes', value: { kind: 'range', min: 600000, max: 700000, unit: 'people' }, claimant: 'forbes', reporter: 'interfax', via: 'yahoo', eventDate: '2022-10-04', publishedAt: '2022-10-04', url: 'https://example.org/forbes', lang: 'ru' },
        { id: 'left-peskov', value: { kind: 'statement', text: `Far from 700,000 ${HOSTILE}` }, claimant: 'peskov', reporter: 'interfax', eventDate: '2022-10-06', publishedAt: '2022-10-06', url: 'https://example.org/peskov', lang: 'en' },
      ],
    },
    {
      id: 'when-done',
      text: 'When was the mobilization declared complete?',
      topics: ['completion'],
      status: 'consensus',
      claims: [{ id: 'done-31-oct', value: { kind: 'statement', text: 'On 31 October' }, claimant: 'kremlin', reporter: 'euronews', eventDate: '2022-11-01', publishedAt: '2022-11-01', url: 'https://example.org/done', lang: 'en' }],
    },
  ],
  sources: [
    { id: 'kremlin', name: 'The Kremlin', kind: 'government' },
    { id: 'euronews', name: 'EuroNews247', kind: 'outlet' },
    { id: 'forbes', name: 'Forbes Russia', kind: 'outlet' },
    { id: 'interfax', name: 'Interfax', kind: 'agency' },
    { id: 'peskov', name: 'Dmitry Peskov', kind: 'official', role: 'Kremlin spokesman' },
    { id: 'yahoo', name: 'Yahoo News', kind: 'aggregator' },
  ],
};

/**
 * Matches as the background does, in place, and answers with the questions of the claims
 * found that the page does not hold yet, and the sources they cite (here all).
 */
export const matchInPlace = async (text: string, knownQuestionIds: readonly string[] = []): Promise<FoundClaims> => {
  const matches = findClaims(text, overlayData.matchers);
  const wanted = new Set(matches.map((match) => match.questionId).filter((id) => !knownQuestionIds.includes(id)));
  return {
    matches,
    cards: { packLang: overlayData.packLang, questions: overlayData.questions.filter((question) => wanted.has(question.id)), sources: wanted.size > 0 ? overlayData.sources : [] },
  };
};
