import { describe, expect, it } from 'vitest';
import type { ClaimMatcher } from '../pack/matcher-schema';
import { compileMatchers, findClaims } from './claim-matcher';
import { realPackLineWords } from '../../test/pack/real-pack-matchers';
import { compileLineWords, isHeadingFragment } from './heading-fragment';
import { splitSentences } from './split-sentences';

/** The real pack's teaser labels and "how" openings (assets/pack/concepts/<lang>.json). */
const lineWords = realPackLineWords();
const lines = compileLineWords(lineWords);
/** Whether each sentence of `text` is a heading fragment or a teaser, in order. */
const fragments = (text: string): boolean[] => splitSentences(text).map((span) => isHeadingFragment(text, span.start, span.end, lines));

describe('isHeadingFragment', () => {
  it('takes a short line without a sentence end for a subheading, in any language', () => {
    expect(fragments('Ausverkaufte Flüge\nAm Mittwoch waren Flüge ins Ausland sehr gefragt.')).toEqual([true, false]);
    expect(fragments('Arrivals in Georgia\nОчереди на границе\nFin de la mobilisation')).toEqual([true, true, true]);
  });

  it('keeps a headline that states a claim: long enough, or ending as a sentence does', () => {
    expect(fragments('Do samego Kazachstanu wyjechało 200 tysięcy')).toEqual([false]);
    expect(fragments('Шойгу: Мобилизации подлежат 300 тыс. резервистов')).toEqual([false]);
    expect(fragments('Flights sold out.')).toEqual([false]);
    expect(fragments('Mobilization is over!')).toEqual([false]);
  });

  it('never takes a short sentence inside a paragraph for a heading', () => {
    expect(fragments('About 10,000 a day came to Georgia. Flights sold out fast')).toEqual([false, false]);
  });

  it('takes a line opened by a media or see-also label and a colon for a teaser, whatever follows', () => {
    expect(fragments('In Photos: Men Leaving Russia Wait at the Georgian Border')).toEqual([true]);
    expect(fragments('READ: “Drinks are served if you say Putin is wrong.”')).toEqual([true]);
    expect(fragments('Читайте также: Из России уехали 700 тысяч человек')).toEqual([true]);
    expect(fragments('Vidéo : la file d’attente à la frontière géorgienne')).toEqual([true]);
    expect(fragments('Lesen Sie auch: 700.000 Russen haben das Land verlassen')).toEqual([true]);
  });

  it('takes a whole line that opens with "how" for a heading announcing what follows, in ten languages', () => {
    expect(fragments('How else the Kremlin denied a new wave:')).toEqual([true]);
    expect(fragments('Как ещё Кремль отрицал новую волну мобилизации:')).toEqual([true]);
    expect(fragments('Як Кремль заперечував нову хвилю мобілізації')).toEqual([true]);
    expect(fragments('Wie der Kreml eine zweite Welle bestritt:')).toEqual([true]);
    expect(fragments('Comment le Kremlin a démenti une deuxième vague')).toEqual([true]);
    expect(fragments('Cómo el Kremlin negó una segunda ola:')).toEqual([true]);
    expect(fragments('Come il Cremlino ha smentito una seconda ondata')).toEqual([true]);
    expect(fragments('Como o Kremlin negou uma segunda vaga:')).toEqual([true]);
    expect(fragments('Jak Kreml zaprzeczał drugiej fali mobilizacji:')).toEqual([true]);
    expect(fragments('Hoe het Kremlin een tweede golf ontkende')).toEqual([true]);
  });

  it('keeps "as" sentences, full sentences, figures and "how" inside a paragraph', () => {
    expect(fragments('Как заявил Песков, второй волны мобилизации не будет')).toEqual([false]);
    expect(fragments('Як заявив Пєсков, другої хвилі не буде.')).toEqual([false]);
    expect(fragments('How the Kremlin denied a second wave.')).toEqual([false]);
    expect(fragments('How Russia called up 300000 men in a month')).toEqual([false]);
    expect(fragments('The Kremlin denied a second wave. How else it could answer')).toEqual([false, false]);
  });

  it('takes no line for a teaser or a "how" heading without the pack\'s line words', () => {
    const bare = compileLineWords(undefined);
    const text = 'Читайте также: Из России уехали 700 тысяч человек\nWie der Kreml eine zweite Welle bestritt:';
    expect(splitSentences(text).map((span) => isHeadingFragment(text, span.start, span.end, bare))).toEqual([false, false]);
  });

  it('gives every one of the ten languages its teaser labels and its "how"', () => {
    expect(Object.keys(lineWords ?? {}).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'uk']);
    for (const words of Object.values(lineWords ?? {})) {
      expect(words['teaser-label']?.length).toBeGreaterThan(0);
      expect(words['how-opening']?.length).toBeGreaterThan(0);
    }
  });

  it('does not take a name before a colon for a label', () => {
    expect(fragments('Forbes: Rund 700.000 Menschen haben Russland verlassen')).toEqual([false]);
  });
});

