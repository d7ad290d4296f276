/**
 * Two look-alikes seen on real pages. A sentence on who takes the decision on an exit ban (the
 * enlistment office, a border service) describes a procedure: it does not say that summoned men are
 * barred from leaving. And a sentence about introducing electronic summonses in Ukraine is
 * Ukraine's measure, not Russia's law, even when Russia was named in the sentence before.
 * The ban is also told with a verb and its object apart ("Путин запретил получившим повестку
 * выезжать", "заборонив тим, хто отримав повістку"). Invented sentences; the claims themselves
 * stay marked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions, claimsIn } = realPackClaimViews();

describe('a decision on an exit ban is a procedure, not the ban', () => {
  it.each([
    ['ru', 'Решение о запрете выезда будет принимать военкомат после отправки повестки.'],
    ['uk', 'Рішення про заборону виїзду ухвалюватиме військкомат після надсилання повістки.'],
    ['en', 'The enlistment office will take the decision on the exit ban once a summons is sent.'],
    ['de', 'Die Entscheidung über das Ausreiseverbot trifft das Kreiswehrersatzamt nach dem Versand der Vorladung.'],
    ['pl', 'Decyzję o zakazie wyjazdu podejmie komisja wojskowa po wysłaniu wezwania.'],
  ])('is not read as the exit ban (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('exit-bans-summoned');
  });

  it.each([
    ['ru', 'Запрет на выезд действует со дня направления повестки.'],
    ['uk', 'Запроваджено заборону на виїзд для тих, хто отримав повістку.'],
  ])('still reads the ban itself (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('exit-bans-summoned');
  });
});

describe('the exit ban told with a verb: forbade the summoned to leave', () => {
  it.each([
    ['ru', 'Путин запретил выезжать за границу тем, кто уже получил повестку.'],
    ['ru', 'Власти запретили получившим повестку покидать страну.'],
    ['uk', 'Путін заборонив тим, хто отримав повістку, залишати Росію.'],
  ])('is read as the exit ban (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('exit-bans-summoned');
  });
});

describe('electronic summonses introduced in Ukraine are not Russia\'s law', () => {
  it.each([
    ['de', 'Peskow sprach über das russische Gesetz über elektronische Vorladungen. Zugleich sagte er, es gebe keinen Grund, elektronische Vorladungen in der Ukraine einzuführen.'],
    ['nl', 'Peskov sprak over de Russische wet op elektronische oproepen. Hij zei dat het niet nodig is elektronische oproepen in Oekraïne in te voeren.'],
    ['en', 'Peskov spoke about the Russian law on electronic summonses. He said electronic summonses should not be introduced in Ukraine.'],
  ])('is not read as the electronic-summons law (%s)', (lang, text) => {
    const second = text.indexOf('. ') + 2;
    const inSecond = claimsIn(text, lang).filter((match) => match.start >= second);
    expect(inSecond.map((match) => match.questionId)).not.toContain('electronic-summons-law');
  });

  it('still reads the Russian law', () => {
    expect(questions('Die Staatsduma hat ein Gesetz über elektronische Vorladungen verabschiedet.', 'de')).toContain('electronic-summons-law');
  });
});

// Ukraine named as a place rules out Ukraine's own call-up, but the war's own names hold it too
// ("the war in Ukraine", "the Russian-Ukrainian conflict", the Kremlin's "Kyiv regime"), and
// stories on Russia's call-up name them: there the veto word does not count (assets/pack/veto-exemptions.json).
describe('Ukraine named inside the name of the war is not Ukraine\'s measure', () => {
  it.each([
    ['uk', 'Призову підлягатимуть тільки ті, хто перебуває в запасі, з огляду на війну в Україні.'],
    ['uk', 'Призову підлягатимуть тільки ті, хто в запасі, заявив Путін, звинувативши київський режим.'],
    ['ru', 'Призыву подлежат только те, кто состоит в запасе, пояснил он, говоря о войне в Украине.'],
    ['ru', 'Призыву подлежат только те, кто в запасе, сказал Путин о российско-украинском конфликте.'],
    ['ru', 'Призыву подлежат только те, кто в запасе, сказал Путин, обвинив киевский режим.'],
    ['de', 'Einberufen werden nur Reservisten, sagte Putin mit Blick auf den russisch-ukrainischen Krieg.'],
    ['de', 'Einberufen werden nur Reservisten, sagte Putin und warf dem Kiewer Regime Provokationen vor.'],
    ['pl', 'Powołanie obejmie tylko rezerwistów, powiedział Putin, mówiąc o wojnie rosyjsko-ukraińskiej.'],
    ['pl', 'Powołanie obejmie tylko rezerwistów, powiedział Putin, oskarżając reżim kijowski.'],
    ['nl', 'Alleen reservisten worden opgeroepen, zei Poetin over de Russisch-Oekraïense oorlog.'],
    ['nl', 'Alleen reservisten worden opgeroepen, zei Poetin, die het Kievse regime de schuld gaf.'],
    ['en', 'Only reservists will be called up, Putin said, blaming the Kyiv regime.'],
    ['fr', 'Seuls les réservistes seront appelés, a dit Poutine en accusant le régime de Kiev.'],
    ['es', 'Solo serán llamados los reservistas, dijo Putin, culpando al régimen de Kiev.'],
    ['it', 'Saranno richiamati solo i riservisti, ha detto Putin, accusando il regime di Kiev.'],
    ['pt', 'Apenas os reservistas serão convocados, disse Putin, culpando o regime de Kiev.'],
  ])('still reads the claim (%s: %s)', (lang, text) => {
    expect(questions(text, lang)).toContain('who-can-be-called-up');
  });

  it.each([
    ['uk', 'В Україні призову підлягатимуть тільки ті, хто в запасі, з огляду на війну.'],
    ['uk', 'Через війну в Україні призову до ЗСУ підлягатимуть тільки ті, хто в запасі.'],
    ['ru', 'В Украине призыву подлежат только те, кто в запасе, на фоне войны.'],
    ['de', 'Einberufen werden nur Reservisten, sagte Selenskyj mit Blick auf den russisch-ukrainischen Krieg.'],
    ['pl', 'W Kijowie powołanie obejmie tylko rezerwistów, powiedział minister.'],
    ['en', 'Only reservists will be called up in Kyiv, the Ukrainian ministry said.'],
    ['fr', 'Seuls les réservistes seront appelés à Kiev, a dit le ministre.'],
  ])('Ukraine named outside those names still rules it out (%s: %s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('who-can-be-called-up');
  });
});
