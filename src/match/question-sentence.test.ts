import { describe, expect, it } from 'vitest';
import { isQuestion } from './question-sentence';

const asks = (text: string): boolean => isQuestion(text, 0, text.length);

describe('isQuestion', () => {
  it.each(['Did 700,000 Russians flee?', '«Почему 318 тысяч?»', '¿Se acabó la movilización?', 'Will there be a second wave? ', 'Ist die Mobilmachung vorbei?“', 'Что дальше？'])('a question: %s', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each(['700,000 Russians fled.', 'He asked: "Why?" and left.', '«Мобилизация завершена», — сказал он.', 'Russia called up 300,000 men', ''])('a statement: %s', (text) => {
    expect(asks(text)).toBe(false);
  });
});