describe('findClaims on headings and teasers', () => {
  const matchers: ClaimMatcher[] = [
    { id: 'flights-de', questionId: 'border-queues', lang: 'de', all: [['flüge', 'flug'], ['ausverkauft']] },
    { id: 'queue-en', questionId: 'border-queues', lang: 'en', all: [['queue'], ['georgia']] },
    { id: 'ge-10k-en', questionId: 'georgia-arrivals', lang: 'en', all: [['georgia'], ['a day']], numbers: [10000], carry: [0] },
  ];

  it('highlights no subheading and no teaser, but the sentences that state the claim', () => {
    const text = 'Ausverkaufte Flüge\nDie Flüge nach Istanbul waren ausverkauft.\nIn Photos: Russians Queue at Georgian Border\nThe queue to Georgia is 15 km long.';
    const found = findClaims(text, compileMatchers(matchers, undefined, lineWords)).map((match) => text.slice(match.start, match.end));
    expect(found).toEqual(['Die Flüge nach Istanbul waren ausverkauft.', 'The queue to Georgia is 15 km long.']);
  });

  it('lets a subheading still name the place the next sentence goes on about', () => {
    const text = 'Arrivals in Georgia\nAbout 10,000 come a day.';
    const found = findClaims(text, compileMatchers(matchers, 'en', lineWords)).map((match) => text.slice(match.start, match.end));
    expect(found).toEqual(['About 10,000 come a day.']);
  });
});

describe('links to other stories, labelled in ten languages', () => {
  it.each([
    'Related: Russia has called up 300,000 reservists, Shoigu says',
    'More on this story: 700,000 Russians have left the country',
    'Also read — Shoigu: 300,000 reservists called up',
    'Most read | 700,000 men have left Russia since the call-up',
    'Популярное: Шойгу сообщил о призыве 300 тысяч резервистов',
    'Новости по теме: Шойгу заявил о мобилизации 300 тысяч резервистов',
    'Більше новин: з Росії виїхали 700 тисяч людей',
    'Meistgelesen: Schoigu: 300.000 Reservisten einberufen',
    'Das könnte Sie auch interessieren: 700.000 Russen haben das Land verlassen',
    'Sur le même sujet : Choïgou annonce 300 000 réservistes mobilisés',
    'Lo más leído: Shoigú anuncia 300.000 reservistas movilizados',
    'Potrebbe interessarti: Shoigu annuncia 300.000 riservisti richiamati',
    'Leggi anche – Shoigu: richiamati 300.000 riservisti',
    'Saiba mais: Shoigu anuncia 300 mil reservistas convocados',
    'Najczęściej czytane: 700 tysięcy Rosjan opuściło kraj',
    'Meest gelezen: 700.000 Russen hebben het land verlaten',
  ])('takes "%s" for a teaser', (line) => {
    expect(fragments(line)).toEqual([true]);
  });

  it('keeps a sentence whose dash follows no label', () => {
    expect(fragments('Shoigu — 300,000 reservists have been called up.')).toEqual([false]);
    expect(fragments('Russia called up 300,000 reservists – the first call-up since 1945.')).toEqual([false]);
  });
});

describe('teasers of earlier news', () => {
  it.each([
    'Previously: Russia is said to plan another call-up this winter.',
    'Ранее: В России готовят новую волну мобилизации.',
    'Раніше: У Росії готують нову хвилю мобілізації.',
    'Zuvor: Russland bereitet eine neue Mobilisierungswelle vor.',
    'Précédemment : la Russie prépare une nouvelle vague de mobilisation.',
    'Anteriormente: Rusia prepara una nueva ola de movilización.',
    'In precedenza: la Russia prepara una nuova ondata di mobilitazione.',
    'Wcześniej: Rosja przygotowuje nową falę mobilizacji.',
    'Eerder: Rusland bereidt een nieuwe mobilisatiegolf voor.',
  ])('takes "%s" for a teaser', (line) => {
    expect(fragments(line)).toEqual([true]);
  });

  it('takes a teaser glued after a sentence on its line for a teaser too', () => {
    expect(fragments('The minister spoke on Tuesday. Read also: 700,000 Russians have left the country')).toEqual([false, true]);
  });

  it('keeps a sentence that only begins with the word', () => {
    expect(fragments('Earlier, Shoigu said 300,000 reservists would be called up.')).toEqual([false]);
  });
});
