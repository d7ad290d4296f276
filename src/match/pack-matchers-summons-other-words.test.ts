/**
 * The 2023 electronic-summons law told in other words, as real pages in nine languages write it:
 * "electronic notices", a Musterungsbescheid sent "auf elektronischem Weg", "ordres de
 * mobilisation par voie électronique", a reservist who "puede movilizarse electrónicamente",
 * mobilisatieorders "via digitale weg"; the day it was signed (14 April) or passed by the Duma
 * (11 April) named with its month; and the civil bans on a man who does not report (driving,
 * loans, real estate), with Russia in the sentence or the one before. Invented sentences; Ukraine,
 * another day and online groups stay unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('the summons sent electronically, in other words', () => {
  it.each([
    ['en', 'Putin has signed a bill allowing the authorities to issue electronic notices to reservists.'],
    ['de', 'In Russland darf ein Musterungsbescheid nun auch auf elektronischem Weg zugestellt werden, beschloss das Parlament.'],
    ['de', 'Einberufungsbescheide werden in Russland künftig auch auf digitalem Weg zugestellt.'],
    ['fr', "En Russie, les ordres de mobilisation pourront désormais partir par voie électronique, ont décidé les députés."],
    ['es', 'En Rusia, un reservista ahora puede movilizarse electrónicamente.'],
    ['it', 'In Russia le convocazioni saranno inviate online tramite Gosuslugi.'],
    ['pt', 'Na Rússia, os reservistas passam a receber as ordens de mobilização por via eletrônica.'],
    ['pl', 'Putin podpisał ustawę o elektronicznych zawiadomieniach dla rezerwistów.'],
    ['nl', 'Russische reservisten krijgen hun mobilisatieorders voortaan via digitale weg, na een wet die Poetin ondertekende.'],
  ])('is read as the law (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('electronic-summons-law');
  });
});

describe('the day the law was signed or passed', () => {
  it.each([
    ['en', 'Russian president Vladimir Putin signed the law on 14 April.'],
    ['de', 'Putin unterzeichnete das Gesetz am 14. April.'],
    ['ru', 'Путин подписал закон 14 апреля.'],
    ['en', 'The Duma passed the amendments on 11 April.'],
    ['fr', 'La Douma a adopté le texte le 11 avril.'],
    ['pl', 'Duma uchwaliła poprawki 11 kwietnia.'],
  ])('is read as the law (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('electronic-summons-law');
  });

  it('stays silent on another day or another law', () => {
    expect(questions('Putin signed the law on 4 August.', 'en')).not.toContain('electronic-summons-law');
    expect(questions('The Duma passed the budget on 14 April.', 'en')).not.toContain('electronic-summons-law');
  });
});

describe('the civil bans on a man who does not report', () => {
  it.each([
    ['en', 'Recipients who fail to show up would be barred from leaving Russia and have their driving licences suspended.'],
    ['ru', 'Если призывник не явится в военкомат, в России ему запретят брать кредиты.'],
    ['de', 'Wer in Russland der Einberufung nicht folgt, bekommt ein Fahrverbot.'],
    ['es', 'En Rusia, la negativa a presentarse privará a los interesados de recibir préstamos.'],
    ['pt', 'Na Rússia, quem não atender à convocação enfrentará a proibição de dirigir.'],
    ['nl', 'Wie zich in Rusland niet meldt bij het rekruteringsbureau, mag geen leningen meer afsluiten.'],
  ])('are read as the law (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('electronic-summons-law');
  });

  it('stay silent on Ukraine, on online groups and on loans alone', () => {
    expect(questions('In Ukraine, men who ignore a TCC summons lose their driving licence.', 'en')).not.toContain('electronic-summons-law');
    expect(questions('Online groups now coach Russian men on how to evade conscription, a lawyer said.', 'en')).not.toContain('electronic-summons-law');
    expect(questions('Russian men can take out loans online.', 'en')).not.toContain('electronic-summons-law');
  });
});
