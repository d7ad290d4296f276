/**
 * "How many were detained" takes any head count, so a number in a sentence about arrests at
 * protests against the mobilization must count people: never a date's day or year, a time, or
 * a number of cities or regions (src/match/not-a-count.ts), in the ten languages. Invented
 * sentences only.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimFinder } from '../../test/pack/real-pack-matchers';

const claimsIn = realPackClaimFinder();
const questions = (text: string, lang: string): string[] => claimsIn(text, lang).map((match) => match.questionId);

describe('a head count counts people, not days or places', () => {
  it.each([
    ['en', 'On 21 September police detained protesters against the mobilization in Moscow.'],
    ['en', 'Protests against the mobilization took place in 38 cities, where police detained people.'],
    ['en', 'Protests against the mobilization broke out in dozens of cities and police detained people.'],
    ['en', 'Police detained protesters against the mobilization at 19:00 near the square.'],
    ['ru', 'Задержания на акциях против мобилизации прошли в 38 городах России.'],
    ['ru', 'Полиция задерживала участников акций против мобилизации 24 сентября.'],
    ['de', 'Bei Protesten gegen die Mobilmachung wurden am 21. September in Moskau Menschen festgenommen.'],
    ['de', 'In 32 Städten wurden Demonstranten bei Protesten gegen die Teilmobilmachung festgenommen.'],
    ['fr', 'Des personnes ont été interpellées lors des manifestations contre la mobilisation en Russie le 21 septembre.'],
    ['fr', 'Des personnes ont été interpellées lors des manifestations contre la mobilisation en Russie dans 32 villes.'],
    ['it', 'La polizia ha arrestato manifestanti contro la mobilitazione in 32 città.'],
    ['pl', 'Policja zatrzymała uczestników protestów przeciwko mobilizacji w 32 miastach.'],
    ['nl', 'Bij protesten tegen de mobilisatie werden in 32 steden betogers opgepakt.'],
    ['nl', 'Bij protesten tegen de mobilisatie werden op 21 september betogers opgepakt.'],
  ])('stays silent on a date or a count of places (%s: %s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('protest-detentions');
  });

  it.each([
    ['en', 'On 21 September, police detained 1,311 protesters against the mobilization in 38 cities.'],
    ['en', 'Police detained hundreds of people at protests against the mobilization.'],
    ['ru', 'На акциях против мобилизации в 38 городах задержаны 1311 человек.'],
    ['de', 'Bei Protesten gegen die Mobilmachung wurden in 32 Städten 730 Menschen festgenommen.'],
    ['fr', 'Le 21 septembre, 1 311 personnes ont été interpellées lors des manifestations contre la mobilisation en Russie.'],
    ['nl', 'Bij protesten tegen de mobilisatie werden in 32 steden 730 betogers opgepakt.'],
  ])('still highlights a head count (%s: %s)', (lang, text) => {
    expect(questions(text, lang)).toContain('protest-detentions');
  });
});
