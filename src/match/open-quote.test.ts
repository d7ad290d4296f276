import { describe, expect, it } from 'vitest';
import { quoteOpenAt } from './open-quote';

const open = (text: string): boolean => quoteOpenAt(text, 0, text.length);

describe('quoteOpenAt', () => {
  it('finds a quote left open at the end of a paragraph, in each style of quotation marks', () => {
    expect(open('The minister said: "The call-up is over.')).toBe(true);
    expect(open('Министр сказал: «Мобилизация завершена.')).toBe(true);
    expect(open('Der Minister sagte: „Die Mobilmachung ist beendet.')).toBe(true);
    expect(open('The minister said: “The call-up is over.')).toBe(true);
  });

  it('sees a closed quote as closed, German „…“ and Polish „…” included', () => {
    expect(open('"The call-up is over," the minister said.')).toBe(false);
    expect(open('«Мобилизация завершена», — сказал министр.')).toBe(false);
    expect(open('„Die Mobilmachung ist beendet“, sagte der Minister.')).toBe(false);
    expect(open('„Mobilizacja zakończona” – powiedział minister.')).toBe(false);
    expect(open('“The call-up is over,” the minister said.')).toBe(false);
  });

  it('ignores apostrophes and single quotes', () => {
    expect(open("The minister's 'task' is done, he said.")).toBe(false);
  });

  it('reads only the stretch it is given', () => {
    const text = 'He said: "It is over. Next paragraph.';
    expect(quoteOpenAt(text, 0, 8)).toBe(false);
    expect(quoteOpenAt(text, 0, text.length)).toBe(true);
  });
});
