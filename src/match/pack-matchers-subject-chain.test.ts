/**
 * The subject named in a neighbouring sentence: a place named in one sentence stands for the
 * next, and a claim sentence that took it from there names it for the sentence after it too,
 * for any claim of the same question. A sentence that states no claim ends the chain. Sentences
 * invented for the test, in the ten languages the pack reads.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();

describe('a subject carried through consecutive claim sentences', () => {
  it.each([
    ['en', 'Kazakhstan reported a sharp rise in arrivals. About 98,000 Russians have entered the country since the call-up. By early October 200,000 had entered.'],
    ['ru', 'Казахстан сообщил о резком росте числа прибывших. С начала мобилизации в страну въехали около 98 тысяч россиян. К началу октября въехали уже 200 тысяч.'],
    ['uk', 'Казахстан повідомив про різке зростання кількості прибулих. Від початку мобілізації до країни в’їхали близько 98 тисяч росіян. На початку жовтня в’їхали вже 200 тисяч.'],
    ['de', 'Kasachstan meldete einen starken Anstieg der Ankünfte. Seit der Mobilmachung sind rund 98.000 Russen eingereist. Anfang Oktober waren bereits 200.000 eingereist.'],
    ['fr', 'Le Kazakhstan a signalé une forte hausse des arrivées. Depuis la mobilisation, environ 98 000 Russes sont entrés dans le pays. Début octobre, 200 000 étaient déjà entrés.'],
    ['es', 'Kazajistán informó de un fuerte aumento de llegadas. Desde la movilización han entrado unos 98.000 rusos. A principios de octubre ya habían entrado 200.000.'],
    ['it', "Il Kazakistan ha segnalato un forte aumento degli arrivi. Dalla mobilitazione sono entrati circa 98.000 russi. All'inizio di ottobre ne erano già entrati 200.000."],
    ['pt', 'O Cazaquistão relatou um forte aumento das chegadas. Desde a mobilização entraram cerca de 98 mil russos. No início de outubro já tinham entrado 200 mil.'],
    ['pl', 'Kazachstan odnotował gwałtowny wzrost przyjazdów. Od ogłoszenia mobilizacji wjechało około 98 tys. Rosjan. Na początku października wjechało już 200 tys. osób.'],
    ['nl', 'Kazachstan meldde een sterke stijging van het aantal aankomsten. Sinds de mobilisatie zijn ongeveer 98.000 Russen binnengekomen. Begin oktober waren er al 200.000 binnengekomen.'],
  ])('the third sentence still counts arrivals in Kazakhstan (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toEqual(expect.arrayContaining(['kz-atalykov-98k', 'kz-akhmetzhanov-200k']));
  });

  it('a sentence that states no claim ends the chain', () => {
    expect(claimIds('Kazakhstan reported a sharp rise in arrivals. Border posts were busy all week. By early October 200,000 had entered.', 'en')).not.toContain('kz-akhmetzhanov-200k');
    expect(claimIds('Казахстан сообщил о резком росте числа прибывших. Пограничные посты работали всю неделю. К началу октября въехали уже 200 тысяч.', 'ru')).not.toContain('kz-akhmetzhanov-200k');
  });

  it('a sentence that names another place takes no subject passed on from further back', () => {
    const text = 'About 5,000 Russians entered Georgia daily before. Now this number has risen to 10,000.\nAt the Kazakh border officials said 10,000 to 11,000 Russians arrive every day.';
    expect(claimIds(text, 'en')).toEqual(['ge-gomelauri-10k-day']);
  });
});
