/**
 * Those who train the mobilized (instructors, trainers, Ausbilder, formateurs…) are chosen for
 * their combat experience, so a sentence about them carries the words of "who can be called up"
 * (combat experience + the mobilized) without saying who is called up. The instructors concept
 * vetoes that question in all ten languages; who is called up stays highlighted, training or not.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('instructors of the mobilized are not who is called up', () => {
  it.each([
    ['en', 'About 3,000 instructors with combat experience work with the mobilized reservists.'],
    ['ru', 'По словам Шойгу, с мобилизованными занимаются около трех тысяч инструкторов, имеющих боевой опыт.'],
    ['uk', 'Шойгу додав, що до роботи з мобілізованими залучено близько трьох тисяч інструкторів з бойовим досвідом.'],
    ['de', 'Rund 3000 Ausbilder mit Kampferfahrung arbeiten mit den mobilisierten Reservisten.'],
    ['fr', 'Environ 3 000 instructeurs ayant une expérience du combat encadrent les réservistes mobilisés.'],
    ['es', 'Unos 3.000 instructores con experiencia de combate trabajan con los reservistas movilizados.'],
    ['it', 'Circa 3.000 istruttori con esperienza di combattimento addestrano i riservisti mobilitati.'],
    ['pt', 'Cerca de 3.000 instrutores com experiência de combate treinam os reservistas mobilizados.'],
    ['pl', 'Około 3000 instruktorów z doświadczeniem bojowym szkoli zmobilizowanych rezerwistów.'],
    ['nl', 'Zo’n 3000 instructeurs met gevechtservaring trainen de gemobiliseerde reservisten.'],
  ])('stays silent on instructors with combat experience (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('who-can-be-called-up');
  });

  it.each([
    ['en', 'Only reservists with combat experience will be called up, the minister said.'],
    ['en', 'Only reservists with combat experience will be called up and will get additional training first.'],
    ['ru', 'Призовут только резервистов с боевым опытом, заявил министр.'],
    ['de', 'Eingezogen werden nur Reservisten mit Kampferfahrung, sagte der Minister.'],
    ['fr', 'Seuls les réservistes ayant une expérience militaire seront mobilisés, a dit le ministre.'],
    ['es', 'Solo serán movilizados los reservistas con experiencia militar, dijo el ministro.'],
    ['pl', 'Powołani zostaną tylko rezerwiści z doświadczeniem bojowym, powiedział minister.'],
  ])('still highlights who is called up, training or not (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('who-can-be-called-up');
  });
});
