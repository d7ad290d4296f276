import { describe, expect, it } from 'vitest';
import { foldText, tokenizeFolded } from './fold-text';
import { findNumbers } from './normalize-number';
import { notCounts } from './not-a-count';

/** What each number of an invented sentence is, in text order. */
const kinds = (text: string): Array<string | undefined> => notCounts(text, tokenizeFolded(foldText(text)), findNumbers(text));

describe('numbers that count nothing the pack counts', () => {
  it.each([
    ['On 21 September, 1,311 people were detained in 38 cities.', ['day', undefined, 'places']],
    ['September 21, 2022: 730 detained.', ['day', 'year', undefined]],
    ['Am 21. September wurden in 32 Städten 730 Menschen festgenommen.', ['day', 'places', undefined]],
    ['21-го сентября в 38 городах задержали 1311 человек.', ['day', 'places', undefined]],
    ['24 вересня у 32 містах затримали 700 людей.', ['day', 'places', undefined]],
    ['Le 21 septembre, 1 311 personnes dans 32 villes.', ['day', undefined, 'places']],
    ['El 21 de septiembre de 2022 hubo 101 detenidos en 30 ciudades.', ['day', 'year', undefined, 'places']],
    ['Il 25 settembre 2.300 arresti in 32 città russe.', ['day', undefined, 'places']],
    ['Em 21 de setembro, 730 detidos em 32 cidades.', ['day', undefined, 'places']],
    ['21 września w 32 miastach zatrzymano 730 osób.', ['day', 'places', undefined]],
    ['Op 21 september werden in 38 Russische steden 730 betogers opgepakt.', ['day', 'places', undefined]],
    ['The rally began at 19:00 and 40 were detained.', ['time', 'time', undefined]],
    ['Protests took place in 30 regions and 12 republics.', ['places', 'places']],
    ['Протесты прошли в 12 республиках и 30 регионах.', ['places', 'places']],
    ['Proteste in 20 comuni e 5 regioni.', ['places', 'places']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    ['In September 2300 people were detained.'],
    ['98.000 ciudadanos rusos llegaron al país.'],
    ['200.000 cittadini russi sono arrivati.'],
    ['730 people in cities across Russia were detained.'],
    ['На акциях задержаны 2000 человек.'],
    // Words for people that begin like words for places.
    ['More than 300 municipal deputies signed the letter.'],
    ['About 50 regional governors were told to report.'],
    ['Some 40 Republicans voted for the bill.'],
    ['Эвакуировали 10 тысяч населения.'],
    ['Повістки отримали 2000 містян.'],
    ['Sono stati arrestati 30 comunisti.'],
  ])('leaves a head count alone: %s', (text) => {
    expect(kinds(text).every((kind) => kind === undefined)).toBe(true);
  });
});
