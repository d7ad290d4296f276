/**
 * "The Duma approved the text" counts as the electronic-summons law once the story named the
 * e-summons earlier, but a law named by its own subject ("the law on foreign agents", "the text
 * of the budget", "amendments to the tax code") is another law, whatever the story named
 * before. Invented texts, one per language, each both ways.
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

/** [language, e-summons named earlier, the law itself, another law named by its subject]. */
const cases: ReadonlyArray<readonly [string, string, string, string]> = [
  ['en', 'Russia will send military summonses electronically.', 'Putin signed the law on Friday.', 'Putin signed the law on foreign agents on Friday.'],
  ['en', 'Russia will send military summonses electronically.', 'The Duma approved the text on Tuesday.', 'The Duma approved the text of the budget on Tuesday.'],
  ['ru', 'В России повестки будут рассылать в электронном виде.', 'Госдума приняла закон во вторник.', 'Госдума приняла закон об иностранных агентах во вторник.'],
  ['uk', 'У Росії повістки надсилатимуть в електронному вигляді.', 'Путін підписав закон у пʼятницю.', 'Путін підписав закон про іноземних агентів у пʼятницю.'],
  ['de', 'Einberufungsbescheide kommen in Russland künftig auf digitalem Weg.', 'Putin hat das Gesetz am Freitag unterzeichnet.', 'Putin hat das Gesetz über ausländische Agenten am Freitag unterzeichnet.'],
  ['fr', 'La Russie pourra convoquer ses réservistes par voie électronique.', 'Mardi, les députés de la Douma ont approuvé le texte.', 'Mardi, les députés de la Douma ont approuvé le texte du budget.'],
  ['es', 'Rusia enviará las citaciones militares por vía electrónica.', 'Putin firmó la ley el viernes.', 'Putin firmó la ley sobre agentes extranjeros el viernes.'],
  ['it', 'La Russia invierà le cartoline precetto in forma elettronica.', 'Putin ha firmato la legge venerdì.', 'Putin ha firmato la legge sugli agenti stranieri venerdì.'],
  ['pt', 'Na Rússia, as ordens de mobilização poderão chegar por via eletrônica.', 'A Duma aprovou o texto na terça-feira.', 'A Duma aprovou o texto sobre o orçamento na terça-feira.'],
  ['nl', 'Rusland kan reservisten voortaan elektronisch oproepen.', 'De Staatsdoema gaf dinsdag groen licht voor de wet.', 'De Staatsdoema gaf dinsdag groen licht voor de wet op buitenlandse agenten.'],
  ['pl', 'Rosja będzie wysyłać wezwania do wojska drogą elektroniczną.', 'Putin podpisał ustawę w piątek.', 'Putin podpisał ustawę o zagranicznych agentach w piątek.'],
];

/** The e-summons named earlier, by language, from the cases above. */
const subjects: Record<string, string> = Object.fromEntries(cases.map(([lang, subject]) => [lang, subject]));

describe('a law named by its own subject after the e-summons were named', () => {
  it.each(cases)('the law itself still counts (%s)', (lang, subject, itself) => {
    expect(lastLineLawClaims(`${subject}\nCritics were worried.\n${itself}`, lang)).not.toEqual([]);
  });

  it.each(cases)('another law named by its subject does not (%s)', (lang, subject, _itself, other) => {
    expect(lastLineLawClaims(`${subject}\nCritics were worried.\n${other}`, lang)).toEqual([]);
  });
});

// "law on the", "bill on the", "text of", Dutch "wet op" also start a time or the law's own text:
// "signed the law on the same day", "the text of the law", "de wet op vrijdag" name no other
// subject, and do not veto (assets/pack/veto-exemptions.json); another subject after them still does.
describe('a law followed by when it was signed, or by its own text', () => {
  it.each([
    ['en', 'Putin signed the law on the same day.'],
    ['en', 'Putin signed the law on the 14th.'],
    ['en', 'Putin signed the law on a Friday evening.'],
    ['en', 'The Duma approved the text of the law on Tuesday.'],
    ['nl', 'Poetin ondertekende de wet op dezelfde dag.'],
    ['nl', 'Poetin ondertekende de wet op vrijdag.'],
    ['de', 'Putin unterzeichnete das Gesetz zum Ende der Woche.'],
    ['es', 'Putin firmó la ley de inmediato.'],
    ['pt', 'Putin assinou a lei de imediato.'],
  ])('the law itself still counts (%s: %s)', (lang, itself) => {
    expect(lastLineLawClaims(`${subjects[lang]}\nCritics were worried.\n${itself}`, lang)).not.toEqual([]);
  });

  it.each([
    ['en', 'Putin signed the law on the same day as the law on foreign agents.'],
    ['en', 'The Duma approved the text of the budget on the same day.'],
    ['nl', 'Poetin ondertekende de wet op vrijdag, samen met de wet op buitenlandse agenten.'],
    ['de', 'Putin unterzeichnete das Gesetz über ausländische Agenten zum Ende der Woche.'],
  ])('another subject named beside it still rules it out (%s: %s)', (lang, other) => {
    expect(lastLineLawClaims(`${subjects[lang]}\nCritics were worried.\n${other}`, lang)).toEqual([]);
  });
});
