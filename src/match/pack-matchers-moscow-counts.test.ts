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
    ['en', 'The mayor said the Russian capital has fully met the objectives set for it.'],
    ['en', 'The city mayor announced that Moscow has completed the partial mobilization tasks the defence ministry set.'],
    ['ru', 'По словам Собянина, цели, установленные указом президента, выполнены в полном объеме.'],
    ['uk', 'За словами Собяніна, завдання часткової мобілізації у Москві виконані.'],
    ['de', 'Die Ziele der Teilmobilmachung in Moskau seien erfüllt, sagte Bürgermeister Sobjanin.'],
    ['fr', "Le maire russe affirme que les objectifs de mobilisation partielle ont été pleinement remplis."],
    ['es', 'El alcalde de Moscú dijo que los objetivos de la movilización se han cumplido.'],
    ['it', 'La quota di coscritti è stata raggiunta, ha annunciato il sindaco di Mosca.'],
    ['pt', 'O prefeito disse que as tarefas de mobilização parcial em Moscou foram cumpridas.'],
    ['pt', 'A chamada parcial dos reservistas foi oficialmente encerrada em Moscou.'],
    ['pt', 'As tarefas de mobilização parcial foram plenamente cumpridas em Moscou.'],
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
    ['en', 'On September 25, he said, almost 11 200 citizens of Russia arrived in Georgia.'],
    ['ru', 'В воскресенье в Грузию въехали 11 200 граждан России.'],
    ['de', 'Am Sonntag sind 11.200 Russen nach Georgien eingereist.'],
  ])('%s: %s', (lang, text) => {
    expect(questions(text, lang)).toEqual(['georgia-arrivals']);
  });

  it('stays exact: another country, another year, near numbers, money', () => {
    for (const [lang, text] of [
      ['en', 'Almost 11,200 Russian citizens arrived in Kazakhstan on September 25.'],
      ['en', 'In 2019, 11,200 Russian citizens arrived in Georgia in one day.'],
      ['en', 'On September 25 almost 11,000 citizens of Russia arrived in Georgia.'],
      ['en', 'Almost 112,000 Russian citizens arrived in Georgia in September.'],
      ['en', 'Each Russian who arrived in Georgia paid 11,200 roubles for the taxi.'],
    ] as const) {
      expect(questions(text, lang), text).not.toContain('georgia-arrivals');
    }
  });
});

describe('more than 200,000 mobilized, per official data', () => {
  it.each([
    ['uk', 'За офіційними даними, на війну мобілізовано понад 200 тисяч росіян.'],
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
    expect(questions('700 тисяч людей залишили Росію з 21 вересня.', 'uk')).toEqual(['how-many-left-russia']);
    expect(questions('З початку війни Україну залишили 700 тисяч людей.', 'uk')).toEqual([]);
    expect(questions('Росіяни залишили 700 тисяч гривень у Грузії.', 'uk')).toEqual([]);
  });
});
