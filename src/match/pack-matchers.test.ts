/**
 * The real matchers in assets/pack/matchers against the seed articles and against the same
 * claims as other outlets write them. The seed texts are read from ../shared/seeds at run
 * time (they are never copied into the repository).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoredMatchers, realPackMatchers } from '../../test/pack/real-pack-matchers';
import { compileMatchers, findClaims } from './claim-matcher';

const ASSETS = join(import.meta.dirname, '..', '..', 'assets', 'pack');
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const matchers = realPackMatchers();
const authored = authoredMatchers();
const compiled = compileMatchers(matchers);

describe('pack matchers', () => {
  it('are valid, uniquely named, filed by question and point at claims of their question', () => {
    const ids = new Set<string>();
    for (const matcher of authored) {
      const file = matcher.file.replace(/^matchers\//, '');
      const question = readJson(join(ASSETS, 'questions', file)) as { id: string; claims: Array<{ id: string }> };
      const claimIds = new Set(question.claims.map((claim) => claim.id));
      expect(matcher.questionId, matcher.id).toBe(question.id);
      expect(ids.has(matcher.id), `duplicate id ${matcher.id}`).toBe(false);
      ids.add(matcher.id);
      for (const claimId of matcher.claimIds ?? []) expect(claimIds.has(claimId), `${matcher.id} → ${claimId}`).toBe(true);
    }
  });
});

/** [first 40 characters of the sentence, questionId, claimIds] for each match, in text order. */
function seedClaims(text: string): Array<[string, string, string[]]> {
  return findClaims(text, compiled).map((match) => [text.slice(match.start, match.end).slice(0, 40), match.questionId, match.claimIds]);
}

/** The claims the pack marks `seed: true`: the claims the two seed articles make. */
const seedClaimIds = readdirSync(join(ASSETS, 'questions'))
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => (readJson(join(ASSETS, 'questions', file)) as { claims: Array<{ id: string; seed?: boolean }> }).claims)
  .filter((claim) => claim.seed === true)
  .map((claim) => claim.id);

const SEED_A: Array<[string, string, string[]]> = [
  ['The Moscow Times has reported that Russi', 'how-many-returned', ['ret-seed-mt-returning']],
  ['After Vladimir Putin announced the milit', 'how-many-left-russia', ['left-seed-thousands']],
  ['The Kremlin itself acknowledges that 700', 'how-many-left-russia', ['left-seed-kremlin-700k']],
  ['But according to recent statistics the f', 'how-many-returned', ['ret-seed-flow-reversed']],
  ['But according to recent statistics the f', 'more-waves', ['mw-seed-official-promise']],
  ['On Monday 7 November, Putin told reporte', 'when-mobilization-complete', ['done-seed-putin-7-nov', 'done-seed-shoigu-last-week']],
  ['On Monday 7 November, Putin told reporte', 'how-many-mobilized', ['mob-seed-shoigu-300k-achieved', 'mob-shoigu-300k-reached']],
  ['It is unknown whether or not those who f', 'penalties-for-leavers', ['pen-seed-unknown']],
  ['Influential Russian lawmaker Andrei Klim', 'penalties-for-leavers', ['pen-seed-klimov', 'pen-seed-soviet-label']],
  ['Meanwhile experts have predicted that it', 'more-waves', ['mw-seed-experts-winter']],
];

const SEED_B: Array<[string, string, string[]]> = [
  ['Driving the news: The exodus signaled th', 'how-many-mobilized', ['mob-seed-putin-300k']],
  ["The big picture: The White House has cha", 'us-reaction', ['us-seed-desperation']],
  ['Analysts have questioned whether the Rus', 'us-reaction', ['us-seed-analysts-training']],
  ['State of play: Lines of cars packed with', 'border-queues', ['queue-seed-miles']],
  ['State of play: Lines of cars packed with', 'finland-eu-arrivals', ['fi-seed-lines-of-cars']],
  ['State of play: Lines of cars packed with', 'georgia-arrivals', ['ge-seed-queues']],
  ['State of play: Lines of cars packed with', 'kazakhstan-arrivals', ['kz-seed-queues']],
  ['The cost of airfare out of Russia swelle', 'border-queues', ['queue-seed-airfares']],
  ['Some have fled to Belarus, a close Russi', 'belarus-stance', ['by-seed-round-up-order']],
  ['Videos circulating on social media showe', 'protest-detentions', ['pr-seed-videos-fighting-back']],
  ['While Putin has said that only veterans ', 'who-can-be-called-up', ['who-seed-veterans-only', 'who-seed-no-experience']],
  ['In the poor, rural region of Buryatia, m', 'wrongful-callups', ['wrong-seed-reuters-buryatia']],
  ['Governor Alexei Tsydanov released a stat', 'wrongful-callups', ['wrong-seed-tsydanov']],
  ['The other side: Russian authorities have', 'draftee-benefits', ['ben-seed-loan-law', 'ben-seed-jobs-kept', 'ben-seed-pay-touted']],
];

