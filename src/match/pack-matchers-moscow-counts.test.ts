/**
 * Matchers for claims stated without the words the broader matchers need: Moscow's mayor saying
 * the city's mobilization tasks are fulfilled ("the objectives … have been fully met"), the
 * Georgian ministry's 11,200 entries of 25 September, "more than 200,000 mobilized, per official
 * data" and Ukrainian "залишили" (left). Each has look-alikes that
 * must stay silent: another city, other goals, other countries and years, money, near numbers.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe("Moscow's mobilization tasks fulfilled, in ten languages", () => {
  it.each([
    ['en', 'The mayor declared that the objectives established for the Russian capital have been fully met.'],
    ['en', 'Moscow has completed tasks on partial mobilization set by the defence ministry, the city mayor announced.'],
    ['ru', 'По словам Собянина, цели, установленные указом президента, выполнены в полном объеме.'],
    ['uk', 'За словами Собяніна, завдання часткової мобілізації у Москві виконані.'],
    ['de', 'Die Ziele der Teilmobilmachung in Moskau seien erfüllt, sagte Bürgermeister Sobjanin.'],
    ['fr', "Selon l'édile russe, les objectifs de mobilisation partielle ont été pleinement remplis."],
    ['es', 'El alcalde de Moscú dijo que los objetivos de la movilización se han cumplido.'],
    ['it', 'Il sindaco di Mosca ha annunciato di aver raggiunto la quota di coscritti.'],
    ['pt', 'O prefeito disse que as tarefas de mobilização parcial em Moscou foram cumpridas.'],
    ['pt', 'A chamada parcial dos reservistas foi oficialmente encerrada em Moscou.'],
    ['pt', 'Moscou implementou plenamente as tarefas de mobilização parcial.'],
    ['pl', 'Mer Moskwy ogłosił, że zadania mobilizacji zostały wykonane.'],
    ['nl', 'De burgemeester van Moskou zei dat de doelen van de mobilisatie zijn bereikt.'],
  ])('%s: %s', (lang, text) => {
    expect(questions(text, lang)).toContain('when-mobilization-complete');
  });

  it('stays silent on other goals, another city, and Ukraine', () => {
    for (const [lang, text] of [
      ['en', "Sobyanin said the goals of the city's housing programme have been fully met."],
      ['en', 'The mayor of Kyiv said the objectives of the defence of the capital have been fully met.'],
      ['en', 'The mayor said the tasks of the school year were completed.'],
      ['ru', 'Собянин заявил, что цели программы реновации выполнены в полном объеме.'],
      ['uk', 'Мер Києва заявив, що завдання мобілізації в Україні виконані.'],
      ['fr', 'Le maire de Paris a dit que les objectifs du budget ont été atteints.'],
      ['pt', 'A chamada telefônica foi encerrada em Moscou.'],
      ['pt', 'A prefeitura implementou plenamente as tarefas do orçamento.'],
    ] as const) {
      expect(questions(text, lang), text).not.toContain('when-mobilization-complete');
    }
  });
});

describe("Georgia's 11,200 entries of 25 September", () => {
  it.each([
    ['en', 'According to him, almost 11 200 Russian citizens arrived in Georgia on September 25.'],
    ['ru', 'В воскресенье в Грузию въехали 11 200 граждан России.'],
    ['de', 'Am Sonntag sind 11.200 Russen nach Georgien eingereist.'],
  ])('%s: %s', (lang, text) => {
    expect(questions(text, lang)).toEqual(['georgia-arrivals']);
  });

  it('stays exact: another country, another year, near numbers, money', () => {
    for (const [lang, text] of [
      ['en', 'Almost 11,200 Russian citizens arrived in Kazakhstan on September 25.'],
      ['en', 'In 2019, 11,200 Russian citizens arrived in Georgia in one day.'],
      ['en', 'Almost 11,000 Russian citizens arrived in Georgia on September 25.'],
      ['en', 'Almost 112,000 Russian citizens arrived in Georgia in September.'],
      ['en', 'Each Russian who arrived in Georgia paid 11,200 roubles for the taxi.'],
    ] as const) {
      expect(questions(text, lang), text).not.toContain('georgia-arrivals');
    }
  });
});

describe('more than 200,000 mobilized, per official data', () => {
  it.each([
    ['uk', 'Понад 200 тисяч росіян, за офіційними даними, мобілізовано на війну.'],
    ['ru', 'По официальным данным, мобилизовано более 200 тысяч россиян.'],
    ['en', 'According to official figures, more than 200,000 Russians have been mobilized.'],
  ])('%s: %s', (lang, text) => {
    expect(questions(text, lang)).toContain('how-many-mobilized');
  });

  it("stays silent on departures, Ukraine's mobilization, other years and near numbers", () => {
    for (const [lang, text] of [
      ['en', 'Officially, 200,000 Russians have entered Kazakhstan since the mobilization.'],
      ['en', 'According to official figures, 200,000 Russians have left since the mobilization.'],
      ['uk', 'За офіційними даними, в Україні мобілізовано 200 тисяч.'],
      ['en', 'According to official figures, 200,000 Russians were mobilized in 2024.'],
      ['en', 'According to official figures, more than 20,000 Russians have been mobilized.'],
    ] as const) {
      expect(questions(text, lang), text).not.toContain('how-many-mobilized');
    }
  });
});

describe('local verbs', () => {
  it('Ukrainian "залишили": left Russia', () => {
    expect(questions('З 21 вересня Росію залишили 700 тисяч людей.', 'uk')).toEqual(['how-many-left-russia']);
    expect(questions('З початку війни Україну залишили 700 тисяч людей.', 'uk')).toEqual([]);
    expect(questions('Росіяни залишили 700 тисяч гривень у Грузії.', 'uk')).toEqual([]);
  });
});
