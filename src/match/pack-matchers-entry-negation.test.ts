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

// The negation words are broad ("not going to", "no intention", "ne seront pas", "non saranno",
// "nicht vor"): bound to letting people in ("no intention of letting them in", "ne seront pas
// autorisés", "не собирается пускать"), or to a time ("nicht vor dem 30."), they state the
// restriction, and they do not veto it (assets/pack/veto-exemptions.json).
describe('a negation of letting people in is the restriction, not its denial', () => {
  it.each([
    ['en', 'Finland will restrict entry for Russian tourists and has no intention of letting them in through the back door.'],
    ['en', 'Finland will restrict entry for Russian tourists, who are not going to be allowed in.'],
    ['ru', 'Финляндия ограничит въезд россиян и не собирается пускать туристов.'],
    ['uk', 'Фінляндія обмежить вʼїзд росіян і не збирається пускати туристів.'],
    ['de', 'Finnland verhängt ein Einreiseverbot für Russen, allerdings nicht vor dem 30. September.'],
    ['fr', 'La Finlande va restreindre l’entrée des Russes : les touristes ne seront pas autorisés à passer.'],
    ['es', 'Finlandia va a restringir la entrada de rusos y no va a permitir el paso de turistas.'],
    ['it', 'La Finlandia vuole limitare l’ingresso dei russi: i turisti non saranno ammessi.'],
    ['pt', 'A Finlândia vai restringir a entrada de russos e não vai permitir a passagem de turistas.'],
    ['pl', 'Finlandia ograniczy wjazd Rosjan i nie zamierza wpuszczać turystów.'],
    ['nl', 'Finland wil de toegang beperken voor Russen en zal toeristen niet gaan toelaten.'],
  ])('is read as the restriction (%s: %s)', (lang, text) => {
    expect(questions(text, lang)).toContain('border-restrictions');
  });

  it.each([
    ['en', 'Finland has no intention to restrict entry for Russians.'],
    ['en', 'Finland is not going to restrict entry for Russian tourists.'],
    ['ru', 'Финляндия не собирается ограничить въезд россиян.'],
    ['uk', 'Фінляндія не збирається обмежити вʼїзд росіян, пускати туристів продовжать.'],
    ['de', 'Finnland hat nicht vor, ein Einreiseverbot für Russen zu verhängen.'],
    ['fr', 'La Finlande ne va pas restreindre l’entrée des Russes.'],
    ['es', 'Finlandia no va a restringir la entrada de rusos.'],
    ['it', 'La Finlandia non intende limitare l’ingresso dei russi.'],
    ['pt', 'A Finlândia não vai restringir a entrada de russos.'],
    ['pl', 'Finlandia nie zamierza ograniczyć wjazdu Rosjan.'],
    ['nl', 'Finland gaat de toegang voor Russen niet beperken.'],
  ])('the restriction itself negated still is not (%s: %s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('border-restrictions');
  });
});
