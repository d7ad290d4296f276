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
    ['en', 'The spokesman commented on rumours that Russia would start a second wave of mobilization.'],
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
    ['fr', 'Interrogé sur les rumeurs, le Kremlin a dit qu’il n’y aura pas, selon lui, de deuxième vague de mobilisation.'],
    ['es', 'Ante los rumores, el Kremlin dijo que, a su juicio, no habrá una segunda ola de movilización.'],
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

// A question puts a claim up for doubt and states none, whatever its words and numbers
// (src/match/question-sentence.ts); the same words stated are the claim.
describe('a claim asked as a question', () => {
  it.each([
    ['en', 'Did 700,000 men really leave Russia after the call-up?', '700,000 men left Russia after the call-up.', 'how-many-left-russia'],
    ['ru', 'Правда ли, что из России уехали 700 тысяч человек?', 'Из России уехали 700 тысяч человек.', 'how-many-left-russia'],
    ['uk', 'Чи справді з Росії виїхали 700 тисяч людей?', 'З Росії виїхали 700 тисяч людей.', 'how-many-left-russia'],
    ['de', 'Haben wirklich 700.000 Menschen Russland verlassen?', '700.000 Menschen haben Russland verlassen.', 'how-many-left-russia'],
    ['fr', '700 000 Russes ont-ils vraiment quitté la Russie ?', '700 000 Russes ont quitté la Russie.', 'how-many-left-russia'],
    ['es', '¿Han abandonado Rusia realmente 700.000 personas?', '700.000 personas han abandonado Rusia.', 'how-many-left-russia'],
    ['it', 'Davvero 700.000 russi hanno lasciato la Russia?', '700.000 russi hanno lasciato la Russia.', 'how-many-left-russia'],
    ['pt', 'Será que 700 mil russos deixaram a Rússia?', '700 mil russos deixaram a Rússia.', 'how-many-left-russia'],
    ['pl', 'Czy naprawdę 700 tysięcy Rosjan opuściło Rosję?', '700 tysięcy Rosjan opuściło Rosję.', 'how-many-left-russia'],
    ['nl', 'Hebben echt 700.000 Russen Rusland verlaten?', '700.000 Russen hebben Rusland verlaten.', 'how-many-left-russia'],
    ['en', 'Will Russia call up another 300,000 men this winter?', 'Russia called up 300,000 men.', 'how-many-mobilized'],
  ])('is not highlighted, stated it is (%s: %s)', (lang, asked, stated, questionId) => {
    expect(questions(asked, lang)).not.toContain(questionId);
    expect(questions(stated, lang)).toContain(questionId);
  });
});
