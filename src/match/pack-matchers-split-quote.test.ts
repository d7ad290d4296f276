/**
 * A quote set over two paragraphs: the first ends with the quote still open, the second goes on
 * in the same speaker's words. A matcher without a number takes its carried subject across that
 * break (it never does across a plain paragraph break). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimsIn } = realPackClaimViews();

/** The questions the second paragraph answers. */
const secondParagraph = (text: string, lang: string): string[] => {
  const breakAt = text.indexOf('\n');
  return claimsIn(text, lang)
    .filter((match) => match.start > breakAt)
    .map((match) => match.questionId);
};

describe('a quote that goes on in the next paragraph', () => {
  const split: Array<[string, string]> = [
    ['en', 'Asked about a formal end, the spokesman said: "The partial mobilization is over.\nA new decree is not needed for that," he added.'],
    ['ru', 'Отвечая на вопрос, пресс-секретарь сказал: «Частичная мобилизация завершена.\nОтдельный указ для этого не нужен», — добавил он.'],
    ['de', 'Der Sprecher sagte: „Die Teilmobilmachung ist beendet.\nEin Dekret ist dafür nicht nötig“, fügte er hinzu.'],
  ];
  it.each(split)('%s: the second paragraph keeps the subject of the first', (lang, text) => {
    expect(secondParagraph(text, lang)).toContain('when-mobilization-complete');
  });

  const closed: Array<[string, string]> = [
    ['en', 'Asked about a formal end, the spokesman said: "The partial mobilization is over."\nA new decree is not needed for the budget, he added.'],
    ['ru', 'Отвечая на вопрос, пресс-секретарь сказал: «Частичная мобилизация завершена».\nОтдельный указ для этого не нужен, добавил он.'],
  ];
  it.each(closed)('%s: a closed quote keeps the paragraphs apart', (lang, text) => {
    expect(secondParagraph(text, lang)).not.toContain('when-mobilization-complete');
  });
});
