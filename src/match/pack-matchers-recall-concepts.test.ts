/**
 * Concepts added for recall, each in several languages: the exit ban told with the verb of
 * banning ("заборонять виїзд", "prohibir la salida"); a summons written as a notice or
 * notification; the law's electronic register and what the law provides for once the story has
 * named the Duma; the Duma "supporting" a bill; the call-up of reservists as the mobilization and
 * its end ("das Ende der Teilmobilmachung"); Shoigu's figures in the story of the call-up told
 * without a call-up word; and the Kremlin admitting that errors were made. Invented sentences;
 * look-alikes (another state, Ukraine, a figure of something else, "over" as "more than") stay
 * unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('the exit ban told with the verb of banning', () => {
  it.each([
    ['uk', 'Росіянам, які отримали повістку, заборонять виїзд за кордон.'],
    ['ru', 'Мужчинам, получившим повестку, запретят выезд из страны.'],
    ['es', 'La ley permite prohibir la salida del país a quienes reciban una citación.'],
    ['pt', 'A lei proíbe a saída do país a quem receber uma convocatória.'],
    ['fr', 'Moscou va interdire la sortie du territoire aux hommes qui ont reçu une convocation.'],
  ])('is read as the ban on the summoned (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('exit-bans-summoned');
  });

  it('stays silent on Ukraine’s own ban', () => {
    expect(questions('В Україні чоловікам, які отримали повістку, заборонять виїзд за кордон.', 'uk')).not.toContain('exit-bans-summoned');
  });
});

describe('a summons written as a notice, sent electronically or deemed served', () => {
  it.each([
    ['en', 'In Russia, notices will now be sent electronically to every reservist.'],
    ['es', 'En Rusia, los militares podrán enviar las notificaciones de manera electrónica.'],
    ['pt', 'Na Rússia, os militares poderão enviar notificações por via eletrónica.'],
    ['it', 'In Russia le notifiche arriveranno in modo elettronico.'],
    ['en', 'In Russia, the notice will be considered valid once it is posted on the state portal.'],
  ])('is read as the law (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('electronic-summons-law');
  });

  it('stays silent on a notice with no summons or country', () => {
    expect(questions('Notices will be sent electronically to all customers of the bank.', 'en')).not.toContain('electronic-summons-law');
  });
});

describe('the electronic register and what the law provides for, in a story on the Duma', () => {
  it.each([
    ['es', 'La Duma de Rusia aprobó la ley. El texto crea un registro electrónico único de reclutas.'],
    ['pt', 'A Duma aprovou a lei. O diploma cria um registo eletrónico único de pessoas em idade militar.'],
    ['nl', 'De Doema keurde de wet goed. Reservisten kunnen nu digitaal opgeroepen worden.'],
    ['de', 'Die Staatsduma hat das Gesetz verabschiedet. Es schafft ein elektronisches Register der Wehrpflichtigen.'],
  ])('is read as the law (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('electronic-summons-law');
  });

  it('stays silent on a heading that only names the bill', () => {
    expect(questions('The State Duma voted on Tuesday.\nFirst reactions to the digital summons bill\nJournalists were unimpressed.', 'en')).not.toContain('electronic-summons-law');
  });
});

describe('the Duma supporting the bill', () => {
  it.each([
    ['en', 'The Russian State Duma almost unanimously supported the legislation on electronic summonses.'],
    ['uk', 'Держдума 11 квітня підтримала поправки.'],
    ['ru', 'Законопроект, принятый Госдумой 11 апреля, вводит электронные повестки.'],
    ['es', 'La Duma aprueba la ley de las citaciones electrónicas.'],
  ])('is read as the law passed (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('electronic-summons-law');
  });
});

describe('the end of the call-up of reservists', () => {
  it.each([
    ['en', 'Shoigu tells Putin partial mobilization over in Russia.'],
    ['en', 'Shoigu says the partial mobilization complete in all regions.'],
    ['ru', 'Шойгу заявил о завершении мероприятий по призыву резервистов.'],
    ['de', 'Der Kreml sagte, es werde kein Dekret über das Ende der Teilmobilmachung geben.'],
    ['fr', 'Le ministre a annoncé que le rappel des réservistes était terminé.'],
  ])('is read as the call-up completed (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('when-mobilization-complete');
  });

  it('does not read "over" meaning "more than"', () => {
    expect(questions('During the partial mobilization over 1,000 men were detained.', 'en')).not.toContain('when-mobilization-complete');
  });

  it.each([
    ['ru', 'Частичная мобилизация в России не завершена, заявил Песков.'],
    ['uk', 'Часткова мобілізація в Росії не завершена, заявив Пєсков.'],
    ['en', 'Peskov said the partial mobilization in Russia is not over.'],
    ['de', 'Peskow sagte, die Teilmobilmachung in Russland sei nicht beendet.'],
    ['fr', 'Selon Peskov, la mobilisation partielle en Russie n’est pas terminée.'],
  ])('does not read the call-up said NOT to be over as completed (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('when-mobilization-complete');
  });
});

describe('Shoigu’s figures in the story of the call-up', () => {
  const story: Record<string, string> = {
    pl: 'Putin ogłosił częściową mobilizację. Siergiej Szojgu powiedział jasno: 300 tysięcy osób.',
    de: 'Putin hat die Teilmobilmachung angeordnet. Verteidigungsminister Sergej Schoigu sprach am Mittwoch von 300.000 Personen.',
    fr: 'La mobilisation partielle a commencé. Seulement 300 000 hommes, précise le ministre Sergueï Choïgou.',
    es: 'Rusia anunció la movilización parcial. Según el ministro Serguéi Shoigú, serán 300.000 hombres.',
    en: 'Russia announced a partial mobilization. Shoigu later said more than 200,000 people had joined the armed forces.',
  };
  it.each(Object.entries(story))('is read as the number mobilized (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('how-many-mobilized');
  });

  it('stays silent on a figure of contract soldiers or of those who left', () => {
    expect(questions('Russia announced a partial mobilization. Shoigu said 300,000 contract soldiers would be recruited next year.', 'en')).not.toContain('how-many-mobilized');
    expect(questions('Russia announced a partial mobilization. Shoigu denied that 200,000 men had left the country.', 'en')).not.toContain('how-many-mobilized');
  });
});

describe('the Kremlin admitting that errors were made in the call-up', () => {
  it.each([
    ['it', 'Putin sulla mobilitazione: "Sono stati commessi degli errori."'],
    ['es', 'El Kremlin admitió que hubo errores durante la movilización de reservistas.'],
    ['en', 'Putin admitted that mistakes were made during the mobilization.'],
    ['ru', 'Песков признал, что при мобилизации были допущены ошибки.'],
    ['de', 'Der Kreml räumte ein, dass bei der Mobilmachung Fehler gemacht wurden.'],
  ])('is read as the wrongful call-ups (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('wrongful-callups');
  });

  it('stays silent on errors in Ukraine’s mobilization', () => {
    expect(questions('Zelensky admitted that mistakes were made during the mobilization in Ukraine.', 'en')).not.toContain('wrongful-callups');
  });
});

describe('the law creating the register, in a story on Russia', () => {
  it.each([
    ['en', 'The Russian bill provides for the creation of a unified register of persons liable for military service.'],
    ['ru', 'Согласно закону, принятому Госдумой, создается реестр воинского учета.'],
    ['uk', 'Закон Держдуми передбачає створення цифрового реєстру військового обліку.'],
    ['pt', 'A lei russa prevê a criação de um registo militar único.'],
  ])('is read as the register (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('register-launch');
  });

  it('stays silent on a registration office or Ukraine’s register', () => {
    expect(questions('Rosja: utworzenie systemu wymiany danych z urzędami rejestracji wojskowej, podała Duma.', 'pl')).not.toContain('register-launch');
    expect(questions('Ukraine’s parliament approved the creation of a register of persons liable for military service.', 'en')).not.toContain('register-launch');
  });

  it('reads the registers’ genitive as the register, not as registering (pl, diacritics folded)', () => {
    expect(questions('Rosyjska Duma przewiduje utworzenie rejestrów osób podlegających służbie wojskowej.', 'pl')).toContain('register-launch');
  });
});

describe('the law’s temporary measures on a man who does not report', () => {
  it.each([
    ['uk', 'Держдума ухвалила закон.\nЯкщо призовник не з\'являється у військкоматі протягом 20 днів, проти нього можуть бути вжиті "тимчасові заходи".'],
    ['ru', 'Госдума приняла закон.\nЕсли призывник не является в военкомат, к нему применят временные меры.'],
    ['en', 'The Duma passed the law.\nIf a conscript does not show up at the enlistment office, temporary measures will apply.'],
  ])('is read as the law (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('electronic-summons-law');
  });

  it('does not take the Russian copula "не является" (is not) for not reporting', () => {
    expect(questions('Госдума приняла закон.\nНедвижимость в России не является гарантией, пояснил депутат.', 'ru')).not.toContain('electronic-summons-law');
  });
});

describe('protests against the call-up, in other words', () => {
  it.each([
    ['de', 'Seit Putin die Teilmobilmachung verkündet hat, wurden bei Massenprotesten mehr als 2.000 Menschen festgenommen.'],
    ['pt', 'Mais de 2 mil pessoas já foram detidas em protestos por toda a Rússia contra o recrutamento forçado.'],
  ])('is read as the detentions (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('protest-detentions');
  });
});

describe('the decree fulfilled, told by the Kremlin', () => {
  it.each([
    ['en', 'Peskov said that the mobilization decree had been implemented in full.'],
    ['de', 'Peskow betonte, der Erlass vom 21. September sei erfüllt.'],
    ['ru', 'Песков заявил, что указ о мобилизации выполнен в полном объеме.'],
    ['es', 'El Kremlin dijo que el decreto de movilización se ha cumplido.'],
  ])('is read as the call-up completed (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('when-mobilization-complete');
  });

  it('stays silent on another country’s decree', () => {
    expect(questions('Zelensky said the decree on mobilization in Ukraine had been implemented in full.', 'en')).not.toContain('when-mobilization-complete');
  });
});

describe('Kartapolov’s 10,000 sent home', () => {
  it.each([
    ['ru', 'Картаполов заявил, что порядка 10 тыс. мобилизованных потом вернули домой.'],
    ['de', 'Kartapolow sagte, etwa 10.000 Mobilisierte seien nach Hause geschickt worden.'],
    ['it', 'Secondo Kartapolov, circa 10.000 mobilitati sono stati rimandati a casa.'],
  ])('is read as the wrongful call-ups (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('wrongful-callups');
  });

  it('stays silent on another number', () => {
    expect(questions('Картаполов заявил, что 1000 мобилизованных вернули домой.', 'ru')).not.toContain('wrongful-callups');
  });
});

describe('names in the spellings other languages borrow', () => {
  it.each([
    ['de', 'Kremlsprecher Dmitri Peskov nannte die Berichte über 700.000 Ausgereiste eine Fälschung.', 'how-many-left-russia'],
    ['pl', 'Dmitrij Peskow nazwał doniesienia o 700 tysiącach, którzy wyjechali z Rosji, kaczką dziennikarską.', 'how-many-left-russia'],
    ['pl', 'Kartapolow: około 10 tysięcy zmobilizowanych odesłano do domu.', 'wrongful-callups'],
  ])('reads the name (%s)', (lang, text, question) => {
    expect(questions(text, lang)).toContain(question);
  });
});

describe('arrivals and departures told with "come to" and "flee the country"', () => {
  it.each([
    ['en', 'Around 700,000 Russian citizens have come to Georgia since the mobilization, President Zourabichvili says.', 'georgia-arrivals'],
    ['pl', 'Prawie 200 tysięcy Rosjan miało uciec z kraju przed mobilizacją.', 'how-many-left-russia'],
    ['es', 'Unos 200.000 rusos decidieron salir del país tras la movilización.', 'how-many-left-russia'],
    ['en', 'Kremlin officials say about 700,000 people left the country in two weeks.', 'how-many-left-russia'],
  ])('is read as the claim (%s)', (lang, text, question) => {
    expect(questions(text, lang)).toContain(question);
  });

  it('stays silent on another year', () => {
    expect(questions('In 2015, around 700,000 tourists have come to Georgia.', 'en')).not.toContain('georgia-arrivals');
  });
});

describe('Kazakhstan sending back only the wanted, in other words', () => {
  it.each([
    ['en', 'The interior minister of Kazakhstan said the government would not deport anyone evading the call-up unless they were sought abroad for criminal activity.'],
    ['fr', "Le ministre de l'Intérieur du Kazakhstan a déclaré que les autorités ne renverraient pas chez eux ceux qui évitent l'appel, sauf s'ils sont recherchés."],
    ['de', 'Kasachstan werde niemanden abschieben, der vor der Einberufung flieht, außer bei einer Straftat, sagte der Innenminister.'],
  ])('is read as the stance (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('kazakhstan-stance');
  });

  it('stays silent without Kazakhstan', () => {
    expect(questions('Georgia would not deport anyone evading the call-up unless they were sought abroad for criminal activity.', 'en')).not.toContain('kazakhstan-stance');
  });
});

describe('the daily arrivals in Georgia told without naming it, in a story on Georgia', () => {
  it.each([
    ['ru', 'Министр внутренних дел Грузии рассказал о потоке россиян.\n«Вчера, например, было 11 200 человек», - сказал министр.'],
    ['de', 'Georgiens Innenminister sprach über die Einreisen.\nVorgestern waren es 11.200 Menschen, sagte er.'],
    ['fr', 'Le ministère géorgien a donné des chiffres.\nIls étaient 11 200 dimanche, a indiqué le ministère.'],
    ['ru', 'Россияне едут в Грузию.\nКаждый день границу пересекают 10 000.'],
  ])('is read as the arrivals (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('georgia-arrivals');
  });

  it('stays silent on another destination, another number or without Georgia', () => {
    expect(questions('Russians go to Georgia.\nThe roads are busy.\nEvery day 10,000 people cross into Kazakhstan.', 'en')).not.toContain('georgia-arrivals');
    expect(questions('Russians go to Georgia.\nYesterday there were 11,000 people.', 'en')).not.toContain('georgia-arrivals');
    expect(questions('Yesterday there were 11,200 people at the stadium.', 'en')).not.toContain('georgia-arrivals');
  });

  it('stays silent on the figure of another destination the story names (Armenia, Turkey, the Baltic states)', () => {
    // The figure with the sentence before naming Georgia (carried) and with Georgia only further back (the story's subject).
    expect(questions('Russians go to Georgia.\nEvery day 10,000 people arrive in Armenia.', 'en')).not.toContain('georgia-arrivals');
    expect(questions('Russians go to Georgia.\nThe roads are busy.\nEvery day 10,000 people arrive in Armenia.', 'en')).not.toContain('georgia-arrivals');
    expect(questions('Россияне едут в Грузию.\nКаждый день в Турцию прилетают 10 000 человек.', 'ru')).not.toContain('georgia-arrivals');
    expect(questions('Rosjanie jadą do Gruzji.\nCodziennie 10 000 osób wjeżdża na Łotwę.', 'pl')).not.toContain('georgia-arrivals');
    expect(questions('Россияне едут в Грузию.\nКаждый день границу пересекают 10 000.', 'ru')).toContain('georgia-arrivals');
  });
});

describe('a reservist mobilized electronically', () => {
  it.each([
    ['pt', 'De acordo com a nova lei russa, um reservista pode agora ser mobilizado eletronicamente.'],
    ['en', 'Under the new Russian law, a reservist can now be mobilized electronically.'],
    ['fr', 'Selon la nouvelle loi russe, les réservistes pourront être mobilisés électroniquement.'],
  ])('is read as the law (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('electronic-summons-law');
  });

  it('stays silent on Ukraine', () => {
    expect(questions('In Ukraine, a reservist can now be mobilized electronically through Reserve+.', 'en')).not.toContain('electronic-summons-law');
  });
});

describe('a word after an elided article or preposition (French, Italian)', () => {
  it.each([
    ['fr', 'Des milliers de jeunes hommes en âge de combattre tentent d’échapper à la mobilisation.', 'how-many-left-russia'],
    ['fr', 'Les réseaux sociaux font état de plusieurs kilomètres d’embouteillages aux postes frontières du Kazakhstan.', 'kazakhstan-arrivals'],
  ])('is read (%s)', (lang, text, question) => {
    expect(questions(text, lang)).toContain(question);
  });

  it('reads veto words after an elision too', () => {
    // "d'Ukrainiens": Ukraine's own call-up, as "Ukrainiens" alone is.
    expect(questions("Des milliers d'Ukrainiens en âge de combattre tentent d'échapper à la mobilisation.", 'fr')).not.toContain('how-many-left-russia');
  });
});
