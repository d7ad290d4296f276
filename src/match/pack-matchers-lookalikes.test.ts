/**
 * Three look-alikes of pack claims, vetoed by concept in all ten languages:
 * - officers who lead the training of the mobilized ("under the direction of officers with
 *   combat experience") are picked for their experience, which says nothing of who is called up
 *   (they join the instructors concept);
 * - Ukraine's own call-up named noun first ("мобилизация в Украине", "mobilisation en Ukraine")
 *   is another country's mobilization;
 * - a road traffic jam (rush hour, an accident, road works, snow) is not a queue at the border.
 * The claims themselves stay highlighted.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimsIn, questions } = realPackClaimViews();

describe('officers who train the mobilized are not who is called up', () => {
  it.each([
    ['en', 'Shoigu ordered training of the mobilized reservists under the direction of officers with combat experience.'],
    ['ru', 'Шойгу поручил вести подготовку мобилизованных резервистов под руководством офицеров с боевым опытом.'],
    ['uk', 'Шойгу доручив вести підготовку мобілізованих резервістів під керівництвом офіцерів з бойовим досвідом.'],
    ['de', 'Die mobilisierten Reservisten sollen unter Anleitung von Offizieren mit Kampferfahrung üben.'],
    ['fr', 'Les réservistes mobilisés s’entraînent sous la direction d’officiers ayant une expérience du combat.'],
    ['es', 'El ministro pidió centrar la preparación de los reservistas movilizados bajo la dirección de oficiales que ya han combatido en el frente.'],
    ['it', 'I riservisti mobilitati si addestrano sotto la guida di ufficiali con esperienza di combattimento.'],
    ['pt', 'Os reservistas mobilizados treinam sob a direção de oficiais com experiência de combate.'],
    ['pl', 'Zmobilizowani rezerwiści szkolą się pod kierunkiem oficerów z doświadczeniem bojowym.'],
    ['nl', 'De gemobiliseerde reservisten trainen onder leiding van officieren met gevechtservaring.'],
  ])('stays silent on the officers who train them (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('who-can-be-called-up');
  });

  it.each([
    ['en', 'Only reservists with combat experience will be called up, the minister said.'],
    ['es', 'Solo serán movilizados los reservistas con experiencia militar, dijo el ministro.'],
  ])('still highlights who is called up (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('who-can-be-called-up');
  });
});

describe("Ukraine's own call-up, named noun first, is not Russia's", () => {
  it.each([
    ['ru', 'Мобилизация в Украине: призвали только резервистов с боевым опытом.'],
    ['uk', 'Мобілізація в Україні: призвуть лише резервістів з бойовим досвідом.'],
    ['en', 'Mobilization in Ukraine: only reservists with combat experience will be called up.'],
    ['de', 'Die Mobilmachung in der Ukraine: Eingezogen werden nur Reservisten mit Kampferfahrung.'],
    ['fr', 'Mobilisation en Ukraine : seuls les réservistes ayant une expérience militaire seront mobilisés.'],
    ['es', 'Movilización en Ucrania: solo serán movilizados los reservistas con experiencia militar.'],
    ['pl', 'Mobilizacja w Ukrainie: powołani zostaną tylko rezerwiści z doświadczeniem bojowym.'],
  ])('stays silent on who is called up there (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('who-can-be-called-up');
  });

  it.each([
    ['ru', 'Шойгу: мобилизовано 300 тысяч резервистов, мобилизация в России завершена.'],
    ['en', 'Russia has called up 300,000 reservists for the war in Ukraine, Shoigu said.'],
  ])("still highlights Russia's call-up (%s)", (lang, text) => {
    expect(questions(text, lang)).toContain('how-many-mobilized');
  });

  it.each([
    ['ru', 'Мобилизация в Украине: мобилизовано 300 тысяч резервистов, сообщили в Киеве.'],
    ['uk', 'Мобілізація в Україні: мобілізовано 300 тисяч резервістів.'],
  ])("stays silent on the number Ukraine called up (%s)", (lang, text) => {
    expect(questions(text, lang)).not.toContain('how-many-mobilized');
  });
});

describe('a road traffic jam is not a queue at the border', () => {
  it.each([
    ['en', 'A traffic jam several kilometres long formed near the border crossing after a road accident.'],
    ['ru', 'У пункта пропуска на границе образовалась многокилометровая пробка из-за ДТП.'],
    ['uk', 'Біля пункту пропуску на кордоні утворився багатокілометровий затор через ДТП.'],
    ['de', 'Wegen eines Verkehrsunfalls staute es sich vor dem Grenzübergang auf zehn Kilometern.'],
    ['fr', 'Un bouchon de plusieurs kilomètres s’est formé près du poste-frontière après un accident de la route.'],
    ['es', 'Un atasco de varios kilómetros se formó cerca del paso fronterizo por un accidente de tráfico.'],
    ['it', 'Una coda di chilometri si è formata al valico di frontiera per un incidente stradale.'],
    ['pt', 'Uma fila de vários quilômetros se formou na fronteira por causa de um acidente de trânsito.'],
    ['pl', 'Wielokilometrowa kolejka utworzyła się przy przejściu granicznym po wypadek drogowy.'],
    ['nl', 'Door een verkeersongeval stond er een file van kilometers bij de grensovergang.'],
  ])('stays silent on a jam from an accident (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('border-queues');
  });

  it.each([
    ['en', 'A queue of cars 15 kilometres long stretched to the Upper Lars border crossing.'],
    ['ru', 'На границе с Грузией у КПП Верхний Ларс выстроилась очередь длиной 15 километров.'],
  ])('still highlights the queue at the border (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('border-queues');
  });
});

describe('arrests at the protests answer how many were detained only with a count', () => {
  it.each([
    ['en', 'The announcement set off a rush to the border, the arrest of protesters against the mobilization and unease among people.'],
    ['en', 'Police detain a man taking part in a protest against the partial mobilization in downtown Moscow on Saturday.'],
    ['es', 'El anuncio de la movilización provocó la detención de manifestantes contra la movilización y malestar.'],
  ])('stays silent on arrests without a number (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('protest-detentions');
  });

  it.each([
    ['en', 'Police detained more than 700 people at protests against the mobilization on Saturday.'],
    ['ru', 'На акциях протеста против мобилизации задержаны сотни человек.'],
    ['de', 'Bei Protesten gegen die Mobilmachung wurden mindestens 700 Menschen festgenommen.'],
  ])('still highlights a count of arrests (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('protest-detentions');
  });
});

describe('the electronic-summons law named in the sentence before', () => {
  it('lets the next sentence of the paragraph about electronic summonses answer the question', () => {
    const text = 'Russia’s State Duma passed amendments changing how summonses are delivered. Electronic summonses now count the same as paper ones.';
    const found = claimsIn(text, 'en').filter((match) => match.questionId === 'electronic-summons-law').map((match) => text.slice(match.start, match.end));
    expect(found).toContain('Electronic summonses now count the same as paper ones.');
  });

  it('does not take it across paragraphs', () => {
    const text = 'Russia’s State Duma passed amendments changing how summonses are delivered.\nElectronic summonses now count the same as paper ones.';
    const found = claimsIn(text, 'en').filter((match) => match.questionId === 'electronic-summons-law').map((match) => text.slice(match.start, match.end));
    expect(found).not.toContain('Electronic summonses now count the same as paper ones.');
  });
});

// Belarus calling up its own reservists is another country's mobilization, told with Belarus as
// the subject or the army named ("Belarus has called up", "белорусские резервисты"). Belarus named
// otherwise (training grounds there, a route out) does not veto Russia's call-up.
describe("Belarus's own call-up is not Russia's", () => {
  it.each([
    ['en', 'Belarus has called up 300,000 reservists, Minsk said.'],
    ['ru', 'Белоруссия призвала 300 тысяч резервистов.'],
    ['uk', 'Білорусь мобілізувала 300 тисяч резервістів.'],
    ['de', 'Belarus beruft 300.000 Reservisten ein.'],
    ['de', 'Belarus hat 300.000 Reservisten einberufen.'],
    ['fr', 'La Biélorussie a mobilisé 300 000 réservistes.'],
    ['es', 'Bielorrusia ha movilizado a 300.000 reservistas.'],
    ['it', 'La Bielorussia ha mobilitato 300 mila riservisti.'],
    ['pt', 'A Bielorrússia mobilizou 300 mil reservistas.'],
    ['pl', 'Białoruś powołała 300 tysięcy rezerwistów.'],
    ['nl', 'Belarus heeft 300.000 reservisten gemobiliseerd.'],
    ['en', 'Serbia put 300,000 reservists on alert.'],
  ])('stays silent on the number (%s: %s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('how-many-mobilized');
  });

  it.each([
    ['en', 'More than 300,000 reservists called up in Russia were trained on grounds in Russia and Belarus.'],
    ['ru', 'Шойгу сообщил, что 300 тысяч мобилизованных прошли подготовку, в том числе на полигонах в Белоруссии.'],
  ])("still highlights Russia's call-up with Belarus named otherwise (%s)", (lang, text) => {
    expect(questions(text, lang)).toContain('how-many-mobilized');
  });
});
