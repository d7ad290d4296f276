import { describe, expect, it } from 'vitest';
import { foldText, tokenizeFolded } from './fold-text';
import { findNumbers } from './normalize-number';
import { measureOf } from './number-units';

/** The measure of each number the text states, as "value:measure". */
function measures(text: string): string[] {
  const folded = foldText(text);
  const tokens = tokenizeFolded(folded);
  return findNumbers(text, folded).map((mention) => {
    let last = tokens.findIndex((token) => token.end > mention.start);
    while (tokens[last + 1] !== undefined && (tokens[last + 1] as { start: number }).start < mention.end) last++;
    return `${mention.value}:${measureOf(text, mention.start, mention.end, tokens, last).measure ?? '-'}`;
  });
}

describe('measureOf', () => {
  it('reads a percentage from a sign or a word, in several languages', () => {
    expect(measures('Arrivals rose 107% in a week.')).toEqual(['107:percent']);
    expect(measures('Arrivals rose 107 percent.')).toEqual(['107:percent']);
    expect(measures('Arrivals rose 40 per cent.')).toContain('40:percent');
    expect(measures('Вернулись 40 процентов уехавших; 15 відсотків.')).toEqual(['40:percent', '15:percent']);
    expect(measures('Plus von 107 Prozent, 30 procent, 57 % más.')).toEqual(['107:percent', '30:percent', '57:percent']);
    // ("cent" alone is also the French word for 100, read as a number of its own: harmless.)
    expect(measures('Une hausse de 12 pour cent.')).toContain('12:percent');
  });

  it('reads a sum of money from a sign or a currency word, after the scale', () => {
    expect(measures('Families get 5 million roubles.')).toEqual(['5000000:money']);
    expect(measures('Семьи получат 5 млн рублей, штраф 30 тыс. руб.')).toEqual(['5000000:money', '30000:money']);
    expect(measures('It cost $300,000, or 300 000 €.')).toEqual(['300000:money', '300000:money']);
  });

  it('leaves a count alone, and does not mistake "рубеж" or "Europe" for money', () => {
    expect(measures('300,000 reservists, 700 тысяч человек, 66.000 Russen.')).toEqual(['300000:-', '700000:-', '66000:-']);
    expect(measures('700 тысяч рубежей; 66 000 Européens; 300 processes.')).toEqual(['700000:-', '66000:-', '300:-']);
  });

  it('reads only the word right after the number', () => {
    expect(measures('300,000 men, the rouble fell.')).toEqual(['300000:-']);
  });
});
