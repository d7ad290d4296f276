/**
 * A second wave answers "did Russia call up more men?" only with a stance: it began, was
 * announced, is being prepared, will come, or it is denied ("not planned", "not being
 * discussed", "there is none"), and only when it is Russia's (Russia, the Kremlin, Putin… named
 * in the sentence or the one before). A sentence that only names a second wave (fears of it, what
 * it would cost) states no answer, in any of the ten languages. Sentences invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('a second wave named without a stance', () => {
  it.each([
    ['en', 'Many families fear a second wave of mobilization.'],
    ['en', 'A second wave of mobilization would be a disaster for the economy.'],
    ['ru', 'Многие семьи боятся второй волны мобилизации.'],
    ['uk', 'Багато родин бояться другої хвилі мобілізації.'],
    ['de', 'Viele Familien fürchten eine zweite Welle der Mobilisierung.'],
    ['fr', 'Beaucoup de familles redoutent une deuxième vague de mobilisation.'],
    ['es', 'Muchas familias temen una segunda ola de movilización.'],
    ['it', 'Molte famiglie temono una seconda ondata di mobilitazione.'],
    ['pt', 'Muitas famílias temem uma segunda onda de mobilização.'],
    ['pl', 'Wiele rodzin obawia się drugiej fali mobilizacji.'],
    ['nl', 'Veel gezinnen vrezen een tweede golf van mobilisatie.'],
  ])('is no answer (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('more-waves');
  });
});

describe('a second wave with a stance', () => {
  it.each([
    ['en', 'A second wave of mobilization began in several Russian regions this week.'],
    ['ru', 'На этой неделе в нескольких регионах России началась вторая волна мобилизации.'],
    ['uk', 'Цього тижня в кількох регіонах Росії почалася друга хвиля мобілізації.'],
    ['de', 'In mehreren russischen Regionen hat diese Woche eine zweite Welle der Mobilisierung begonnen.'],
    ['fr', 'Une deuxième vague de mobilisation a commencé cette semaine dans plusieurs régions russes.'],
    ['es', 'Esta semana comenzó una segunda ola de movilización en varias regiones rusas.'],
    ['it', 'Questa settimana è iniziata una seconda ondata di mobilitazione in diverse regioni russe.'],
    ['pt', 'Nesta semana começou uma segunda onda de mobilização em várias regiões russas.'],
    ['pl', 'W tym tygodniu w kilku rosyjskich regionach rozpoczęła się druga fala mobilizacji.'],
    ['nl', 'Deze week is in verschillende Russische regio’s een tweede golf van mobilisatie begonnen.'],
  ])('that it began is an answer (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('more-waves');
  });

  it.each([
    ['en', 'The Kremlin said a second wave of mobilization is not being discussed.'],
    ['ru', 'В Кремле заявили, что вторая волна мобилизации не обсуждается.'],
    ['ru', 'В Кремле сказали, что в России нет никакой второй волны мобилизации.'],
    ['uk', 'У Кремлі заявили, що друга хвиля мобілізації не обговорюється.'],
    ['de', 'Der Kreml sagte, eine zweite Welle der Mobilisierung stehe nicht zur Debatte.'],
    ['fr', "Le Kremlin a dit qu'une deuxième vague de mobilisation n'est pas à l'ordre du jour."],
    ['es', 'El Kremlin dijo que no se discute una segunda ola de movilización.'],
    ['it', 'Il Cremlino ha detto che non si discute una seconda ondata di mobilitazione.'],
    ['pt', 'O Kremlin disse que não se discute uma segunda onda de mobilização.'],
    ['pl', 'Kreml oświadczył, że druga fala mobilizacji nie jest omawiana.'],
    ['nl', 'Het Kremlin zei dat een tweede golf van mobilisatie niet aan de orde is.'],
  ])('a denial is an answer (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('more-waves');
  });

  it('an announcement or a preparation is an answer', () => {
    expect(questions('Russian officials announced a second wave of mobilization for January.', 'en')).toContain('more-waves');
    expect(questions('Moskau bereitet eine zweite Welle der Mobilisierung für den Winter vor.', 'de')).toContain('more-waves');
  });
});
