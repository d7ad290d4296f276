/**
 * A measure told as a condition is not the measure, on sentences none of the pages held: a
 * border closure in a conditional ("If Finland closes its border…"), and the Duma passing or
 * Putin signing the electronic-summons law in one ("if the Duma passes the bill…"), which
 * `hypothetical` vetoes on the border and the passing and signing matchers. A state weighing a
 * measure ("Finland is considering barring…") tells its stance and stays a highlight, as the
 * labelled pages count it.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimsIn } = realPackClaimViews();
const matcherIds = (sentence: string, lang: string): string[] => claimsIn(sentence, lang).map((match) => match.matcherId);

describe('a border measure told as a condition is not the measure', () => {
  it.each([
    ['en', 'If Finland closes its border, Russians will have to travel through Norway.'],
    ['ru', 'Если Финляндия закроет границу, россиянам придётся ехать через Норвегию.'],
    ['de', 'Falls Finnland die Grenze schließt, müssen Russen über Norwegen reisen.'],
    ['pl', 'Jeśli Finlandia zamknie granicę, Rosjanie będą musieli jechać przez Norwegię.'],
  ])('%s: %s', (lang, sentence) => {
    expect(matcherIds(sentence, lang).filter((id) => id.startsWith('br-'))).toEqual([]);
  });

  it('keeps a state weighing a measure, which tells its stance', () => {
    expect(matcherIds('Finland is considering barring most Russians from entering the country.', 'en').some((id) => id.startsWith('br-'))).toBe(true);
  });
});

describe('the electronic-summons law passed or signed only in a conditional', () => {
  it.each([
    ['en', 'If the Duma passes the bill on electronic summonses, men will not be able to leave the country.'],
    ['ru', 'Если Дума примет закон об электронных повестках, мужчины не смогут выехать из страны.'],
    ['uk', 'Якщо Дума ухвалить закон про електронні повістки, чоловіки не зможуть виїхати.'],
    ['de', 'Wenn die Duma das Gesetz über elektronische Einberufungsbescheide verabschiedet, dürfen Männer nicht mehr ausreisen.'],
    ['fr', 'Si la Douma adopte la loi sur les convocations électroniques, les hommes ne pourront plus quitter le pays.'],
    ['es', 'Si la Duma aprueba la ley de citaciones electrónicas, los hombres no podrán salir del país.'],
    ['it', 'Se la Duma approverà la legge sulle convocazioni elettroniche, gli uomini non potranno lasciare il paese.'],
    ['pt', 'Se a Duma aprovar a lei das convocações eletrônicas, os homens não poderão deixar o país.'],
    ['pl', 'Jeśli Duma przyjmie ustawę o elektronicznych wezwaniach, mężczyźni nie będą mogli wyjechać.'],
    ['nl', 'Als de Doema de wet op elektronische oproepen aanneemt, mogen mannen het land niet meer verlaten.'],
  ])('%s: %s', (lang, sentence) => {
    expect(matcherIds(sentence, lang).filter((id) => /^es-(duma-passed|law-signed)/.test(id))).toEqual([]);
  });

  it('keeps the Duma passing the law when told as done', () => {
    expect(matcherIds('The State Duma passed the bill on electronic summonses on Tuesday.', 'en').some((id) => id.startsWith('es-duma-passed'))).toBe(true);
    expect(matcherIds('Госдума приняла закон об электронных повестках.', 'ru').some((id) => id.startsWith('es-duma-passed'))).toBe(true);
  });
});
