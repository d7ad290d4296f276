import type { ArticleContext, OptionsStatus, PackInfo, TabSummary } from '../../messaging/protocol';

/** Test data shaped like the real pack, with markup in strings that must stay text. */
export const packInfo: PackInfo = {
  id: 'mobilization-2022',
  version: '1.2.0',
  publishedAt: '2026-11-23',
  contentHash: 'sha256-' + 'ab'.repeat(32),
  counts: { sources: 3, facts: 2, questions: 2, claims: 4 },
};

export const HOSTILE = '<script>alert(1)</script><b>bold</b>';

export const articleContext: ArticleContext = {
  tabId: 12,
  pack: packInfo,
  verdict: { relevant: true, isArticle: true, lang: 'en', topics: ['exodus', 'numbers'], score: 9 },
  anchored: [
    {
      index: 0,
      matcherId: 'm-left-700k',
      questionId: 'how-many-left',
      claimIds: ['left-seed-700k'],
      excerpt: 'The Kremlin admitted that 700,000 men fled the country.',
    },
  ],
  packLang: 'en',
  facts: [
    {
      id: 'fsb-261k',
      date: '2022-09-25',
      text: 'An FSB tally put departures at about 261,000 men in four days.',
      topics: ['exodus', 'numbers'],
      citations: [
        {
          source: 'meduza',
          url: 'https://news.yahoo.com/1',
          via: 'yahoo',
          date: '2022-09-25',
          quote: 'почти 261 тысяча человек',
          lang: 'ru',
          quoteTranslation: 'almost 261 thousand people',
        },
      ],
      confidence: 'high',
    },
    {
      id: 'decree',
      date: '2022-09-21',
      text: `Decree signed. ${HOSTILE}`,
      topics: ['announcement'],
      citations: [{ source: 'kremlin', url: 'https://kremlin.ru/acts/1', date: '2022-09-21' }],
      confidence: 'high',
      key: true,
    },
  ],
  questions: [
    {
      id: 'how-many-left',
      text: 'How many people left Russia after 21 September 2022?',
      topics: ['exodus', 'numbers'],
      note: 'Border figures count crossings, not people.',
      status: 'disputed',
      claims: [
        {
          id: 'left-seed-700k',
          value: { kind: 'number', value: 700000, unit: 'men' },
          claimant: 'kremlin',
          reporter: 'meduza',
          eventDate: '2022-10-04',
          publishedAt: '2022-11-04',
          url: 'https://example.org/seed',
          lang: 'en',
          seed: true,
          assessment: {
            rating: 'misattributed',
            reason: `Not the Kremlin: an unnamed source quoted by Forbes Russia; Peskov called the figure far from true. ${HOSTILE}`,
            evidence: { claims: ['left-forbes', 'left-peskov'], facts: [] },
          },
        },
        {
          id: 'left-forbes',
          value: { kind: 'range', min: 600000, max: 700000, unit: 'men' },
          claimant: 'meduza',
          reporter: 'meduza',
          via: 'yahoo',
          eventDate: '2022-10-04',
          publishedAt: '2022-10-04',
          url: 'https://example.org/forbes',
          lang: 'ru',
          scope: 'Anyone leaving, two weeks',
          quote: 'от 600 до 700 тысяч человек',
          quoteTranslation: 'from 600 to 700 thousand people',
        },
        {
          id: 'left-peskov',
          value: { kind: 'statement', text: `The Kremlin does not know the number ${HOSTILE}` },
          claimant: 'peskov',
          reporter: 'meduza',
          eventDate: '2022-10-05',
          publishedAt: '2022-10-05',
          url: 'https://example.org/peskov',
          lang: 'other',
        },
      ],
    },
    {
      id: 'target',
      text: 'How many reservists were to be called up?',
      topics: ['numbers'],
      status: 'consensus',
      claims: [
        {
          id: 'target-shoigu',
          value: { kind: 'number', value: 300000, unit: 'reservists', approx: true },
          claimant: 'peskov',
          reporter: 'meduza',
          eventDate: '2022-09-21',
          publishedAt: '2022-09-21',
          url: 'https://example.org/shoigu',
          lang: 'en',
        },
      ],
    },
  ],
  sources: [
    { id: 'meduza', name: 'Meduza', kind: 'outlet', country: 'LV', url: 'https://meduza.io' },
    { id: 'kremlin', name: `Kremlin ${HOSTILE}`, kind: 'government', country: 'RU' },
    { id: 'peskov', name: 'Dmitry Peskov', kind: 'official', role: 'Kremlin spokesman' },
    { id: 'yahoo', name: 'Yahoo News', kind: 'aggregator' },
  ],
};

export const relevantSummary: TabSummary = {
  pack: packInfo,
  verdict: articleContext.verdict,
  anchoredCount: 2,
  questionCount: 2,
  packLang: 'en',
  sentenceVerdicts: [
    {
      excerpt: 'The Kremlin admitted that 700,000 men fled the country.',
      verdicts: [
        {
          claimId: 'left-seed-700k',
          questionText: 'How many people left Russia after 21 September 2022?',
          rating: 'misattributed',
          reason: 'Not the Kremlin: an unnamed source quoted by Forbes Russia.',
        },
      ],
    },
  ],
  topQuestions: [{ id: 'how-many-left', text: 'How many people left Russia?', status: 'disputed' }],
  topFacts: [{ id: 'fsb-261k', date: '2022-09-25', text: 'An FSB tally put departures at about 261,000.' }],
  sidebarOpen: false,
  overlaysVisible: true,
  siteEnabled: true,
  sync: {
    lastCheck: { status: 'refused', code: 'bad-signature', params: ['ed25519:1a08b3eaf5827047'], at: '2026-11-20T10:00:00Z' },
    lastUpdate: { version: '1.2.0', at: '2026-11-19T09:00:00Z', origin: 'sync' },
    nextCheck: '2026-11-20T10:25:00Z',
  },
};

export const irrelevantSummary: TabSummary = {
  ...relevantSummary,
  verdict: { relevant: false, isArticle: false, lang: 'en', topics: [], score: 0 },
  anchoredCount: 0,
  questionCount: 0,
  sentenceVerdicts: [],
  topQuestions: [],
  topFacts: [],
  sync: { lastCheck: null, lastUpdate: { version: '1.2.0', at: '2026-11-19T09:00:00Z', origin: 'bundled' }, nextCheck: null },
};

export const optionsStatus: OptionsStatus = {
  pack: packInfo,
  sync: {
    lastCheck: { status: 'current', version: '1.2.0', at: '2026-11-22T08:30:00Z' },
    lastUpdate: { version: '1.2.0', at: '2026-11-21T08:30:00Z', origin: 'sync' },
    nextCheck: '2026-11-23T08:30:00Z',
  },
  defaultUpdateUrl: 'https://updates.example.net/index.json',
  settings: {
    paused: false,
    disabledSites: ['example.com'],
    overlaysVisible: true,
    updateUrl: 'https://packs.example.org/pack.json',
    sidebarOpenBySite: {},
  },
};
