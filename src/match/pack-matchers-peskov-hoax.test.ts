/**
 * The Kremlin spokesman dismissing the reported number of men who left, in the words real pages
 * use in every language: a hoax, a fake, "утка", "engaño", "farsa", "bufala", news not to be taken
 * seriously, figures far from the truth. Counts only with Peskov named (or named in the sentence
 * before) and the exodus or its figures in the sentence. Invented sentences; a dismissal of other
 * news (closed borders, a second wave) stays unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds, claimsIn } = realPackClaimViews();
const CLAIM = 'left-peskov-far-from-700k';

describe('Peskov calls the figures of those who left a hoax', () => {
  it.each([
    ['ru', 'Песков назвал уткой цифры об уехавших из России мужчинах.'],
    ['uk', 'Пєсков назвав фейком цифри про росіян, які виїхали з країни.'],
    ['es', '"Parece un engaño", dijo Peskov sobre las cifras de rusos que se marcharon.'],
    ['pt', 'Peskov classificou como uma farsa os números de russos que deixaram o país.'],
    ['it', 'Peskov ha definito una bufala le cifre sui russi fuggiti.'],
    ['de', 'Peskow nannte die Zahlen der geflohenen Russen eine Zeitungsente.'],
    ['fr', 'Peskov a qualifié de canular les chiffres des Russes ayant quitté le pays.'],
    ['pl', 'Pieskow nazwał kaczką dziennikarską liczby Rosjan, którzy wyjechali.'],
    ['nl', 'Peskov noemde de cijfers over Russen die het land verlieten nepnieuws.'],
    ['en', 'Peskov said the figures of Russians who left were a hoax.'],
    ['es', 'Peskov habló con la prensa. Dijo que no hay que tomar en serio el número de personas que se marcharon.'],
  ])('is read as his claim (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain(CLAIM);
  });

  it('stays silent on a hoax about closed borders or a second wave, and without Peskov', () => {
    expect(claimIds('Песков назвал уткой сообщения о том, что границы закроют для уезжающих.', 'ru')).not.toContain(CLAIM);
    expect(claimIds('Peskov calificó de bulo la segunda ola de movilización.', 'es')).not.toContain(CLAIM);
    expect(claimIds('Los analistas creen que las cifras de rusos que se marcharon son una farsa.', 'es')).not.toContain(CLAIM);
  });
});

/** The claims read in the text's last line. */
const lastLineClaims = (text: string, lang: string): string[] => {
  const last = text.lastIndexOf('\n') + 1;
  return claimsIn(text, lang).flatMap((match) => (match.start >= last ? match.claimIds : []));
};