describe.skipIf(!existsSync(SEEDS))('pack matchers on the seed articles', () => {
  const seedA = () => readFileSync(join(SEEDS, '000_99e39195f8b5e017.txt'), 'utf8');
  const seedB = () => readFileSync(join(SEEDS, '003_b6c9d42d5043a24d.txt'), 'utf8');

  it('seed A (EuroNews247): exactly its claim sentences, with the claims each states', () => {
    expect(seedClaims(seedA())).toEqual(SEED_A);
  });

  it('seed B (Axios): exactly its claim sentences, with the claims each states', () => {
    expect(seedClaims(seedB())).toEqual(SEED_B);
  });

  it('find every claim the pack marks as a seed claim, and no other claim', () => {
    const found = [...seedClaims(seedA()), ...seedClaims(seedB())].flatMap(([, , claimIds]) => claimIds);
    expect([...new Set(found.filter((id) => seedClaimIds.includes(id)))].sort()).toEqual([...seedClaimIds].sort());
    // The one non-seed claim named on the seeds is the claim the seed sentence restates.
    expect(found.filter((id) => !seedClaimIds.includes(id))).toEqual(['mob-shoigu-300k-reached']);
  });
});

describe('pack matchers in other languages', () => {
  const claims = (text: string) => findClaims(text, compiled).map((match) => match.claimIds[0] ?? match.questionId);

  it.each([
    // 700,000 left
    ['en', 'Some 700k people have fled Russia since the mobilization began.', 'left-forbes-600-700k'],
    ['ru', 'По данным Forbes, из России после объявления мобилизации уехали 700 тысяч человек.', 'left-forbes-600-700k'],
    ['ru', 'Россию покинули около семисот тысяч человек.', 'left-forbes-600-700k'],
    ['uk', 'Після оголошення мобілізації з росії виїхали 700 тис. осіб.', 'left-forbes-600-700k'],
    ['uk', 'Росію покинули сімсот тисяч чоловіків.', 'left-forbes-600-700k'],
    ['de', 'Seit der Teilmobilmachung haben rund 700.000 Menschen Russland verlassen.', 'left-forbes-600-700k'],
    ['fr', 'Environ 700 000 personnes ont quitté la Russie depuis la mobilisation.', 'left-forbes-600-700k'],
    ['es', 'Unas 700.000 personas han huido de Rusia desde la movilización.', 'left-forbes-600-700k'],
    ['it', 'Circa settecentomila persone hanno lasciato la Russia dopo la mobilitazione.', 'left-forbes-600-700k'],
    // 261,000 (FSB)
    ['en', 'The FSB counted 261,000 men leaving between 21 and 24 September.', 'left-fsb-261k'],
    ['ru', 'По подсчётам ФСБ, страну покинули 261 тыс. мужчин.', 'left-fsb-261k'],
    ['uk', 'За даними ФСБ, країну покинули 261 тисяча чоловіків.', 'left-fsb-261k'],
    ['de', 'Laut FSB haben 261.000 Männer das Land verlassen.', 'left-fsb-261k'],
    // 300,000 target
    ['en', 'Shoigu said 300,000 reservists would be called up.', 'mob-shoigu-300k-target'],
    ['ru', 'Шойгу заявил, что будут призваны 300 тысяч резервистов.', 'mob-shoigu-300k-target'],
    ['ru', 'Планируется мобилизовать триста тысяч человек.', 'mob-shoigu-300k-target'],
    ['uk', 'Шойгу заявив, що буде мобілізовано 300 тисяч резервістів.', 'mob-shoigu-300k-target'],
    ['de', 'Es sollen 300.000 Reservisten eingezogen werden.', 'mob-shoigu-300k-target'],
    ['fr', 'La Russie va mobiliser 300 000 réservistes.', 'mob-shoigu-300k-target'],
    ['es', 'Rusia movilizará a 300.000 reservistas.', 'mob-shoigu-300k-target'],
    ['it', 'La Russia richiamerà 300 mila riservisti.', 'mob-shoigu-300k-target'],
    // 318,000
    ['en', 'Putin said 318,000 men had been mobilized.', 'mob-putin-318k'],
    ['ru', 'Путин заявил, что мобилизованы 318 тысяч человек.', 'mob-putin-318k'],
    ['uk', 'Путін заявив, що мобілізовано 318 тис. осіб.', 'mob-putin-318k'],
    ['de', 'Putin zufolge wurden 318.000 Männer mobilisiert.', 'mob-putin-318k'],
    ['fr', 'Poutine affirme que 318 000 hommes ont été mobilisés.', 'mob-putin-318k'],
    ['es', 'Putin dijo que 318.000 hombres fueron movilizados.', 'mob-putin-318k'],
    ['it', 'Putin ha detto che sono stati mobilitati 318.000 uomini.', 'mob-putin-318k'],
    // 222,000
    ['en', 'In Astana, Putin said 222,000 had been mobilised.', 'mob-putin-222k'],
    ['ru', 'В Астане Путин сообщил, что мобилизовано 222 тысячи человек.', 'mob-putin-222k'],
    ['uk', 'Путін повідомив, що мобілізовано двісті двадцять дві тисячі осіб.', 'mob-putin-222k'],
    ['de', 'Bisher seien 222.000 Reservisten einberufen worden.', 'mob-putin-222k'],
    ['fr', '222 000 réservistes ont déjà été mobilisés.', 'mob-putin-222k'],
    ['es', 'Ya han sido movilizados 222.000 reservistas.', 'mob-putin-222k'],
    ['it', 'Sono già stati mobilitati 222.000 riservisti.', 'mob-putin-222k'],
  ])('%s: %s', (_lang, sentence, claimId) => {
    expect(claims(sentence)).toContain(claimId);
  });

  it.each([
    'About 70,000 people have fled Russia since the mobilization began.',
    'Из России уехали 7 тысяч человек.',
    'Шойгу заявил, что будут призваны 30 тысяч резервистов.',
    'Es sollen 3.000 Reservisten eingezogen werden.',
    'On 7 November 2022 Putin met the governor.',
    'Мобилизация в России объявлена 21 сентября 2022 года.',
  ])('no claim in a look-alike: %s', (sentence) => {
    expect(findClaims(sentence, compiled).filter((match) => match.claimIds.length > 0)).toEqual([]);
  });
});

