/**
 * The e-summons law is itself a set of amendments to Russia's law on military duty and military
 * service, so after the story named the e-summons, "the Duma passed the amendments to the law
 * on military service" is that law, although a law named by its own subject otherwise is not.
 * Invented sentences, one per language.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimsIn } = realPackClaimViews();

/** The e-summons law claims read in the text's last line. */
const lastLineLawClaims = (text: string, lang: string): string[] => {
  const last = text.lastIndexOf('\n') + 1;
  return claimsIn(text, lang).flatMap((match) =>
    match.start >= last ? match.claimIds.filter((id) => id === 'es-duma-passed' || id === 'es-law-signed') : [],
  );
};

/** [language, e-summons named earlier, the military service law passed or signed]. */
const cases: ReadonlyArray<readonly [string, string, string]> = [
  ['en', 'Russia will send military summonses electronically.', 'The Duma approved the amendments to the law on military service on Tuesday.'],
  ['ru', 'В России повестки будут рассылать в электронном виде.', 'Госдума приняла поправки в закон «О воинской обязанности и военной службе».'],
  ['uk', 'У Росії повістки надсилатимуть в електронному вигляді.', 'Путін підписав зміни до закону про військовий обовʼязок.'],
  ['de', 'Einberufungsbescheide kommen in Russland künftig auf digitalem Weg.', 'Putin hat die Änderungen des Wehrpflichtgesetzes am Freitag unterzeichnet.'],
  ['fr', 'La Russie pourra convoquer ses réservistes par voie électronique.', 'Mardi, la Douma a approuvé les amendements à la loi sur le service militaire.'],
  ['es', 'Rusia enviará las citaciones militares por vía electrónica.', 'Putin firmó la reforma de la ley sobre el servicio militar el viernes.'],
  ['it', 'La Russia invierà le cartoline precetto in forma elettronica.', 'Putin ha firmato la legge sul servizio militare venerdì.'],
  ['pt', 'Na Rússia, as ordens de mobilização poderão chegar por via eletrônica.', 'A Duma aprovou as emendas à lei sobre o serviço militar na terça-feira.'],
  ['nl', 'Rusland kan reservisten voortaan elektronisch oproepen.', 'De Staatsdoema gaf dinsdag groen licht voor de wijziging van de wet op de militaire dienst.'],
  ['pl', 'Rosja będzie wysyłać wezwania do wojska drogą elektroniczną.', 'Putin podpisał ustawę o obowiązku wojskowym w piątek.'],
];

describe('the law on military service, amended, after the e-summons were named', () => {
  it.each(cases)('is the e-summons law (%s)', (lang, subject, law) => {
    expect(lastLineLawClaims(`${subject}\nCritics were worried.\n${law}`, lang)).not.toEqual([]);
  });

  it('stays silent without the e-summons named earlier', () => {
    expect(lastLineLawClaims('Russia raised taxes on tobacco.\nCritics were worried.\nThe Duma approved the amendments to the law on military service on Tuesday.', 'en')).toEqual([]);
  });
});
