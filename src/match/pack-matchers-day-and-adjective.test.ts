/**
 * A day's count told as "the last 24 hours" (or "за сутки", "w ciągu doby") is a count a day, in
 * ten languages; Georgia as an adjective (a fronteira georgiana, la frontera georgiana, il
 * confine georgiano, la frontière géorgienne) names Georgia; Dutch "trokken naar" (went to) is an
 * arrival. Sentences invented for the test; each fails without its words.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('10,000 Russians into Georgia in the last 24 hours', () => {
  it.each([
    ['en', 'In the last 24 hours some 10,000 Russians crossed into Georgia.'],
    ['ru', 'За сутки в Грузию въехали около 10 000 россиян.'],
    ['uk', 'За останню добу до Грузії в’їхали близько 10 000 росіян.'],
    ['de', 'In den letzten 24 Stunden reisten rund 10.000 Russen nach Georgien ein.'],
    ['fr', 'En 24 heures, quelque 10 000 Russes ont franchi la frontière géorgienne.'],
    ['es', 'En las últimas 24 horas unos 10.000 rusos cruzaron la frontera georgiana.'],
    ['it', 'Nelle ultime 24 ore circa 10.000 russi hanno attraversato il confine georgiano.'],
    ['pt', 'Nas últimas 24 horas, cerca de 10.000 russos terão cruzado a fronteira georgiana.'],
    ['pl', 'W ciągu doby do Gruzji wjechało około 10 000 Rosjan.'],
  ])('is a count a day (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('georgia-arrivals');
  });

  it('a figure over a month is not a count a day', () => {
    expect(questions('Nas últimas semanas, cerca de 10.000 russos cruzaram a fronteira georgiana.', 'pt')).not.toContain('georgia-arrivals');
  });
});

describe('Dutch arrivals told as going to', () => {
  it('66,000 Russians went to EU countries', () => {
    expect(questions("Zo'n 66.000 Russen trokken naar landen van de EU.", 'nl')).toContain('finland-eu-arrivals');
  });
});
