/**
 * Two kinds of sentence that name a pack claim's words without making the claim, in the ten
 * languages. A denial of a second wave answers "did Russia call up more men?" only when it is
 * Russia's: the Kremlin, Putin (also by his role: the Russian president, the Kremlin chief, in
 * Russian the head of state), Peskov, Shoigu, the Duma, Moscow or Russia named in the sentence or
 * the one before; another state's ministry denying its own second wave is no answer. And a
 * sentence that reports a question about the end of the call-up ("answered a question about
 * the end of the mobilization") does not say it ended. Sentences invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

/** The same denial, with no state named. */
const unnamedDenials: Array<[string, string]> = [
  ['en', 'The ministry said a second wave of mobilization is not being discussed.'],
  ['ru', 'В министерстве заявили, что вторая волна мобилизации не обсуждается.'],
  ['uk', 'У міністерстві заявили, що друга хвиля мобілізації не обговорюється.'],
  ['de', 'Das Ministerium sagte, eine zweite Welle der Mobilisierung stehe nicht zur Debatte.'],
  ['fr', "Le ministère a dit qu'une deuxième vague de mobilisation n'est pas à l'ordre du jour."],
  ['es', 'El ministerio dijo que no se discute una segunda ola de movilización.'],
  ['it', 'Il ministero ha detto che non si discute una seconda ondata di mobilitazione.'],
  ['pt', 'O ministério disse que não se discute uma segunda onda de mobilização.'],
  ['pl', 'Ministerstwo oświadczyło, że druga fala mobilizacji nie jest omawiana.'],
  ['nl', 'Het ministerie zei dat een tweede golf van mobilisatie niet aan de orde is.'],
];

/** A sentence before it that names the Kremlin's spokesman and makes no claim. */
const spokesmanFirst: Record<string, string> = {
  en: 'Dmitry Peskov spoke to reporters on Monday.',
  ru: 'Дмитрий Песков в понедельник говорил с журналистами.',
  uk: 'Дмитро Пєсков у понеділок говорив із журналістами.',
  de: 'Dmitri Peskow sprach am Montag mit Journalisten.',
  fr: 'Dmitri Peskov a parlé lundi aux journalistes.',
  es: 'Dmitri Peskov habló el lunes con los periodistas.',
  it: 'Dmitrij Peskov ha parlato lunedì con i giornalisti.',
  pt: 'Dmitri Peskov falou na segunda-feira com os jornalistas.',
  pl: 'Dmitrij Pieskow rozmawiał w poniedziałek z dziennikarzami.',
  nl: 'Dmitri Peskov sprak maandag met journalisten.',
};

describe('a denial of a second wave', () => {
  it.each(unnamedDenials)('is no answer with no Russian side named (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('more-waves');
  });

  it.each(unnamedDenials)('answers when the sentence before names the Kremlin spokesman (%s)', (lang, text) => {
    expect(questions(`${spokesmanFirst[lang]} ${text}`, lang)).toContain('more-waves');
  });

  it.each([
    ['uk', 'Міністр оборони України заявив, що друга хвиля мобілізації не планується.'],
    ['en', "Kyiv's defence minister denied that a second wave of mobilization is planned."],
    ['de', 'Der litauische Verteidigungsminister sagte, eine zweite Welle der Mobilisierung stehe nicht zur Debatte.'],
  ])("is no answer when it is another state's own (%s)", (lang, text) => {
    expect(questions(text, lang)).not.toContain('more-waves');
  });

  it('counts Putin named by his role in Russian, where the head of state is Russia\'s', () => {
    expect(questions('Глава государства заявил, что вторая волна мобилизации не обсуждается.', 'ru')).toContain('more-waves');
    expect(questions('Частичная мобилизация закончилась осенью.\nВторой волны мобилизации, по словам главы государства, не будет.', 'ru')).toContain('more-waves');
  });

  it('does not count a head of state named in Ukrainian, who is as often Ukraine\'s own', () => {
    expect(questions('Глава держави заявив, що друга хвиля мобілізації не обговорюється.', 'uk')).not.toContain('more-waves');
  });
});

describe('a question about the end of the call-up', () => {
  it.each([
    ['en', 'The Kremlin answered a question about the end of the partial mobilization.'],
    ['ru', 'В Кремле ответили на вопрос о завершении частичной мобилизации.'],
    ['uk', 'У Кремлі відповіли на питання про завершення часткової мобілізації.'],
    ['de', 'Der Kreml antwortete auf eine Frage nach dem Abschluss der Teilmobilmachung.'],
    ['fr', 'Le Kremlin a répondu à une question sur la fin de la mobilisation partielle.'],
    ['es', 'El Kremlin respondió a una pregunta sobre el fin de la movilización parcial.'],
    ['it', 'Il Cremlino ha risposto a una domanda sulla fine della mobilitazione parziale.'],
    ['pt', 'O Kremlin respondeu a uma pergunta sobre o fim da mobilização parcial.'],
    ['pl', 'Kreml odpowiedział na pytanie o zakończenie częściowej mobilizacji.'],
    ['nl', 'Het Kremlin beantwoordde een vraag over het einde van de mobilisatie.'],
  ])('does not say it ended (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('when-mobilization-complete');
  });

  it.each([
    ['en', 'The Kremlin said the partial mobilization is over.'],
    ['ru', 'В Кремле заявили, что частичная мобилизация завершена.'],
    ['uk', 'У Кремлі заявили, що часткову мобілізацію завершено.'],
    ['de', 'Der Kreml sagte, die Teilmobilmachung sei abgeschlossen.'],
    ['fr', 'Le Kremlin a dit que la mobilisation partielle est terminée.'],
    ['es', 'El Kremlin dijo que la movilización parcial está terminada.'],
    ['it', 'Il Cremlino ha detto che la mobilitazione parziale è conclusa.'],
    ['pt', 'O Kremlin disse que a mobilização parcial está concluída.'],
    ['pl', 'Kreml oświadczył, że częściowa mobilizacja jest zakończona.'],
    ['nl', 'Het Kremlin zei dat de gedeeltelijke mobilisatie is afgerond.'],
  ])('while saying that it ended still does (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('when-mobilization-complete');
  });
});
