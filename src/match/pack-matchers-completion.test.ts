/**
 * Matchers and concepts added for the classes the held-out splits missed or mis-highlighted:
 * the end of the mobilization stated in each language's usual words (a city's or the country's:
 * "tasks fulfilled in full", "prend fin", "punto final"), "no decree is needed" to end it, the
 * Georgian ministry's exact entry counts, and a country's "mobilization resource" (how many men
 * it could call up), which says nothing of who is called up.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('the end of the mobilization, in ten languages', () => {
  const ended: Array<[string, string]> = [
    ['en', 'The mayor said the partial mobilization tasks in the capital have been fully completed.'],
    ['en', 'On Monday the mayor announced the end of the partial mobilization in his city.'],
    ['ru', 'Мэр заявил, что задачи по частичной мобилизации в столице выполнены в полном объеме.'],
    ['uk', 'Мер заявив, що завдання з часткової мобілізації в столиці виконані в повному обсязі.'],
    ['de', 'Die Aufgaben der Teilmobilmachung seien in der Hauptstadt vollständig erfüllt, sagte der Bürgermeister.'],
    ['fr', 'Selon le maire, la mobilisation partielle a pris fin dans la capitale.'],
    ['es', 'El alcalde dio por concluido el proceso de movilización en la capital.'],
    ['it', 'Il sindaco ha annunciato la cessazione della mobilitazione nella capitale.'],
    ['pt', 'A mobilização parcial foi encerrada na capital, disse o prefeito.'],
    ['pl', 'Mobilizacja w stolicy została zakończona, ogłosił mer.'],
    ['nl', 'De mobilisatie in de hoofdstad is afgelopen, zei de burgemeester.'],
  ];
  it.each(ended)('%s: %s', (lang, sentence) => {
    expect(questions(sentence, lang)).toContain('when-mobilization-complete');
  });

  it('does not take "the end of September" for the end of the mobilization', () => {
    expect(questions('The partial mobilization was announced by the president at the end of September.', 'en')).not.toContain('when-mobilization-complete');
  });
});

describe('no decree is needed to end it', () => {
  const noDecree: Array<[string, string]> = [
    ['en', 'A new decree is not needed to end the mobilization, the spokesman said.'],
    ['ru', 'Для завершения мобилизации указ не нужен, заявил пресс-секретарь.'],
    ['de', 'Ein Dekret zum Ende der Mobilmachung sei nicht nötig, sagte der Sprecher.'],
    ['fr', 'Un décret mettant fin à la mobilisation n’est pas nécessaire, selon le porte-parole.'],
  ];
  it.each(noDecree)('%s: %s', (lang, sentence) => {
    expect(questions(sentence, lang)).toContain('when-mobilization-complete');
  });
});

describe("Georgia's exact entry counts", () => {
  it('highlights 53,136 entries and 6,109 in a day, never a rounded 53,000', () => {
    expect(questions('Between 21 and 26 September, 53,136 Russians entered Georgia.', 'en')).toContain('georgia-arrivals');
    expect(questions('Według MSW w ciągu doby do Gruzji wjechało 6109 obywateli Rosji.', 'pl')).toContain('georgia-arrivals');
    expect(questions('About 53,000 Russians entered Georgia in a week.', 'en')).not.toContain('georgia-arrivals');
  });
});

describe('a mobilization resource is not who is called up', () => {
  it('stays silent on the size of the pool of men who served', () => {
    expect(questions('Министр добавил, что у страны огромный мобилизационный ресурс из тех, кто отслужил и имеет боевой опыт.', 'ru')).not.toContain('who-can-be-called-up');
    expect(questions('The country has a vast mobilization reserve of men with combat experience, the minister added.', 'en')).not.toContain('who-can-be-called-up');
  });

  it('still highlights who is called up', () => {
    expect(questions('Only reservists with combat experience will be called up, the minister said.', 'en')).toContain('who-can-be-called-up');
  });
});

describe('long queues at the borders, and who is called up, in the words outlets use', () => {
  it('highlights long queues at the border without a distance', () => {
    expect(questions('Longas filas se formaram na fronteira com a Geórgia.', 'pt')).toContain('border-queues');
    expect(questions('De longues files se sont formées à la frontière géorgienne.', 'fr')).toContain('border-queues');
  });

  it('stays silent on a long line that is not at a border', () => {
    expect(questions('Longas filas se formaram diante dos bancos.', 'pt')).not.toContain('border-queues');
  });

  it('reads "citizens in the reserve who have served" as who is called up', () => {
    expect(questions('Seuls les citoyens qui sont dans la réserve et qui ont servi dans l’armée seront concernés.', 'fr')).toContain('who-can-be-called-up');
    expect(questions('Призовут граждан, которые находятся в запасе и отслужили в армии.', 'ru')).toContain('who-can-be-called-up');
  });
});