describe('pack matchers: one example per matcher of the later questions', () => {
  /** The matcher that fires for `questionId` on `sentence`, if any. */
  const firing = (sentence: string, questionId: string) =>
    findClaims(sentence, compiled).find((match) => match.questionId === questionId)?.matcherId;
  const questionOf = new Map(matchers.map((matcher) => [matcher.id, matcher.questionId]));

  const EXAMPLES: Array<[string, string]> = [
    // Seed claims restated by other outlets
    ['ret-seed-mt-returning-en', 'Some men who fled the draft are coming back to Russia because they could not make a living abroad.'],
    ['pen-seed-unknown-en', 'It remains unclear whether Russians who fled to avoid the draft will be punished.'],
    ['queue-seed-airfares-en', 'Ticket prices for flights from Moscow to Istanbul soared as Russians rushed to leave.'],
    ['queue-seed-airfares-ru', 'После объявления мобилизации цены на авиабилеты из Москвы в Стамбул и Ереван резко выросли.'],
    ['who-seed-veterans-only-no-experience-en', 'Putin said only veterans with combat experience would be called up, but men with no military experience have been forced to enlist.'],
    ['who-no-experience-en', 'Men with no military experience were summoned in Buryatia.'],
    // protest-detentions
    ['pr-seed-videos-fighting-back-en', 'Footage on social media showed men clashing with police who tried to hand them draft summonses.'],
    ['pr-1311-en', 'OVD-Info said police detained 1,311 people at protests against the mobilization on Wednesday.'],
    ['pr-735-en', 'At least 735 people were detained at anti-mobilization rallies in 36 cities, OVD-Info said.'],
    ['pr-726-en', 'On Saturday at least 726 people were arrested at protests against the call-up in 32 cities.'],
    ['pr-2000-en', 'Since the mobilization was announced, more than 2,000 protesters have been detained.'],
    ['pr-1311-ru', 'ОВД-Инфо сообщает о 1311 задержанных на акциях против мобилизации.'],
    ['pr-735-ru', 'На антимобилизационных акциях задержаны 735 человек.'],
    ['pr-726-ru', '24 сентября на протестах против мобилизации задержали 726 человек.'],
    ['pr-2000-ru', 'С 21 сентября на акциях против мобилизации задержаны более 2 тысяч человек.'],
    ['pr-1311-uk', 'На акціях проти мобілізації в росії затримали 1311 людей.'],
    ['pr-735-uk', 'За даними ОВД-Інфо, затримано 735 учасників протестів проти мобілізації.'],
    ['pr-726-uk', '24 вересня на протестах проти мобілізації затримали 726 осіб.'],
    ['pr-2000-uk', 'Загалом на антимобілізаційних акціях затримано понад 2 тисячі людей.'],
    ['pr-1311-de', 'Bei Protesten gegen die Teilmobilmachung wurden 1311 Menschen festgenommen.'],
    ['pr-735-de', 'Laut OVD-Info wurden bei Demonstrationen gegen die Mobilmachung 735 Menschen festgenommen.'],
    ['pr-726-de', 'Am Samstag wurden bei Kundgebungen gegen die Mobilmachung mindestens 726 Menschen festgenommen.'],
    ['pr-2000-de', 'Seit Beginn der Teilmobilmachung wurden mehr als 2.000 Demonstranten festgenommen.'],
    ['pr-1311-fr', 'Selon OVD-Info, 1 311 personnes ont été interpellées lors des manifestations.'],
    ['pr-735-fr', 'Au moins 735 manifestants ont été arrêtés mercredi soir, selon OVD-Info.'],
    ['pr-726-fr', 'Samedi, 726 personnes ont été interpellées lors de rassemblements contre la mobilisation partielle.'],
    ['pr-2000-fr', "Plus de 2 000 manifestants ont été interpellés depuis l'annonce de la mobilisation partielle."],
    ['pr-1311-es', 'Según OVD-Info, 1.311 personas fueron detenidas en protestas.'],
    ['pr-735-es', 'Al menos 735 manifestantes fueron detenidos, según OVD-Info.'],
    ['pr-726-es', 'El sábado fueron detenidas 726 personas en protestas contra la movilización.'],
    ['pr-2000-es', 'Desde el anuncio de la movilización, más de 2.000 manifestantes han sido detenidos.'],
    ['pr-1311-it', 'Sono 1.311 le persone arrestate durante le proteste contro la mobilitazione.'],
    ['pr-735-it', 'Almeno 735 manifestanti sono stati fermati, secondo OVD-Info.'],
    ['pr-726-it', 'Sabato 726 persone sono state arrestate alle manifestazioni contro la mobilitazione.'],
    ['pr-2000-it', "Dall'annuncio della mobilitazione oltre 2.000 manifestanti sono stati arrestati."],
    ['pr-dagestan-101-en', 'In Makhachkala, Dagestan, 101 people were detained on Sunday, rights defenders said.'],
    ['pr-dagestan-101-ru', 'В Махачкале задержали 101 человека.'],
    ['pr-dagestan-brawl-en', 'About 20 people were detained in Makhachkala after a mass brawl with police.'],
    ['pr-dagestan-brawl-ru', 'После массовой драки с полицией в Махачкале задержали около 20 человек.'],
    ['pr-mediazona-attacks-en', 'Mediazona counted 54 arson and other attacks on enlistment offices since February.'],
    ['pr-mediazona-attacks-ru', 'С февраля произошло 54 поджога и нападения на военкоматы.'],
    ['pr-mediazona-attacks-it', "Mediazona ha contato 54 attacchi contro uffici di reclutamento dall'inizio della guerra."],
    ['pr-prosecutor-15-years-en', 'Moscow prosecutors warned that joining the protests could bring up to 15 years in prison.'],
    ['pr-prosecutor-15-years-ru', 'Прокуратура Москвы предупредила, что за участие в несанкционированных акциях грозит до 15 лет лишения свободы.'],
    // The prosecutor's warning in each language: 'illegal actions' is the rally, and the office's other names
    ['pr-prosecutor-15-years-uk', 'Прокурор Москви попередив, що за участь у незаконних акціях загрожує до 15 років.'],
    ['pr-prosecutor-15-years-de', 'Die Generalstaatsanwaltschaft warnte, für die Teilnahme an illegalen Aktionen drohten bis zu 15 Jahre Haft.'],
    ['pr-prosecutor-15-years-fr', "Le ministère public de Moscou a averti que les actions illégales pouvaient valoir jusqu'à 15 ans de prison."],
    ['pr-prosecutor-15-years-es', 'La Fiscalía de Moscú advirtió que la participación en acciones ilegales se castigará con hasta 15 años de cárcel.'],
    ['pr-prosecutor-15-years-it', 'Il pubblico ministero di Mosca ha avvertito che le azioni illegali costano fino a 15 anni di carcere.'],
    ['pr-prosecutor-15-years-pt', 'A promotoria de Moscou alertou que participar de protestos pode levar a até 15 anos de prisão.'],
    ['pr-prosecutor-15-years-pl', 'Prokurator ostrzegł, że za udział w nielegalnych akcjach grozi do 15 lat więzienia.'],
    ['pr-prosecutor-15-years-nl', 'Het parket waarschuwde dat deelname aan illegale acties tot 15 jaar cel kan opleveren.'],
    ['pr-interior-ministry-few-en', 'The interior ministry said the protests had very few participants.'],
    ['pr-detained-anti-mobilization-en', 'Police detained hundreds of people at protests against the mobilization.'],
    ['pr-detained-anti-mobilization-ru', 'В Москве полиция задержала сотни участников акции против мобилизации.'],
    ['pr-detained-anti-mobilization-uk', 'У москві поліція затримала десятки учасників акції проти мобілізації.'],
    // us-reaction
    ['us-seed-desperation-en', "The White House called Putin's mobilization a sign of desperation."],
    ['us-seed-desperation-ru', 'В Белом доме назвали мобилизацию, объявленную Путиным, актом отчаяния.'],
    ['us-seed-desperation-uk', 'У Білому домі назвали мобілізацію, оголошену Путіним, актом відчаю.'],
    ['us-seed-desperation-de', 'Das Weiße Haus bezeichnete Putins Teilmobilmachung als Akt der Verzweiflung.'],
    ['us-seed-desperation-fr', 'La Maison Blanche a qualifié la mobilisation décrétée par Poutine de geste désespéré.'],
    ['us-seed-desperation-es', 'La Casa Blanca calificó la movilización de Putin como un acto de desesperación.'],
    ['us-seed-desperation-it', 'La Casa Bianca ha definito la mobilitazione di Putin un atto disperato.'],
    ['us-seed-analysts-training-en', 'Analysts doubt that Russia can train and equip so many new recruits.'],
    ['us-kirby-struggling-en', 'John Kirby said the call-up is a sign that Putin is struggling.'],
    ['us-kirby-struggling-ru', 'Кирби заявил, что мобилизация говорит о том, что Путин испытывает трудности.'],
    ['us-kirby-twice-en', 'Kirby noted that the call-up is almost twice the force Putin sent into Ukraine in February.'],
    ['us-state-not-strength-en', "The State Department said Putin's mobilization shows he is not acting from a position of strength."],
    ['us-state-not-strength-ru', 'В Госдепе заявили, что мобилизация — признак слабости Путина.'],
    // border-restrictions
    ['br-finland-tourist-visa-en', 'Finland will bar Russians holding tourist visas from entering the country from midnight.'],
    ['br-finland-tourist-visa-ru', 'Финляндия закроет въезд для россиян с туристическими визами.'],
    ['br-finland-tourist-visa-uk', "Фінляндія заборонила в'їзд росіянам з туристичними візами."],
    ['br-finland-tourist-visa-de', 'Finnland verbietet Russen mit Touristenvisa die Einreise.'],
    ['br-finland-tourist-visa-fr', "La Finlande interdit l'entrée aux Russes munis d'un visa touristique."],
    ['br-finland-tourist-visa-es', 'Finlandia prohíbe la entrada a los rusos con visado turístico.'],
    ['br-finland-tourist-visa-it', "La Finlandia vieta l'ingresso ai russi con visto turistico."],
    ['br-finland-exceptions-ru', 'Россияне смогут приезжать в Финляндию по семейным обстоятельствам.'],
    ['br-baltics-poland-entry-pl', 'Obecnie Rosjanie nie mogą wjechać do Polski ani na Litwę.'],
    ['es-summons-deemed-served-duma-story-pt', 'A Duma aprovou a lei.\nAs convocatórias serão consideradas entregues assim que chegarem à conta.'],
    ['es-civil-bans-duma-story-es', 'La Duma aprobó la ley.\nSi el afectado no acude a la oficina de reclutamiento, perderá el permiso de conducir.'],
    ['br-baltics-poland-en', 'Estonia, Latvia, Lithuania and Poland restricted entry for Russians with tourist visas from 19 September.'],
    ['br-baltics-poland-ru', 'Эстония, Латвия, Литва и Польша с 19 сентября закрыли въезд россиянам по шенгенским визам.'],
    ['br-baltics-poland-uk', "Естонія, Латвія, Литва і Польща з 19 вересня обмежили в'їзд росіянам з шенгенськими візами."],
    ['br-baltics-poland-de', 'Estland, Lettland, Litauen und Polen verweigern Russen mit Schengen-Visa seit Montag die Einreise.'],
    ['br-peskov-no-closure-en', 'Peskov said no decision had been taken on closing the borders.'],
    ['br-peskov-no-closure-ru', 'Песков заявил, что решения о закрытии границ пока не принимались.'],
    ['br-peskov-no-closure-uk', 'Пєсков заявив, що рішення про закриття кордонів не ухвалювалося.'],
    ['br-peskov-no-closure-de', 'Kremlsprecher Peskow sagte, es gebe keine Entscheidung über eine Schließung der Grenzen.'],
    ['br-peskov-no-closure-fr', "Le Kremlin affirme qu'aucune décision n'a été prise sur la fermeture des frontières."],
    ['br-peskov-no-closure-es', 'Peskov dijo que no se ha tomado ninguna decisión sobre el cierre de fronteras.'],
    ['br-peskov-no-closure-it', 'Peskov ha detto che non è stata presa nessuna decisione sulla chiusura dei confini.'],
    ['br-georgia-open-en', 'Georgia will not close its border with Russia, the interior minister said.'],
    ['br-georgia-open-ru', 'Грузия не будет закрывать границу с Россией.'],
    ['br-georgia-open-uk', 'Грузія не закриватиме кордон з росією.'],
    ['br-finland-closure-2023-en', 'Finland will close all crossing points on its land border with Russia.'],
    ['br-finland-closure-2023-ru', 'Финляндия закрывает все пункты пропуска на границе с Россией.'],
    ['br-finland-closure-2023-uk', 'Фінляндія закриває всі пункти пропуску на кордоні з росією.'],
    ['br-finland-closure-2023-de', 'Finnland schließt alle Grenzübergänge zu Russland.'],
    ['br-eu-neighbours-visas-en', 'EU countries bordering Russia have stopped issuing tourist visas to Russians.'],
    ['br-eu-guidelines-en', 'The European Commission issued new guidelines on visas for Russians.'],
    ['br-eu-guidelines-ru', 'Еврокомиссия опубликовала новые рекомендации по выдаче виз россиянам.'],
    ['br-finland-visa-holders-en', 'Finland bars Russians even if they hold a visa.'],
    ['br-finland-visa-holders-es', 'Finlandia ya no aceptará a los rusos con visado.'],
    ['br-finland-border-closes-en', 'Finland will close its border at midnight on Thursday.'],
    ['br-haavisto-entry-en', 'Haavisto said all tourist travel will be stopped.'],
    ['wrong-decree-violated-en', 'Peskov said the mobilization decree was violated in some cases.'],
    // Belgorod's 111 and Buryatia's 70 sent home, in each language
    ['wrong-gladkov-111-en', 'Gladkov says men mobilised by mistake are coming back. 36 men returned home yesterday, making it 111 in total.'],
    ['wrong-gladkov-111-ru', 'Всего домой вернули 111 мобилизованных по ошибке.'],
    ['wrong-gladkov-111-uk', 'Загалом 111 помилково мобілізованих повернули додому.'],
    ['wrong-gladkov-111-de', 'Insgesamt wurden 111 irrtümlich Mobilisierte nach Hause geschickt.'],
    ['wrong-gladkov-111-fr', "Au total, 111 hommes mobilisés par erreur ont été renvoyés chez eux."],
    ['wrong-gladkov-111-es', 'En total, 111 hombres movilizados por error fueron enviados a casa.'],
    ['wrong-gladkov-111-it', 'In tutto 111 uomini mobilitati per errore sono stati rimandati a casa.'],
    ['wrong-gladkov-111-pt', 'Ao todo, 111 homens mobilizados por erro foram mandados para casa.'],
    ['wrong-gladkov-111-pl', 'Łącznie 111 mężczyzn powołanych omyłkowo odesłano do domu.'],
    ['wrong-gladkov-111-nl', 'In totaal zijn 111 mannen die onterecht waren opgeroepen naar huis gestuurd.'],
    ['wrong-tsydenov-70-ru', 'Алексей Цыденов рассказал о мобилизации в Бурятии. С утра 70 таких человек, получивших повестки, были отпущены домой.'],
    ['wrong-tsydenov-70-en', 'In Buryatia, 70 men who were called up by mistake have been sent home.'],
    ['wrong-tsydenov-70-de', 'In Burjatien wurden 70 irrtümlich einberufene Männer nach Hause geschickt.'],
    ['es-law-signed-date-en', 'Putin signed the law on 14 April.'],
    ['es-duma-passed-date-en', 'The Duma passed the amendments on 11 April.'],
    ['es-law-signed-topic-en', "Putin signed the law that sends notices to men's personal accounts."],
    ['es-duma-passed-topic-en', 'The Duma approved the bill on call-up notices in a digital form.'],
    ['es-law-signed-service-law-ru', 'Путин подписал поправки в закон о воинской обязанности, по которым повестки приходят в личный кабинет.'],
    ['es-duma-passed-service-law-en', 'The Duma approved amendments to the law on military service that send call-up notices in a digital form.'],
    ['es-civil-bans-en', 'In Russia, men who fail to show up will lose their driving licences.'],
    ['br-finland-restricts-entry-en', 'Finland will restrict the entry of Russian citizens within days.'],
    ['br-finland-restricts-entry-ru', 'Хельсинки ограничит въезд россиян.'],
    ['br-finland-border-closes-es', 'El cierre de la frontera en Finlandia empezará el jueves.'],
    // electronic-summons-law
    ['es-peskov-not-mobilization-en', 'Peskov said the bill on a unified register has nothing to do with mobilization.'],
    ['es-peskov-not-mobilization-ru', 'Песков заявил, что законопроект о реестре не имеет отношения к мобилизации.'],
    ['es-peskov-not-mobilization-uk', 'Пєсков заявив, що законопроєкт про реєстр не має стосунку до мобілізації.'],
    ['es-law-signed-en', 'Putin signed the law on electronic summonses on Friday.'],
    ['es-law-signed-ru', 'Путин подписал закон об электронных повестках.'],
    ['es-law-signed-uk', 'Путін підписав закон про електронні повістки.'],
    ['es-duma-passed-en', 'The State Duma passed the bill on electronic summonses in its third reading.'],
    ['es-duma-passed-ru', 'Госдума приняла закон об электронных повестках сразу во втором и третьем чтениях.'],
    ['es-duma-passed-uk', 'Держдума ухвалила закон про електронні повістки.'],
    ['es-age-30-en', 'Russia raised the upper conscription age to 30.'],
    ['es-age-30-ru', 'Госдума повысила предельный возраст призыва до 30 лет.'],
    ['es-age-30-uk', 'У росії підвищили граничний вік призову до 30 років.'],
    ['es-kartapolov-big-war-en', 'Kartapolov said the law was written with a big war in mind.'],
    ['es-kartapolov-big-war-ru', 'Картаполов признал, что закон пишется под большую войну.'],
    ['es-kartapolov-big-war-it', 'Kartapolov ha ammesso che la legge è pensata per una grande guerra.'],
    ['es-electronic-summons-en', 'Russia will send electronic summonses through the Gosuslugi portal.'],
    ['es-electronic-summons-ru', 'В России начнут рассылать электронные повестки.'],
    ['es-electronic-summons-uk', 'У росії запроваджують електронні повістки.'],
    ['es-electronic-summons-de', 'Russland führt elektronische Einberufungsbescheide ein.'],
    ['es-electronic-summons-fr', "La Russie introduit des convocations électroniques pour l'armée."],
    ['es-electronic-summons-es', 'Rusia introduce las citaciones electrónicas para el ejército.'],
    ['es-electronic-summons-it', "La Russia introduce le convocazioni elettroniche per l'esercito."],
    ['es-summons-electronic-form-en', "Russia will now send military summonses to men's personal accounts."],
    ['es-summons-electronic-form-ru', 'Госдума разрешила направлять повестки в личный кабинет.'],
    ['es-summons-deemed-served-en', 'In Russia a summons will be considered delivered once it is posted to the account.'],
    ['es-summons-deemed-served-uk', 'У росії повістка вважатиметься врученою з моменту розміщення.'],
    ['es-summons-electronic-form-duma-story-es', 'La Duma aprobó la ley.\nLos militares podrán enviar las notificaciones de manera electrónica.'],
    ['es-electronic-summons-provision-pt', 'A Duma aprovou a lei.\nO diploma cria um registo eletrónico único de pessoas em idade militar.'],
  ];

  it.each(EXAMPLES)('%s fires on: %s', (matcherId, sentence) => {
    const questionId = questionOf.get(matcherId);
    expect(questionId, `no matcher ${matcherId}`).toBeDefined();
    // Languages share words ("grande guerra" is Italian and Spanish), so any language's copy of the matcher will do.
    const authoredId = (id: string | undefined) => id?.replace(/-[a-z]{2}$/, '');
    expect(authoredId(firing(sentence, questionId as string))).toBe(authoredId(matcherId));
  });

  it('every matcher of these questions has an example in at least one language', () => {
    const questions = ['border-restrictions', 'electronic-summons-law', 'protest-detentions', 'us-reaction'];
    const withExample = new Set(EXAMPLES.map(([matcherId]) => matcherId.replace(/-[a-z]{2}$/, '')));
    expect(authored.filter((matcher) => questions.includes(matcher.questionId) && !withExample.has(matcher.id)).map((matcher) => matcher.id)).toEqual([]);
  });

  it.each([
    // Ukraine's own mobilization and summonses
    ['electronic-summons-law', "Ukraine's parliament approved electronic summonses as part of its new mobilization law."],
    ['electronic-summons-law', 'В Украине начали рассылать электронные повестки через приложение.'],
    ['electronic-summons-law', 'В Україні ТЦК розсилатимуть електронні повістки.'],
    ['electronic-summons-law', 'Die Ukraine führt elektronische Einberufungsbescheide ein.'],
    ['electronic-summons-law', "L'Ukraine introduit des convocations électroniques."],
    ['electronic-summons-law', 'Ucrania introduce las citaciones electrónicas.'],
    ['electronic-summons-law', "L'Ucraina introduce le convocazioni elettroniche."],
    ['electronic-summons-law', 'Russia raised the upper conscription age to 27.'],
    // Other numbers, other protests
    ['protest-detentions', 'Police in Tehran detained 1,311 protesters.'],
    ['protest-detentions', 'Police detained 735 people at rallies against the pension reform.'],
    ['protest-detentions', 'Videos showed football fans clashing with police after the match.'],
    ['protest-detentions', 'У Києві ТЦК затримали учасників акції проти мобілізації.'],
    ['protest-detentions', 'The prosecutor asked for 15 years in prison for the bank managers.'],
    // Other men sent home, other numbers
    ['wrongful-callups', 'Ukraine said 111 of its soldiers returned home in a prisoner exchange.'],
    ['wrongful-callups', 'In Buryatia 70 schoolchildren were sent home after the snowstorm.'],
    ['protest-detentions', 'O Ministério Público pediu 15 anos de prisão para o autor do assalto.'],
    // Someone else's desperation, someone else's training
    ['us-reaction', "Kyiv called Putin's mobilization an act of desperation."],
    ['us-reaction', 'The White House called the attack a desperate act.'],
    ['us-reaction', 'Analysts said NATO would train and equip Ukrainian soldiers.'],
    ['us-reaction', 'Kirby said Ukraine was struggling to hold the line near Bakhmut.'],
    // Other borders, other decisions
    ['border-restrictions', 'Estonia, Latvia, Lithuania and Poland agreed to build a joint railway.'],
    ['border-restrictions', 'Georgia will not close its schools during the flu season.'],
    ['border-restrictions', 'Peskov said no decision had been taken on the gas contract.'],
    ['border-restrictions', 'Finland eased rules for tourists from Japan.'],
    // Returns, punishments and fares unrelated to the draft
    ['how-many-returned', 'Ukrainian refugees who fled the war are coming back because they cannot find work abroad.'],
    ['penalties-for-leavers', 'It remains unclear whether the manager who left the company will be punished.'],
    ['border-queues', 'Ticket prices for summer flights to Turkey soared.'],
    ['who-can-be-called-up', 'Applicants with no military experience were hired by the security firm.'],
  ])('%s: no match in the look-alike: %s', (questionId, sentence) => {
    expect(firing(sentence, questionId)).toBeUndefined();
  });

  it.each([
    ['protest-detentions', 'pr-ovd-1311', 'OVD-Info said police detained 1,300 people at protests against the mobilization.'],
    ['protest-detentions', 'pr-ovd-735-evening', 'At least 753 people were detained at anti-mobilization rallies, OVD-Info said.'],
    ['electronic-summons-law', 'es-law-signed', 'The State Duma passed a bill on electronic summonses, which Putin has yet to sign.'],
  ])('%s: the question, but not %s, in: %s', (questionId, claimId, sentence) => {
    const match = findClaims(sentence, compiled).find((found) => found.questionId === questionId);
    expect(match).toBeDefined();
    expect(match?.claimIds).not.toContain(claimId);
  });
});

