/**
 * A figure read from a sentence that makes no claim: the number matchers tie a sentence to a
 * claim by a figure and a few topic words, so three classes of invented near-misses read as the
 * claim before:
 * - a hypothetical ("If Russia called up another 300,000 men…", "Если бы…", "Gdyby…"): the
 *   hypothetical concept vetoes the figure matchers. Its words are multiword (a conditional with
 *   Russia, the Kremlin, Moscow or Putin, or "in case of a new wave"), because terms match word
 *   prefixes: a bare "se" or "si" would also read "settimana" or "secondo";
 * - another country's call-up ("China called up 300,000 reservists"): more states in
 *   elsewhere-mobilization; states that are also destinations of those who left Russia or named
 *   in its border news (Turkey, Kazakhstan, Georgia, Finland, Mongolia, Poland, the Baltic states,
 *   Germany, the US, the UK) only with their call-up or reservists, never by name alone;
 * - a rumour or a past war carrying the figure, now vetoed on the older figure matchers too.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();

describe('a hypothetical call-up is not the call-up', () => {
  it.each([
    ['en', 'If Russia called up another 300,000 reservists, the front line would hardly move.', 'Russia has called up 300,000 reservists so far.'],
    ['ru', 'Если бы Россия призвала ещё 300 тысяч резервистов, фронт вряд ли сдвинулся бы.', 'Россия уже призвала 300 тысяч резервистов.'],
    ['uk', 'Якби Росія призвала ще 300 тисяч резервістів, фронт навряд чи зрушив би.', 'Росія вже призвала 300 тисяч резервістів.'],
    ['de', 'Sollte Russland weitere 300.000 Reservisten einberufen, würde sich die Front kaum bewegen.', 'Russland hat bisher 300.000 Reservisten einberufen.'],
    ['fr', 'Si la Russie mobilisait 300 000 réservistes de plus, le front bougerait à peine.', 'La Russie a déjà mobilisé 300 000 réservistes.'],
    ['es', 'Si Rusia movilizara otros 300.000 reservistas, el frente apenas cambiaría.', 'Rusia ya ha movilizado a 300.000 reservistas.'],
    ['it', 'Se la Russia dovesse richiamare altri 300.000 riservisti, il fronte cambierebbe poco.', 'La Russia ha già richiamato 300.000 riservisti.'],
    ['pt', 'Caso a Rússia convoque mais 300 mil reservistas, a frente pouco mudará.', 'A Rússia já convocou 300 mil reservistas.'],
    ['pl', 'Gdyby Rosja powołała kolejne 300 tysięcy rezerwistów, front niewiele by się zmienił.', 'Rosja powołała już 300 tysięcy rezerwistów.'],
    ['nl', 'Mocht Rusland nog eens 300.000 reservisten oproepen, dan verandert het front nauwelijks.', 'Rusland heeft al 300.000 reservisten opgeroepen.'],
  ])('300,000 called up (%s)', (lang, hypothetical, stated) => {
    expect(claimIds(hypothetical, lang)).not.toContain('mob-shoigu-300k-target');
    expect(claimIds(stated, lang)).toContain('mob-shoigu-300k-target');
  });

  it.each([
    ['en', 'In case of a new wave, analysts think another 700,000 men could leave Russia.', 'Some 700,000 men have left Russia since the call-up.'],
    ['ru', 'Если бы Россия объявила новую мобилизацию, страну покинули бы ещё 700 тысяч человек.', 'После объявления мобилизации Россию покинули 700 тысяч человек.'],
    ['uk', 'Якби Росія оголосила нову мобілізацію, країну покинули б ще 700 тисяч людей.', 'Після оголошення мобілізації Росію покинули 700 тисяч людей.'],
    ['de', 'Im Falle einer neuen Welle könnten weitere 700.000 Männer Russland verlassen.', 'Seit der Mobilmachung haben 700.000 Männer Russland verlassen.'],
  ])('700,000 left (%s)', (lang, hypothetical, stated) => {
    expect(claimIds(hypothetical, lang)).not.toContain('left-forbes-600-700k');
    expect(claimIds(stated, lang)).toContain('left-forbes-600-700k');
  });

  it.each([
    ['en', 'If Russia announced a new wave of mobilization, 10,000 more would cross into Georgia every day.', 'Now some 10,000 Russians cross into Georgia every day.', 'ge-gomelauri-10k-day'],
    ['ru', 'Если бы Россия объявила новую волну, в Казахстан въехали бы ещё 98 тысяч россиян.', 'С начала мобилизации в Казахстан въехали 98 тысяч россиян.', 'kz-atalykov-98k'],
  ])('arrivals (%s)', (lang, hypothetical, stated, claim) => {
    expect(claimIds(hypothetical, lang)).not.toContain(claim);
    expect(claimIds(stated, lang)).toContain(claim);
  });

  it('a word that only begins like a conditional is no conditional', () => {
    expect(claimIds('Questa settimana la Russia ha già richiamato 300.000 riservisti.', 'it')).toContain('mob-shoigu-300k-target');
    expect(claimIds('Segundo a Rússia, já foram convocados 300 mil reservistas.', 'pt')).toContain('mob-shoigu-300k-target');
  });
});

describe("another country's call-up is not Russia's", () => {
  it.each([
    ['en', 'China called up 300,000 reservists for the exercise.'],
    ['en', 'The Bundeswehr would call up 300,000 reservists in a crisis.'],
    ['ru', 'Китай призвал 300 тысяч резервистов на учения.'],
    ['uk', 'Іран призвав 300 тисяч резервістів на навчання.'],
    ['de', 'Die Türkische Armee hat 300.000 Reservisten einberufen.'],
    ['fr', 'Le Japon a mobilisé 300 000 réservistes pour un exercice.'],
    ['es', 'China ha movilizado a 300.000 reservistas para unas maniobras.'],
    ['it', 'La Corea del Sud ha richiamato 300.000 riservisti per un\'esercitazione.'],
    ['pt', 'O Irã convocou 300 mil reservistas para um exercício.'],
    ['pl', 'Chiny powołały 300 tysięcy rezerwistów na ćwiczenia.'],
    ['nl', 'Japan heeft 300.000 reservisten opgeroepen voor een oefening.'],
    ['en', 'Kazakhstan called up 300,000 reservists for an exercise.'],
    ['ru', 'Финляндия мобилизовала 300 тысяч резервистов на учения.'],
  ])('%s: %s', (lang, sentence) => {
    expect(claimIds(sentence, lang)).not.toContain('mob-shoigu-300k-target');
  });

  it.each([
    ['en', 'Pakistan called up 300,000 reservists after the border clash.'],
    ['en', 'Poland plans to call up 200,000 reservists next year.'],
    ['ru', 'Польша призовёт 200 тысяч резервистов в следующем году.'],
    ['uk', 'Литва призвала 200 тисяч резервістів.'],
    ['de', 'Ägypten hat 300.000 Reservisten einberufen.'],
    ['fr', 'Les États-Unis rappellent 300 000 réservistes.'],
    ['es', 'Egipto ha movilizado a 300.000 reservistas.'],
    ['it', 'Il Pakistan ha richiamato 300.000 riservisti.'],
    ['pt', 'A Índia convocou 300 mil reservistas.'],
    ['pl', 'Polska powoła 200 tysięcy rezerwistów na ćwiczenia.'],
    ['nl', 'Het Verenigd Koninkrijk roept 300.000 reservisten op.'],
  ])('a state that is no destination, or a neighbour with its own call-up (%s: %s)', (lang, sentence) => {
    expect(claimIds(sentence, lang)).not.toContain('mob-shoigu-300k-target');
    expect(claimIds(sentence, lang)).not.toContain('mob-shoigu-200k');
  });

  it('a neighbour named for something else still lets the call-up count', () => {
    expect(claimIds('Russia has called up 300,000 reservists, and Poland tightened its border.', 'en')).toContain('mob-shoigu-300k-target');
    expect(claimIds('Россия уже призвала 300 тысяч резервистов, а Польша закрыла границу.', 'ru')).toContain('mob-shoigu-300k-target');
  });

  it('a destination of those who left, named by itself, still lets the call-up count', () => {
    expect(claimIds('Russia has called up 300,000 reservists, and thousands of men fled to Turkey.', 'en')).toContain('mob-shoigu-300k-target');
    expect(claimIds('Rusia ha movilizado a 300.000 reservistas; muchos hombres huyen a Turquía.', 'es')).toContain('mob-shoigu-300k-target');
  });
});

describe('a rumour or a past war carrying an older figure is not the claim', () => {
  it.each([
    ['en', 'Rumours on Telegram say 300,000 reservists have been called up.', 'mob-shoigu-300k-target'],
    ['ru', 'В 1941 году за неделю призвали 300 тысяч резервистов.', 'mob-shoigu-300k-target'],
    ['de', 'Gerüchte besagen, 700.000 Männer hätten Russland wegen der Mobilmachung verlassen.', 'left-forbes-600-700k'],
    ['fr', 'Pendant la Seconde Guerre mondiale, 300 000 réservistes ont été mobilisés en une semaine.', 'mob-shoigu-300k-target'],
  ])('%s: %s', (lang, sentence, claim) => {
    expect(claimIds(sentence, lang)).not.toContain(claim);
  });

  it("the Kremlin spokesman's dismissal keeps its rumour words", () => {
    expect(claimIds('Peskov said the figure of 700,000 who left was far from the truth.', 'en')).toContain('left-peskov-far-from-700k');
  });
});
