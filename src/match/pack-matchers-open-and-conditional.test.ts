/**
 * Sentences that carry a claim's figure and words but state nothing as fact, in ten languages,
 * none of them seen on a page: a conditional without Russia named ("if they mobilize another
 * 300,000"), a figure told as what could happen ("another 300,000 could be called up"), and an
 * open question ("whether 700,000 really left is unclear"). Three concepts veto them on every
 * figure matcher: `hypothetical` (now any conditional, not only one naming Russia), `modal-figure`
 * (except the claims that are themselves what could happen: Putin's "could be called up", the
 * decree's million) and `open-question`. Stated claims beside them still count.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();
const figureQuestions = ['how-many-mobilized', 'how-many-left-russia'];
const statesNoFigure = (sentence: string, lang: string): void => {
  expect(questions(sentence, lang).filter((id) => figureQuestions.includes(id))).toEqual([]);
};

describe('a conditional call-up, with or without Russia named, is not the call-up', () => {
  it.each([
    ['en', 'If they mobilize another 300,000 men, the front will hardly move.'],
    ['en', 'If a second wave comes, up to 1 million men could be mobilized.'],
    ['en', 'Should a new call-up follow, some 700,000 more people might leave the country.'],
    ['en', 'In the event of a general mobilization, 1 million men could be called up.'],
    ['en', 'Were the authorities to call up 300,000 more, the economy would suffer.'],
    ['en', 'Unless the war ends, 200,000 more reservists may be called up this winter.'],
    ['ru', 'Если мобилизуют ещё 300 тысяч человек, фронт не сдвинется.'],
    ['ru', 'Если начнётся вторая волна, могут призвать до 1 миллиона мужчин.'],
    ['ru', 'В случае новой мобилизации страну могут покинуть ещё 700 тысяч человек.'],
    ['uk', 'Якщо мобілізують ще 300 тисяч чоловіків, фронт не зрушить.'],
    ['uk', 'Якщо оголосять нову мобілізацію, країну можуть покинути ще 700 тисяч людей.'],
    ['de', 'Wenn sie weitere 300.000 Männer mobilisieren, wird sich die Front kaum bewegen.'],
    ['de', 'Falls eine zweite Welle kommt, könnten bis zu eine Million Männer eingezogen werden.'],
    ['de', 'Sollte es zu einer neuen Mobilisierung kommen, könnten 700.000 weitere Menschen das Land verlassen.'],
    ['fr', "S'ils mobilisent 300 000 hommes de plus, le front ne bougera guère."],
    ['es', 'Si movilizan a otros 300.000 hombres, el frente apenas cambiará.'],
    ['it', 'Se mobilitassero altri 300.000 uomini, il fronte cambierebbe poco.'],
    ['pt', 'Se mobilizarem mais 300 mil homens, a frente pouco mudará.'],
    ['pl', 'Jeśli zmobilizują kolejne 300 tysięcy mężczyzn, front się nie zmieni.'],
    ['nl', 'Als ze nog eens 300.000 mannen mobiliseren, verandert het front nauwelijks.'],
  ])('%s: %s', (lang, sentence) => statesNoFigure(sentence, lang));
});

describe('a figure told as what could happen is not the claim', () => {
  it.each([
    ['en', 'Another 300,000 reservists could be called up next year, analysts say.'],
    ['ru', 'Могут призвать ещё 300 тысяч резервистов, считают аналитики.'],
    ['uk', 'У разі нової хвилі можуть призвати ще 300 тисяч резервістів.'],
    ['de', 'Weitere 300.000 Reservisten könnten im Winter einberufen werden.'],
    ['fr', '300 000 réservistes supplémentaires pourraient être mobilisés cet hiver.'],
    ['es', 'Otros 300.000 reservistas podrían ser llamados a filas este invierno.'],
    ['it', "Altri 300.000 riservisti potrebbero essere richiamati quest'inverno."],
    ['pt', 'Outros 300 mil reservistas poderiam ser convocados neste inverno.'],
    ['pl', 'Kolejne 300 tysięcy rezerwistów może zostać powołanych zimą.'],
    ['nl', 'Nog eens 300.000 reservisten kunnen deze winter worden opgeroepen.'],
  ])('%s: %s', (lang, sentence) => statesNoFigure(sentence, lang));

  it('keeps the claims that are themselves what could happen', () => {
    expect(questions('Putin said that 300,000 reservists could be called up.', 'en')).toContain('how-many-mobilized');
    expect(questions('Reports suggested that up to 1 million men could be called up under the decree.', 'en')).toContain('how-many-mobilized');
  });
});

describe('an open question about a figure is not the figure', () => {
  it.each([
    ['en', 'Whether Russia will call up another 300,000 reservists remains unclear.'],
    ['en', 'It is unclear whether 700,000 people really left Russia.'],
    ['en', 'Nobody knows if 300,000 reservists have actually been called up.'],
    ['ru', 'Неизвестно, будут ли призваны ещё 300 тысяч резервистов.'],
    ['ru', 'Непонятно, действительно ли страну покинули 700 тысяч человек.'],
    ['uk', 'Невідомо, чи будуть призвані ще 300 тисяч резервістів.'],
    ['uk', 'Незрозуміло, чи справді країну покинули 700 тисяч людей.'],
    ['de', 'Ob Russland weitere 300.000 Reservisten einberuft, ist unklar.'],
    ['de', 'Unklar ist, ob tatsächlich 700.000 Menschen Russland verlassen haben.'],
    ['fr', 'On ignore si 300 000 réservistes supplémentaires seront mobilisés.'],
    ['fr', 'Reste à savoir si 700 000 personnes ont vraiment quitté la Russie.'],
    ['es', 'No está claro si se movilizarán otros 300.000 reservistas.'],
    ['es', 'Se desconoce si 700.000 personas realmente abandonaron Rusia.'],
    ['it', 'Non è chiaro se verranno richiamati altri 300.000 riservisti.'],
    ['it', 'Resta da capire se 700.000 persone abbiano davvero lasciato la Russia.'],
    ['pt', 'Não está claro se outros 300 mil reservistas serão convocados.'],
    ['pt', 'Não se sabe se 700 mil pessoas realmente deixaram a Rússia.'],
    ['pl', 'Nie wiadomo, czy zostanie powołanych kolejne 300 tysięcy rezerwistów.'],
    ['pl', 'Nie jest jasne, czy 700 tysięcy osób naprawdę opuściło Rosję.'],
    ['nl', 'Het is onduidelijk of er nog eens 300.000 reservisten worden opgeroepen.'],
    ['nl', 'Of 700.000 mensen Rusland echt hebben verlaten, is niet duidelijk.'],
  ])('%s: %s', (lang, sentence) => statesNoFigure(sentence, lang));
});

describe('stated figures beside them still count', () => {
  it.each([
    ['en', 'Russia has called up 300,000 reservists so far.'],
    ['en', 'Shoigu said 300,000 reservists would be called up.'],
    ['ru', 'Россия уже призвала 300 тысяч резервистов.'],
    ['uk', 'Росія вже призвала 300 тисяч резервістів.'],
    ['de', 'Russland hat bisher 300.000 Reservisten einberufen.'],
    ['fr', 'La Russie a déjà mobilisé 300 000 réservistes.'],
    ['es', 'Rusia ya ha movilizado a 300.000 reservistas.'],
    ['es', 'Después de que Putin convocara a 300.000 reservistas, crecieron las colas en la frontera.'],
    ['it', 'La Russia ha già richiamato 300.000 riservisti.'],
    ['pt', 'A Rússia já convocou 300 mil reservistas.'],
    ['pl', 'Rosja powołała już 300 tysięcy rezerwistów.'],
    ['nl', 'Rusland heeft al 300.000 reservisten opgeroepen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(questions(sentence, lang)).toContain('how-many-mobilized');
  });
});
