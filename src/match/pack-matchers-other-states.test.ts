/**
 * Another state's call-up, in sentences none of the pages held: states on no list before
 * (Romania, Sweden, Hungary, Ethiopia, Venezuela…), reservists called for an exercise, and a
 * neighbour or destination that wants, plans or has called up its own reservists, with the verb
 * at the end as German and Dutch put it ("Polen will 200.000 Reservisten einberufen"). All are
 * `elsewhere-mobilization` words in each language; a neighbour named for something else still
 * lets Russia's call-up count.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe("a state on no list before calls up its own", () => {
  it.each([
    ['en', 'Romania called up 300,000 reservists.'],
    ['en', 'Sweden plans to call up 300,000 reservists.'],
    ['en', 'Hungary mobilized 300,000 reservists after the floods.'],
    ['en', 'Ethiopia called up 300,000 reservists in the Tigray war.'],
    ['ru', 'Румыния призвала 300 тысяч резервистов.'],
    ['uk', 'Молдова мобілізувала 200 тисяч резервістів на навчання.'],
    ['de', 'Rumänien hat 300.000 Reservisten einberufen.'],
    ['de', 'Schweden will 300.000 Reservisten einberufen.'],
    ['fr', 'La Roumanie a mobilisé 300 000 réservistes.'],
    ['es', 'Rumanía llamó a filas a 300.000 reservistas.'],
    ['it', 'La Romania ha richiamato 300.000 riservisti.'],
    ['pt', 'A Romênia convocou 300 mil reservistas.'],
    ['pl', 'Rumunia powołała 300 tysięcy rezerwistów.'],
    ['nl', 'Roemenië heeft 300.000 reservisten opgeroepen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(questions(sentence, lang)).not.toContain('how-many-mobilized');
  });
});

describe('reservists called up for an exercise', () => {
  it.each([
    ['en', 'The army called up 300,000 reservists for an exercise.'],
    ['ru', 'Армия призвала 300 тысяч резервистов на учения.'],
    ['uk', 'Армія призвала 300 тисяч резервістів на навчання.'],
    ['de', 'Die Armee hat 300.000 Reservisten zu einer Übung einberufen.'],
    ['fr', "L'armée a rappelé 300 000 réservistes pour un exercice."],
    ['es', 'El ejército llamó a 300.000 reservistas para unas maniobras.'],
    ['it', "L'esercito ha richiamato 300.000 riservisti per un'esercitazione."],
    ['pt', 'O exército convocou 300 mil reservistas para exercícios militares.'],
    ['pl', 'Armia powołała 300 tysięcy rezerwistów na ćwiczenia.'],
    ['nl', 'Het leger heeft 300.000 reservisten opgeroepen voor een oefening.'],
  ])('%s: %s', (lang, sentence) => {
    expect(questions(sentence, lang)).not.toContain('how-many-mobilized');
  });

  it('keeps the training of the mobilized, which is no exercise', () => {
    expect(questions('Von den Einberufenen befänden sich derzeit 218.000 auf Übungsplätzen, 82.000 Mobilisierte seien bereits verlegt worden.', 'de')).toContain('how-many-mobilized');
  });
});

describe('a neighbour or destination with its own call-up, the verb at the end or after a modal', () => {
  it.each([
    ['de', 'Polen will 200.000 Reservisten einberufen.'],
    ['de', 'Polen hat 200.000 Reservisten einberufen.'],
    ['de', 'Die Türkei hat 300.000 Reservisten zu den Waffen gerufen.'],
    ['de', 'Die USA wollen 300.000 Reservisten einberufen.'],
    ['de', 'Finnland könnte im Ernstfall 300.000 Reservisten mobilisieren.'],
    ['nl', 'Polen wil 200.000 reservisten oproepen.'],
    ['nl', 'Finland kan 300.000 reservisten mobiliseren.'],
    ['pl', 'Finlandia może zmobilizować 300 tysięcy rezerwistów.'],
    ['fr', 'La Pologne veut rappeler 200 000 réservistes.'],
    ['es', 'Polonia quiere movilizar a 200.000 reservistas.'],
    ['it', 'La Polonia vuole richiamare 200.000 riservisti.'],
    ['pt', 'A Polônia quer convocar 200 mil reservistas.'],
    ['ru', 'Финляндия может мобилизовать 300 тысяч резервистов.'],
    ['uk', 'Польща хоче призвати 200 тисяч резервістів.'],
    ['en', 'Poland wants to call up 200,000 reservists.'],
  ])('%s: %s', (lang, sentence) => {
    expect(questions(sentence, lang)).not.toContain('how-many-mobilized');
  });

  it.each([
    ['en', 'Russia has called up 300,000 reservists, and Poland tightened its border.'],
    ['de', 'Russland hat 300.000 Reservisten einberufen, und Polen verschärft die Kontrollen.'],
    ['ru', 'Россия уже призвала 300 тысяч резервистов, а Польша закрыла границу.'],
    ['es', 'Rusia ya ha movilizado a 300.000 reservistas; muchos hombres huyen a Turquía.'],
  ])('a neighbour named for something else still lets the call-up count (%s)', (lang, sentence) => {
    expect(questions(sentence, lang)).toContain('how-many-mobilized');
  });
});
