/**
 * Finland restricting Russians' entry (Haavisto's words or the government's) is the claim; the
 * same words under a plain negation ("would not restrict entry", "не ограничит въезд") say the
 * opposite and are not. Invented sentences, one pair per language.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimsIn } = realPackClaimViews();

const questions = (text: string, lang: string): string[] => claimsIn(text, lang).map((match) => match.questionId);

/** [language, the restriction, the same restriction denied by a negation]. */
const cases: ReadonlyArray<readonly [string, string, string]> = [
  ['en', 'Haavisto said the government would restrict entry for Russians.', 'Haavisto said the government would not restrict entry for Russians.'],
  ['en', 'Haavisto said Finland will restrict entry for Russian tourists.', "Haavisto said Finland won't restrict entry for Russian tourists."],
  ['ru', 'Хаависто заявил, что Финляндия ограничит въезд для россиян.', 'Хаависто заявил, что Финляндия не ограничит въезд для россиян.'],
  ['uk', 'Гаавісто заявив, що Фінляндія обмежить вʼїзд для росіян.', 'Гаавісто заявив, що Фінляндія не обмежить вʼїзд для росіян.'],
  ['de', 'Haavisto kündigte ein Einreiseverbot für Russen an.', 'Haavisto sagte, Finnland habe nicht vor, ein Einreiseverbot für Russen zu verhängen.'],
  ['fr', "Haavisto a déclaré que la Finlande allait restreindre l'entrée des Russes.", "Haavisto a déclaré que la Finlande ne va pas restreindre l'entrée des Russes."],
  ['es', 'Haavisto dijo que Finlandia restringirá la entrada de rusos.', 'Haavisto dijo que Finlandia no restringirá la entrada de rusos.'],
  ['it', "Haavisto ha detto che la Finlandia vieterà l'ingresso ai russi.", "Haavisto ha detto che la Finlandia non vieterà l'ingresso ai russi."],
  ['pt', 'Haavisto disse que a Finlândia vai restringir a entrada de russos.', 'Haavisto disse que a Finlândia não vai restringir a entrada de russos.'],
  ['nl', 'Haavisto kondigde een inreisverbod voor Russen aan.', 'Haavisto zei dat Finland niet van plan is een inreisverbod voor Russen in te voeren.'],
  ['pl', 'Haavisto powiedział, że Finlandia ograniczy wjazd Rosjan.', 'Haavisto powiedział, że Finlandia nie ograniczy wjazdu Rosjan.'],
];

describe('Finland restricting entry, and the same words negated', () => {
  it.each(cases)('the restriction is the claim (%s)', (lang, restriction) => {
    expect(questions(restriction, lang)).toContain('border-restrictions');
  });

  it.each(cases)('the negation is not (%s)', (lang, _restriction, negated) => {
    expect(questions(negated, lang)).not.toContain('border-restrictions');
  });
});