// Reports name Peskov once, then quote him paragraphs on as "the spokesman" ("el vocero", "o
// porta-voz", "пресс-секретарь"): the bare role stands for him when the story named him earlier,
// and the sentence itself dismisses the exodus or its figures. Another body's spokesman (a country,
// the FSB, an interior ministry) or a story that never named Peskov stays unmarked.
describe('Peskov named before, then his dismissal told by his role alone', () => {
  it.each([
    ['es', 'Peskov habló con la prensa el martes.\nSegún dijo el vocero, la cifra de personas que abandonaron el país está lejos de ser tan alto.'],
    ['pt', 'Peskov falou à imprensa na terça-feira.\nO porta-voz garantiu que o número de cidadãos que deixaram o país está longe de ser tão alto.'],
    ['en', 'Peskov spoke to reporters on Tuesday.\nThe spokesman said the figures on those who left were far from the truth.'],
    ['ru', 'Песков выступил перед журналистами во вторник.\nПресс-секретарь призвал не воспринимать серьезно данные о том, сколько человек уехали из страны.'],
    ['uk', 'Пєсков виступив перед журналістами у вівторок.\nРечник закликав не сприймати серйозно дані про те, скільки людей виїхали з країни.'],
    ['de', 'Peskow sprach am Dienstag mit Journalisten.\nDer Sprecher sagte, man solle die Zahlen über die Ausgereisten nicht ernst nehmen.'],
    ['fr', 'Peskov s\'est adressé aux journalistes mardi.\nLe porte-parole a appelé à ne pas prendre au sérieux les chiffres sur ceux qui ont quitté le pays.'],
    ['it', 'Peskov ha parlato ai giornalisti martedì.\nIl portavoce ha detto di non prendere sul serio le cifre su chi ha lasciato il paese.'],
    ['pl', 'Pieskow rozmawiał z dziennikarzami we wtorek.\nRzecznik wezwał, by nie traktować poważnie danych o tym, ilu ludzi wyjechało z kraju.'],
    ['nl', 'Peskov sprak dinsdag met journalisten.\nDe woordvoerder zei dat de cijfers over wie het land verliet overdreven waren.'],
  ])('is read as his claim (%s: %s)', (lang, text) => {
    expect(lastLineClaims(text, lang)).toContain(CLAIM);
  });

  it.each([
    ['es', 'El gobierno habló con la prensa el martes.\nSegún dijo el vocero, la cifra de personas que abandonaron el país está lejos de ser tan alto.'],
    ['en', 'Peskov spoke to reporters on Tuesday.\nThe spokesman for Kazakhstan\'s interior ministry said the figures on those who left were exaggerated.'],
    ['ru', 'Песков выступил перед журналистами во вторник.\nПресс-секретарь погранслужбы Грузии назвал преувеличенными данные о том, сколько человек уехали.'],
    ['en', 'Peskov spoke to reporters on Tuesday.\nThe spokesman said he could not comment on the figures on those who left.'],
    ['en', 'Peskov spoke to reporters on Tuesday.\nThe FSB spokesman said the figures on those who left were far from the truth.'],
  ])('stays silent without Peskov earlier, for another spokesman, or without a dismissal (%s: %s)', (lang, text) => {
    expect(lastLineClaims(text, lang)).not.toContain(CLAIM);
  });

  // Peskov named in the sentence before (carry) or earlier (topic) does not make the spokesman of
  // the UN, NATO, the EU, the Pentagon or a Western government his voice: international-body
  // vetoes both Peskov matchers.
  it.each([
    ['de', 'Peskow sprach am Montag. Der Sprecher des Auswärtigen Amtes nannte die Zahl der Ausgereisten eine Ente.'],
    ['fr', 'Peskov a parlé lundi. Le porte-parole de l\'ONU a qualifié de canular le chiffre de 700 000 Russes partis.'],
    ['en', 'Peskov spoke on Monday. The Pentagon spokesman called the figures of those who left a hoax.'],
    ['ru', 'Песков выступил в понедельник. Пресс-секретарь Пентагона назвал цифры уехавших уткой.'],
    ['es', 'Peskov habló el lunes. El vocero de la ONU calificó de farsa las cifras de los que se fueron.'],
    ['it', 'Peskov ha parlato lunedì. Il portavoce della Casa Bianca ha definito una farsa le cifre di chi è partito.'],
    ['pt', 'Peskov falou na segunda. O porta-voz da ONU chamou de farsa os números de quem deixou o país.'],
    ['pl', 'Pieskow mówił w poniedziałek. Rzecznik Pentagonu nazwał liczby tych, którzy wyjechali, mistyfikacją.'],
    ['nl', 'Peskov sprak maandag. De woordvoerder van de Verenigde Naties noemde de cijfers van wie vertrok een fabeltje.'],
    ['uk', 'Пєсков виступив у понеділок. Речник Пентагону назвав цифри тих, хто виїхав, качкою.'],
  ])('stays silent on an international body\'s spokesman (%s: %s)', (lang, text) => {
    expect(claimIds(text, lang)).not.toContain(CLAIM);
  });

  it('reads "the Kremlin spokesman" without his name as Peskov', () => {
    expect(claimIds('The Kremlin spokesman said the figures of Russians who left were a hoax.', 'en')).toContain(CLAIM);
  });
});

