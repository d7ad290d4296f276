import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

const sentences = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('splits on terminators followed by a capital', () => {
    expect(sentences('One thing. Another thing! A third? Yes.')).toEqual(['One thing.', 'Another thing!', 'A third?', 'Yes.']);
  });

  it('keeps German ordinal dates inside the sentence', () => {
    const text = 'Am 21. September verkündete Putin die Teilmobilmachung. Danach flohen viele. Er sprach 2022. Dann ging er.';
    expect(sentences(text)).toEqual([
      'Am 21. September verkündete Putin die Teilmobilmachung.',
      'Danach flohen viele.',
      'Er sprach 2022.',
      'Dann ging er.',
    ]);
  });

  it('keeps abbreviations, initials and numbers inside the sentence', () => {
    expect(sentences('Sen. A. Klimov spoke on Oct. 27 in the U.S. capital. Then Dr. Smith left.')).toEqual([
      'Sen. A. Klimov spoke on Oct. 27 in the U.S. capital.',
      'Then Dr. Smith left.',
    ]);
    expect(sentences('It cost approx. 1.5 million roubles. Done.')).toEqual(['It cost approx. 1.5 million roubles.', 'Done.']);
  });

  it('handles Cyrillic abbreviations and initials', () => {
    expect(sentences('Россию покинули 700 тыс. человек, т.е. больше, чем ожидали. В. Путин это отрицал.')).toEqual([
      'Россию покинули 700 тыс. человек, т.е. больше, чем ожидали.',
      'В. Путин это отрицал.',
    ]);
    expect(sentences('Мобілізовано 300 тис. осіб. Це заявив Шойгу.')).toEqual(['Мобілізовано 300 тис. осіб.', 'Це заявив Шойгу.']);
  });

  it('keeps Polish and Dutch scale abbreviations inside the sentence', () => {
    expect(sentences('Do Gruzji wjechało 700 tys. Rosjan. Tak podało MSW.')).toEqual(['Do Gruzji wjechało 700 tys. Rosjan.', 'Tak podało MSW.']);
  });

  it('ends a sentence after closing quotes and keeps quoted sentences whole', () => {
    expect(sentences('Putin said: “It is over.” Then he left. He called it «завершена». Next.')).toEqual([
      'Putin said: “It is over.”',
      'Then he left.',
      'He called it «завершена».',
      'Next.',
    ]);
    expect(sentences('Putin told reporters that “mobilisation is complete” and left.')).toEqual([
      'Putin told reporters that “mobilisation is complete” and left.',
    ]);
  });

  it('treats an ellipsis before lower case as part of the sentence', () => {
    expect(sentences('They waited... and waited. Then… Nothing.')).toEqual(['They waited... and waited.', 'Then…', 'Nothing.']);
  });

  it('ends sentences at line breaks and skips list bullets', () => {
    const text = 'Headline without a dot\n\n  • First item here.\n• Second item';
    expect(sentences(text)).toEqual(['Headline without a dot', 'First item here.', 'Second item']);
  });

  it('does not split inside numbers, decimals and URLs', () => {
    expect(sentences('About 700.000 Menschen und 1.5 million, see euronews247.com today.')).toHaveLength(1);
  });

  it('returns offsets into the original text', () => {
    const text = '  Alpha beta. Gamma.';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 13 },
      { start: 14, end: 20 },
    ]);
  });
});
