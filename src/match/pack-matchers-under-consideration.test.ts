/**
 * A measure still weighed or told as a condition is not the measure, in ten languages, on
 * sentences none of the pages held: a border closure or entry ban a state is considering or
 * may bring in (`under-consideration`: considering, рассматривает, erwägt, envisage, estudia,
 * valuta, rozważa, overweegt, and the modal "may/could close"), and the Duma passing or Putin
 * signing the electronic-summons law in a conditional ("if the Duma passes the bill…"), which
 * `hypothetical` now vetoes on the passing and signing matchers.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimsIn } = realPackClaimViews();
const matcherIds = (sentence: string, lang: string): string[] => claimsIn(sentence, lang).map((match) => match.matcherId);

describe('a border measure under consideration is not the measure', () => {
  it.each([
    ['en', 'Finland is considering closing its border to Russian tourists.'],
    ['en', 'Finland may close its border with Russia.'],
    ['en', 'Finland could restrict entry for Russians.'],
    ['ru', 'Финляндия рассматривает возможность закрыть границу для российских туристов.'],
    ['ru', 'Финляндия может закрыть границу с Россией.'],
    ['uk', 'Фінляндія може закрити кордон з Росією.'],
    ['de', 'Finnland erwägt, die Grenze für russische Touristen zu schließen.'],
    ['de', 'Finnland könnte die Grenze zu Russland schließen.'],
    ['fr', 'La Finlande envisage de fermer sa frontière aux touristes russes.'],
    ['fr', 'La Finlande pourrait fermer sa frontière avec la Russie.'],
    ['es', 'Finlandia estudia cerrar su frontera a los turistas rusos.'],
    ['es', 'Finlandia podría cerrar su frontera con Rusia.'],
    ['it', 'La Finlandia valuta di chiudere il confine ai turisti russi.'],
    ['it', 'La Finlandia potrebbe chiudere il confine con la Russia.'],
    ['pt', 'A Finlândia estuda fechar a fronteira aos turistas russos.'],
    ['pt', 'A Finlândia poderia fechar a fronteira com a Rússia.'],
    ['pl', 'Finlandia rozważa zamknięcie granicy dla rosyjskich turystów.'],
    ['pl', 'Finlandia może zamknąć granicę z Rosją.'],
    ['nl', 'Finland overweegt de grens te sluiten voor Russische toeristen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(matcherIds(sentence, lang).filter((id) => id.startsWith('br-'))).toEqual([]);
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