// The estimates Peskov dismissed came from unnamed Kremlin sources ("an interlocutor in the
// presidential administration": 600,000-700,000; "a source familiar with Kremlin estimates":
// almost a million), often told with no verb of leaving in their own sentence. Those sources and
// the exact figures state the estimates when the story told of leaving in that sentence or any
// earlier one (topic); the Kremlin estimates every other count too (a parade's crowd, payments), and
// a plan to mobilize, another country's administration, another year or a look-alike are not it.
const LEAVING_BEFORE: Record<string, string> = {
  en: 'Since September many men have left Russia.',
  ru: 'С сентября из России уехали многие мужчины.',
  uk: 'З вересня з Росії виїхало багато чоловіків.',
  de: 'Seit September haben viele Männer Russland verlassen.',
  fr: 'Depuis septembre, beaucoup d\'hommes ont quitté la Russie.',
  es: 'Desde septiembre, muchos hombres han huido de Rusia.',
  it: 'Da settembre molti uomini hanno lasciato la Russia.',
  pt: 'Desde setembro, muitos homens deixaram a Rússia.',
  pl: 'Od września wielu mężczyzn wyjechało z Rosji.',
  nl: 'Sinds september hebben veel mannen Rusland verlaten.',
};
const afterLeaving = (lang: string, text: string): string => `${LEAVING_BEFORE[lang] ?? ''} ${text}`;

describe('the Kremlin sources\' estimates of those who left', () => {
  it.each([
    ['en', 'A source in the presidential administration spoke of 600,000 to 700,000 Russians.'],
    ['ru', 'Собеседник в администрации президента говорит о 600–700 тысячах россиян.'],
    ['uk', 'Співрозмовник в адміністрації президента Росії говорить про 600–700 тисяч росіян.'],
    ['de', 'Ein Gesprächspartner in der Präsidialverwaltung spricht von 600.000 bis 700.000 Russen.'],
    ['fr', 'Une source de l\'administration présidentielle évoque 600 000 à 700 000 Russes.'],
    ['es', 'Una fuente de la administración presidencial habla de 600.000 a 700.000 rusos.'],
    ['it', 'Una fonte dell\'amministrazione presidenziale parla di 600.000-700.000 russi.'],
    ['pt', 'Uma fonte da administração presidencial fala em 600 mil a 700 mil russos.'],
    ['pl', 'Rozmówca z administracji prezydenta mówi o 600–700 tysiącach Rosjan.'],
    ['nl', 'Een bron in de presidentiële administratie spreekt van 600.000 tot 700.000 Russen.'],
  ])('600,000-700,000 from the presidential administration (%s: %s)', (lang, text) => {
    expect(claimIds(afterLeaving(lang, text), lang)).toContain('left-forbes-600-700k');
  });

  it.each([
    ['en', 'Another source familiar with Kremlin estimates put the figure at almost 1 million.'],
    ['ru', 'Ещё один источник, которому известны кремлевские оценки, говорит почти о 1 млн человек.'],
  ])('almost a million from Kremlin estimates (%s: %s)', (lang, text) => {
    expect(claimIds(afterLeaving(lang, text), lang)).toContain('left-forbes-1m');
  });

  it.each([
    ['en', 'The presidential administration wants to mobilize up to 700,000 Russians.'],
    ['en', 'Kazakhstan\'s presidential administration said 700,000 Russians had entered the country.'],
    ['en', 'In 2014 the presidential administration counted 700,000 Russian visitors.'],
    ['en', 'A source in the presidential administration spoke of 70,000 Russians.'],
    ['en', 'According to Kremlin estimates, 1 million people will watch the parade.'],
    ['en', 'The presidential administration expects 1 million visitors to the forum.'],
    ['en', 'According to Kremlin estimates, 600,000 Russians will get the vaccine.'],
    ['ru', 'В администрации президента ожидают, что 700 тысяч россиян получат выплаты.'],
    ['de', 'Nach Schätzungen des Kremls werden 1 Million Menschen zur Wahl gehen.'],
  ])('stays silent on look-alikes (%s: %s)', (lang, text) => {
    expect(claimIds(text, lang).filter((id) => id.startsWith('left-forbes'))).toEqual([]);
  });
});