describe('pack matchers: local names and local numbers in all ten languages', () => {
  const claimsOf = (sentence: string) => findClaims(sentence, compiled).flatMap((match) => match.claimIds);

  it.each([
    // Shoigu's 300,000, with his name as each language spells it
    ['en', 'Shoigu said 300,000 reservists would be called up.', 'mob-shoigu-300k-target'],
    ['ru', 'Шойгу заявил, что будут призваны 300 тысяч резервистов.', 'mob-shoigu-300k-target'],
    ['uk', 'Шойгу заявив, що буде призвано триста тисяч резервістів.', 'mob-shoigu-300k-target'],
    ['de', 'Schoigu kündigte an, 300.000 Reservisten einzuberufen.', 'mob-shoigu-300k-target'],
    ['fr', 'Choïgou a annoncé que 300 000 réservistes seraient mobilisés.', 'mob-shoigu-300k-target'],
    ['es', 'Shoigú anunció que 300.000 reservistas serán movilizados.', 'mob-shoigu-300k-target'],
    ['it', 'Shoigu ha annunciato che saranno richiamati 300 mila riservisti.', 'mob-shoigu-300k-target'],
    ['pt', 'Shoigu anunciou que 300 mil reservistas serão convocados.', 'mob-shoigu-300k-target'],
    ['pl', 'Szojgu zapowiedział, że do wojska zostanie powołanych 300 tys. rezerwistów.', 'mob-shoigu-300k-target'],
    ['nl', 'Sjojgoe zei dat driehonderdduizend reservisten worden opgeroepen.', 'mob-shoigu-300k-target'],
    // The queue at Upper Lars, by its local names
    ['en', 'The queue at Upper Lars stretched for 15 kilometres.', 'queue-ap-15km-upper-lars'],
    ['ru', 'Очередь на КПП Верхний Ларс растянулась на 15 км.', 'queue-ap-15km-upper-lars'],
    ['uk', 'Черга до пункту пропуску Верхній Ларс розтягнулася на 15 км.', 'queue-ap-15km-upper-lars'],
    ['de', 'Vor dem Übergang Oberer Lars stauten sich die Autos auf 15 Kilometern.', 'queue-ap-15km-upper-lars'],
    ['pl', 'Kolejka do przejścia Górny Łars miała 15 kilometrów.', 'queue-ap-15km-upper-lars'],
    // Arrivals in Kazakhstan, with the number written the local way
    ['pl', 'Do Kazachstanu wjechało dwieście tysięcy Rosjan.', 'kz-akhmetzhanov-200k'],
    ['pt', 'Mais de 200 mil russos entraram no Cazaquistão.', 'kz-akhmetzhanov-200k'],
    ['nl', 'Bijna 98.000 Russen zijn Kazachstan binnengekomen.', 'kz-atalykov-98k'],
    ['es', 'Unos 200 mil rusos entraron en Kazajistán.', 'kz-akhmetzhanov-200k'],
    ['it', 'In Kazakistan sono entrati 400 mila russi.', 'kz-duisenova-400k'],
    ['fr', 'Au Kazakhstan, 98 000 Russes sont arrivés en une semaine.', 'kz-atalykov-98k'],
    // Swiss digit groups (an apostrophe or a typographic one)
    ['de', 'Laut Putin wurden 318’000 Männer mobilisiert.', 'mob-putin-318k'],
    ['fr', "Selon Poutine, 318'000 hommes ont été mobilisés.", 'mob-putin-318k'],
    ['de', "In Kasachstan sind rund 98'000 Russen eingereist.", 'kz-atalykov-98k'],
    // 700,000 left
    ['pl', 'Rosję opuściło siedemset tysięcy osób.', 'left-forbes-600-700k'],
    ['nl', 'Zo’n 700.000 Russen hebben Rusland verlaten sinds de mobilisatie.', 'left-forbes-600-700k'],
    ['pt', 'Cerca de 700 mil russos deixaram a Rússia após a mobilização.', 'left-forbes-600-700k'],
  ])('%s: %s', (_lang, sentence, claimId) => {
    expect(claimsOf(sentence)).toContain(claimId);
  });

  it.each([
    'Rosję opuściło siedem tysięcy osób.',
    'Zo’n 70.000 Russen hebben Rusland verlaten sinds de mobilisatie.',
    'Cerca de 7 mil russos deixaram a Rússia após a mobilização.',
    'Szojgu zapowiedział, że do wojska zostanie powołanych 30 tys. rezerwistów.',
    'Do Kazachstanu wjechało dwadzieścia tysięcy Rosjan.',
    'Vor dem Übergang Oberer Lars stauten sich die Autos auf 1,5 Kilometern.',
  ])('a look-alike number is no claim: %s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });
});

