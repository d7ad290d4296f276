/**
 * Sentences that only mention reports, rumours, talk or questions about a "second wave" or about
 * electronic summonses state nothing the pack's claims say: a spokesman commenting on reports, a
 * deputy not ruling a wave out, journalists asking. The `hearsay` concept vetoes them in the ten
 * languages, while a sentence that takes a stance (a denial, "no plans", "will be") still states
 * the question's answer, even when it names the rumours it denies.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('talk of a second wave of mobilization', () => {
  it.each([
    ['en', 'The spokesman commented on rumours of a second wave of mobilization in Russia.'],
    ['en', 'A regional deputy said a new wave of mobilization was not ruled out.'],
    ['ru', 'Представитель Кремля ответил на слухи о второй волне мобилизации.'],
    ['ru', 'Депутат не исключил новой волны мобилизации весной.'],
    ['uk', 'У Кремлі прокоментували чутки про другу хвилю мобілізації.'],
    ['de', 'Der Sprecher äußerte sich zu Gerüchten über eine zweite Welle der Mobilmachung.'],
    ['fr', 'Le porte-parole a été interrogé sur une deuxième vague de mobilisation.'],
    ['es', 'El portavoz fue preguntado por una segunda ola de movilización.'],
    ['it', 'Il portavoce ha commentato le indiscrezioni su una seconda ondata di mobilitazione.'],
    ['pt', 'O porta-voz comentou os rumores sobre uma segunda onda de mobilização.'],
    ['pl', 'Rzecznik odniósł się do plotek o drugiej fali mobilizacji.'],
    ['nl', 'De woordvoerder reageerde op geruchten over een tweede mobilisatiegolf.'],
  ])('is not read as an answer (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('more-waves');
  });
});

describe('a stance on a second wave', () => {
  it.each([
    ['en', 'The Kremlin said there are no plans for a second wave of mobilization.'],
    ['en', 'Asked about rumours, the Kremlin said there are no plans for a second wave of mobilization.'],
    ['ru', 'В Кремле заявили, что второй волны мобилизации не будет.'],
    ['ru', 'Песков назвал слухи пустыми: второй волны мобилизации не будет.'],
    ['de', 'Der Kreml erklärte, eine zweite Welle der Mobilmachung sei nicht geplant.'],
    ['uk', 'У Кремлі відкинули чутки: другої хвилі мобілізації не буде.'],
    ['fr', 'Interrogé sur les rumeurs, le Kremlin a dit qu’il n’y aura pas de deuxième vague de mobilisation.'],
    ['es', 'Ante los rumores, el Kremlin dijo que no habrá una segunda ola de movilización.'],
    ['it', 'Sulle voci di richiamo, il Cremlino ha detto che non ci sarà una seconda ondata di mobilitazione.'],
    ['pt', 'Sobre os rumores, o Kremlin disse que não haverá uma segunda onda de mobilização.'],
    ['pl', 'Kreml uciął plotki: drugiej fali mobilizacji nie będzie.'],
    ['nl', 'Het Kremlin reageerde op geruchten: er zijn geen plannen voor een tweede golf van mobilisatie.'],
  ])('still states the answer (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('more-waves');
  });

  it('still reads a second wave stated as fact', () => {
    expect(questions('A second wave of mobilization began in Russia in January.', 'en')).toContain('more-waves');
    expect(questions('В январе в России началась вторая волна мобилизации.', 'ru')).toContain('more-waves');
  });
});

describe('questions about electronic summonses', () => {
  it.each([
    ['en', 'Reporters then asked the Kremlin about electronic summonses.'],
    ['ru', 'Песков сказал, что в Думе много вопросов об электронных повестках.'],
    ['uk', 'Пєскова запитали про електронні повістки в Росії.'],
    ['de', 'Der Kremlsprecher wurde nach elektronischen Einberufungsbescheiden in Russland gefragt.'],
    ['pl', 'Rzecznik Kremla został zapytany o elektroniczne wezwania w Rosji.'],
  ])('is not read as the law (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('electronic-summons-law');
  });

  it('still reads the law itself', () => {
    expect(questions('The Duma approved electronic summonses on Tuesday.', 'en')).toContain('electronic-summons-law');
    expect(questions('Госдума одобрила электронные повестки во вторник.', 'ru')).toContain('electronic-summons-law');
  });
});
