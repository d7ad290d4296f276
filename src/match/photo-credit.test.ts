import { describe, expect, it } from 'vitest';
import type { ClaimMatcher } from '../pack/matcher-schema';
import { compileMatchers, findClaims } from './claim-matcher';
import { findCredits } from './photo-credit';
import { splitSentences } from './split-sentences';

const credits = (text: string): string[] => findCredits(text, 0, text.length).map((credit) => text.slice(credit.start, credit.end));
/** Each sentence of `text` with its kind: credit, caption or a plain sentence (''). */
const spans = (text: string): Array<[string, string]> => splitSentences(text).map((span) => [span.kind ?? '', text.slice(span.start, span.end)]);

describe('findCredits', () => {
  it('ends a credit at its slash, so the next caption or sentence is not glued to it', () => {
    expect(credits("Photo courtesy of the Governor's Press Office/Twitter A satellite image shows the border.")).toEqual([
      "Photo courtesy of the Governor's Press Office/Twitter",
    ]);
    expect(credits('Photo by Ivan Petrov/EPA-EFE Police detain a protester.')).toEqual(['Photo by Ivan Petrov/EPA-EFE']);
    expect(credits('Foto: Maria ROSSI / AFP')).toEqual(['Foto: Maria ROSSI / AFP']);
  });

  it('takes the surname along when a first name follows the slash', () => {
    expect(credits('Photo: Reuters/Anna Berg Border guards check the cars.')).toEqual(['Photo: Reuters/Anna Berg']);
  });

  it('runs a credit without a slash to the end of its line, in any language', () => {
    expect(credits('Фото: пресс-служба')).toEqual(['Фото: пресс-служба']);
    expect(credits('Photo courtesy of the press pool')).toEqual(['Photo courtesy of the press pool']);
    expect(credits('© IVAN PETROV')).toEqual(['© IVAN PETROV']);
    expect(credits('Fot. PAP/Anna Nowak')).toEqual(['Fot. PAP/Anna Nowak']);
    expect(credits('Foto: ANP')).toEqual(['Foto: ANP']);
  });

  it('takes a name opener for a credit only when names follow it', () => {
    expect(credits('Фото Шойгу с мобилизованными опубликовало Минобороны.')).toEqual([]);
    expect(credits('Picture by picture, the queue grew.')).toEqual([]);
    expect(credits('Фото Ивана Петрова / ТАСС')).toEqual(['Фото Ивана Петрова / ТАСС']);
  });

  it('takes a copyright sign for a credit only where a sentence starts', () => {
    expect(credits('Russia has called up 300,000 men ©RIA')).toEqual([]);
    expect(credits('© IVAN PETROV')).toEqual(['© IVAN PETROV']);
  });

  it('leaves alone an opener whose end cannot be told, a lower-case photo and a teaser label', () => {
    expect(credits('Photo: Russian men queue at the Upper Lars checkpoint on the road to Georgia on Tuesday for many hours')).toEqual([]);
    expect(credits('The photo showed a long queue at the border.')).toEqual([]);
    expect(credits('In Photos: Men Queue at the Border')).toEqual([]);
  });
});

describe('splitSentences with photo credits', () => {
  it('cuts a glued credit out and marks the sentence before it on its line as the caption', () => {
    const text = 'A satellite image shows a traffic jam near the border with Georgia. Photo courtesy of Sky Pictures/EPA-EFE Police detain a man in Moscow. Photo by Ivan Petrov/EPA-EFE\nKazakhstan said 98,000 Russians had entered.';
    expect(spans(text)).toEqual([
      ['caption', 'A satellite image shows a traffic jam near the border with Georgia.'],
      ['credit', 'Photo courtesy of Sky Pictures/EPA-EFE'],
      ['caption', 'Police detain a man in Moscow.'],
      ['credit', 'Photo by Ivan Petrov/EPA-EFE'],
      ['', 'Kazakhstan said 98,000 Russians had entered.'],
    ]);
  });

  it('takes no sentence of another line for a caption', () => {
    expect(spans('The queue at the crossing was 500 metres long.\nReuters/Anna Berg\nFoto: ANP')).toEqual([
      ['', 'The queue at the crossing was 500 metres long.'],
      ['', 'Reuters/Anna Berg'],
      ['credit', 'Foto: ANP'],
    ]);
  });
});

describe('splitSentences: captions are lines of their own', () => {
  it('keeps the last sentence of a paragraph that ends with a credit an ordinary sentence', () => {
    expect(spans('Shoigu spoke on Wednesday. He said 300,000 men had been called up. © Ivan Petrov')).toEqual([
      ['', 'Shoigu spoke on Wednesday.'],
      ['', 'He said 300,000 men had been called up.'],
      ['credit', '© Ivan Petrov'],
    ]);
  });

  it('takes the sentence before a credit glued into a paragraph for the caption', () => {
    expect(spans('Men waited for days. A long queue of cars stood at the crossing. Photo by Jane Roe/AP Kazakhstan said 98,000 Russians had entered.')).toEqual([
      ['', 'Men waited for days.'],
      ['caption', 'A long queue of cars stood at the crossing.'],
      ['credit', 'Photo by Jane Roe/AP'],
      ['', 'Kazakhstan said 98,000 Russians had entered.'],
    ]);
  });
});

describe('findClaims on credits and captions', () => {
  const matchers: ClaimMatcher[] = [{ id: 'queue-en', questionId: 'border-queues', lang: 'en', all: [['traffic jam', 'queue'], ['border']] }];

  it('highlights neither a credit nor a caption, but the article sentence after them', () => {
    const text = 'A satellite image shows a traffic jam near the border. Photo courtesy of Sky Pictures/EPA-EFE The queue at the border was 15 km long.';
    const found = findClaims(text, compileMatchers(matchers)).map((match) => text.slice(match.start, match.end));
    expect(found).toEqual(['The queue at the border was 15 km long.']);
  });
});

describe('a credit of a picture taken from a social network (pt, es)', () => {
  it('reads "Reprodução/Twitter" after a caption as a credit, and the line before it as the caption', () => {
    const text = 'Filas de carros na fronteira com a Geórgia | Reprodução/Twitter JoaoSilva\nO número de chegadas subiu.';
    expect(credits(text)).toEqual(['Reprodução/Twitter JoaoSilva']);
    expect(spans(text).map(([kind]) => kind)).toEqual(['caption', 'credit', '']);
    expect(credits('La cola en la frontera | Reproducción/Instagram')).toEqual(['Reproducción/Instagram']);
  });
});
