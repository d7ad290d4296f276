import { describe, expect, it } from 'vitest';
import { alternationSource, compileLexicon } from './compile-lexicon';
import { normalizeText } from './normalize-text';
import { otherSenseSubject, rivalSubject, scoreTopic } from './topic-score';
import { packLexicon } from './test-support';

const compiled = compileLexicon(packLexicon());

function score(lang: string, headline: string, body: string) {
  const language = compiled.languages.get(lang);
  if (!language) throw new Error(`no lexicon for ${lang}`);
  return scoreTopic(language, { headline: normalizeText(headline), body: normalizeText(body) });
}

describe('who mobilizes whom, voted over every mention', () => {
  it('lets most mentions decide, not the one nearest a Russia anchor', () => {
    const call = (position: number) => ({ position, role: 'mobilization' });
    // Three mentions sit next to the rival anchor at 100, one next to Russia at 900.
    expect(rivalSubject([call(90), call(120), call(150), call(880)], [900], [100])).toBe(true);
    // Russia's own call-up with one line about the other side stays Russia's.
    expect(rivalSubject([call(90), call(880), call(920), call(950)], [900], [100])).toBe(false);
    // One vote is not a subject.
    expect(rivalSubject([call(90)], [900], [100])).toBe(false);
    expect(rivalSubject([call(90), call(120)], [900], [])).toBe(false);
  });

  it('reads a report on Ukrainian men evading Ukraine’s draft as Ukraine’s, though it names Russia as the invader', () => {
    const ukraine = score(
      'en',
      'Ukrainian border guards chase draft evaders at the river',
      'Thousands of Ukrainian men try to escape conscription by crossing the river to Romania. ' +
        'Ukraine has fought Russia’s invasion for two years, and its army needs men. ' +
        'Ukrainian border guards say draft-age men risk drowning; the conscription law bars them from leaving. ' +
        'Ukrainians caught at the border are handed to the recruitment office.',
    );
    const russia = score(
      'en',
      'Russian men cross into Georgia to escape the draft',
      'Thousands of Russian men try to escape conscription by crossing into Georgia after Putin’s decree. ' +
        'Russia’s border guards let most of them leave; draft-age men queue for days. ' +
        'Ukrainians watched the queues on television.',
    );
    expect(ukraine.score).toBeLessThan(5);
    expect(russia.score).toBeGreaterThan(ukraine.score * 3);
  });
});

describe('the exodus of Russians, named as Russians, in every first-ten language', () => {
  const cases: Array<[string, string]> = [
    ['es', 'Miles de rusos que huyen de la guerra llegan a Belgrado y abren negocios.'],
    ['fr', 'Des milliers de Russes qui fuient la guerre arrivent à Belgrade.'],
    ['it', 'Migliaia di russi in fuga arrivano a Belgrado e aprono locali.'],
    ['pt', 'Milhares de russos que fogem da guerra chegam a Belgrado.'],
    ['nl', 'Duizenden gevluchte Russen wonen nu in Belgrado.'],
    ['de', 'Tausende geflüchtete Russen leben inzwischen in Belgrad.'],
  ];
  for (const [lang, text] of cases) {
    it(`counts the phrase as core evidence (${lang})`, () => {
      expect(score(lang, '', text).positive).toBeGreaterThanOrEqual(2.5);
    });
  }
});

describe('routine conscription as a sense of the call-up words (zh, ja)', () => {
  it('reads 征兵 next to the autumn conscription as the routine draft', () => {
    const routine = score('zh', '俄罗斯开始秋季征兵', '普京签署命令,俄罗斯秋季征兵规模为13.5万人,征兵通知首次以电子形式发送。');
    const callUp = score('zh', '俄罗斯局部动员', '普京宣布局部动员,征召30万预备役人员,许多男子离开俄罗斯。');
    expect(routine.score).toBeLessThan(callUp.score);
    expect(routine.score).toBeLessThan(4);
  });

  it('reads a routine decree as routine in added languages, by the same concepts (twice a year, the age band)', () => {
    const ro = score('ro', 'Putin a semnat decretul de recrutare', 'Putin a semnat decretul: 160.000 de cetățeni ruși între 18 și 30 de ani vor fi încorporați în armată. Recrutarea are loc de două ori pe an, primăvara și toamna.');
    expect(ro.score).toBeLessThan(compiled.threshold);
    const zh = score('zh', '普京签署征兵令', '普京签署命令,征召16万名18岁至30岁的俄罗斯公民服兵役,服役一年。俄罗斯每年两次征兵。');
    expect(zh.score).toBeLessThan(compiled.threshold);
  });

  it('reads 徴兵 next to the spring conscription as the routine draft', () => {
    const routine = score('ja', 'ロシア、春の徴兵を開始', 'プーチン大統領は春の徴兵に関する大統領令に署名し、徴兵対象は15万人となった。');
    expect(routine.score).toBeLessThan(4);
  });
});

describe('routine conscription as a sense of the whole text, in every first-ten language', () => {
  it('lets the mentions next to routine markers decide, unless the text shows the 2022 call-up', () => {
    const call = (position: number, weight = 1) => ({ position, role: 'mobilization', marker: false, sign: false, weight });
    const marker = (position: number, weight = 1) => ({ position, role: 'near-miss', marker: true, sign: false, weight });
    const sign = (position: number, weight = 1) => ({ position, role: 'mobilization', marker: false, sign: true, weight });
    expect(otherSenseSubject([call(10), marker(60), call(120), call(900)])).toBe(true);
    // A text that has both keeps the call-up when its signs weigh as much as the routine markers.
    expect(otherSenseSubject([call(10), marker(60), call(120), sign(700)])).toBe(false);
    // A routine decree (markers in headline and lead) that recalls the 2022 call-up once in the body stays routine.
    expect(otherSenseSubject([marker(5, 2), call(20, 2), marker(80, 1.5), call(140, 1.5), marker(300, 1.5), call(320, 1.5), sign(900, 1)])).toBe(true);
    // A call-up report (its signs in headline and lead) that mentions the autumn draft keeps the call-up.
    expect(otherSenseSubject([sign(5, 2), call(30, 2), sign(90, 1.5), call(150, 1.5), marker(200, 1.5), call(260, 1.5), marker(420, 1)])).toBe(false);
    // Most mentions far from any marker: not routine.
    expect(otherSenseSubject([call(10), marker(60), call(900), call(1400), call(2000)])).toBe(false);
    expect(otherSenseSubject([call(10), call(120)])).toBe(false);
  });

  it('reads a decree report whose routine markers lead the text as routine, though most mentions sit far from them', () => {
    const call = (position: number, weight = 1) => ({ position, role: 'mobilization', marker: false, sign: false, weight });
    const marker = (position: number, weight = 1) => ({ position, role: 'near-miss', marker: true, sign: false, weight });
    const sign = (position: number, weight = 1) => ({ position, role: 'mobilization', marker: false, sign: true, weight });
    // Two markers in the lead, the conscripts told of at length further down, the 2022 call-up recalled once.
    expect(otherSenseSubject([call(20, 2), marker(300, 1.5), call(350, 1.5), marker(420, 1.5), call(900), call(1100), call(1300), sign(1500)])).toBe(true);
    // One marker is not enough to claim mentions that sit far from it.
    expect(otherSenseSubject([call(20, 2), marker(300, 1.5), call(350, 1.5), call(900), call(1100), call(1300)])).toBe(false);
    // Markers that weigh a lot still lose to the 2022 call-up's signs when those weigh half as much or more.
    expect(otherSenseSubject([call(20, 2), marker(300, 1.5), call(350, 1.5), marker(420, 1.5), call(900), sign(1000), sign(1200)])).toBe(false);
  });

  it('reads the size of a seasonal draft (about 120,000 to 160,000) as a routine marker, and the 2022 call-up’s figures not', () => {
    const decree = score('nl', 'Poetin roept 150.000 Russen op voor de dienstplicht', 'Het Kremlin meldt dat Poetin weer 150.000 Russen voor de dienstplicht heeft opgeroepen. Vorig jaar kregen 130.000 mannen de oproep. Tijdens de mobilisatie twee jaar geleden probeerde menig Rus het land te verlaten.');
    expect(decree.score).toBeLessThan(compiled.threshold);
    const callUp = score('nl', 'Poetin roept 300.000 reservisten op', 'President Poetin heeft 300.000 reservisten opgeroepen, meldt het Kremlin. Tijdens de mobilisatie probeerden veel Russen het land te verlaten; 200.000 vertrokken naar Kazachstan.');
    expect(callUp.score).toBeGreaterThanOrEqual(compiled.threshold);
  });

  it('reads a seasonal draft size written with the word for thousand as the same marker as its digits (tr, pl, es, ru)', () => {
    // Our own short decree reports; {N} is the draft's size, written in several ways.
    const decrees: Array<[string, string, string, [string, ...string[]], string[]]> = [
      ['tr', 'Putin, sonbaharda {N} kişinin askere alınmasına dair kararname imzaladı', 'Rusya Devlet Başkanı Putin, {N} Rus vatandaşının sonbahar celp döneminde orduya katılmasını öngören kararnameyi imzaladı. Kısmi seferberlik geçen ay ilan edilmişti.', ['120 bin', '120.000'], ['binlerce']],
      ['pl', 'Putin podpisał dekret o poborze {N} Rosjan', 'Prezydent Rosji podpisał dekret, na mocy którego jesienią do wojska trafi {N} mężczyzn. We wrześniu Kreml ogłosił częściową mobilizację.', ['120 tys.', '120 tysięcy', '120 000'], ['tysiące']],
      ['es', 'Putin firma el decreto para llamar a filas a {N} rusos', 'El presidente ruso firmó el decreto por el que {N} ciudadanos serán llamados a filas este otoño. En septiembre el Kremlin anunció la movilización parcial.', ['120 mil', '120.000'], ['miles de', '120 millones de']],
    ];
    for (const [lang, headline, body, sizes, noSizes] of decrees) {
      const at = (size: string) => score(lang, headline.replace('{N}', size), body.replace('{N}', size)).score;
      const first = at(sizes[0]);
      expect(first, lang).toBeLessThan(compiled.threshold);
      for (const size of sizes) expect(at(size), `${lang} ${size}`).toBe(first);
      // No figure, or a figure in millions ("mil" must not read "millones"): the call-up words stay.
      for (const size of noSizes) expect(at(size), `${lang} ${size}`).toBeGreaterThanOrEqual(compiled.threshold);
    }
    // A thousand word after the 2022 call-up's own figure is no draft size.
    const callUp = score('ru', 'Путин объявил о призыве 300 тысяч резервистов', 'Президент России объявил частичную мобилизацию: в армию призовут 300 тысяч резервистов.');
    expect(callUp.score).toBeGreaterThanOrEqual(compiled.threshold);
  });

  it('reads a Moscow postal code (101000–129999, no separator, before a comma) as no draft size', () => {
    const plain = score('nl', 'Poetin roept Russen op voor de dienstplicht', 'Het Kremlin meldt dat Poetin weer Russen voor de dienstplicht heeft opgeroepen. Tijdens de mobilisatie twee jaar geleden probeerde menig Rus het land te verlaten.');
    const addressed = score('nl', 'Poetin roept Russen op voor de dienstplicht', 'Het Kremlin (125009, Moskou) meldt dat Poetin weer Russen voor de dienstplicht heeft opgeroepen. Post gaat naar 129090, Moskou. Tijdens de mobilisatie twee jaar geleden probeerde menig Rus het land te verlaten.');
    expect(addressed.score).toBe(plain.score);
    expect(addressed.score).toBeGreaterThanOrEqual(compiled.threshold);
    const office = score('ru', 'Военкомат: 125009, Москва', 'Мобилизованных собирают по адресу 125009, Москва, ул. Тверская, 13, и 129090, Москва, пр. Мира, 7. Повестки вручают на улице.');
    expect(office.score).toBeGreaterThanOrEqual(compiled.threshold);
  });

  it('counts the electronic-summons law as a sign of the call-up, so a report on it that names the spring draft keeps the call-up', () => {
    const law = score(
      'en',
      'Duma passes law on electronic summons',
      'The State Duma passed the law on electronic summons and a unified register of those liable for military service: a man who receives a summons may not leave Russia. The law applies from the spring conscription campaign, to men between 18 and 30.',
    );
    expect(law.score).toBeGreaterThanOrEqual(compiled.threshold);
  });

  // Our own short reports: a routine decree, and the same words in a report on the 2022 call-up.
  const cases: ReadonlyArray<readonly [string, string, string, string, string]> = [
    ['en', 'Putin orders the autumn draft', 'Putin signed the decree on the regular call-up: 130,000 conscripts aged 18 to 30 will be drafted into the Russian army for one year of military service. The Kremlin says the conscripts will not be sent to the front.',
      'Putin orders a partial mobilization', 'Putin signed the decree on partial mobilization: 300,000 reservists will be called up into the Russian army, and draft notices reached men across Russia.'],
    ['ru', 'Путин подписал указ об осеннем призыве', 'Путин подписал указ о призыве на срочную службу: в армию призовут 130 тысяч граждан России в возрасте от 18 до 30 лет, не пребывающих в запасе. Призывников не отправят в зону специальной военной операции.',
      'Путин объявил частичную мобилизацию', 'Путин подписал указ о частичной мобилизации: в армию призовут 300 тысяч резервистов, повестки получили мужчины по всей России.'],
    ['de', 'Putin ordnet die Herbsteinberufung an', 'Putin unterzeichnete das Dekret: 130.000 Wehrpflichtige im Alter von 18 bis 30 Jahren werden in Russland zum einjährigen Wehrdienst einberufen. Die Rekruten sollen nicht an die Front.',
      'Putin ordnet die Teilmobilmachung an', 'Putin unterzeichnete das Dekret zur Teilmobilmachung: 300.000 Reservisten werden in Russland einberufen, Männer erhalten Einberufungsbescheide.'],
    ['fr', 'Poutine lance la conscription d\'automne', 'Poutine a signé le décret sur la conscription : 130 000 citoyens russes âgés de 18 à 30 ans seront appelés au service militaire obligatoire en Russie. Les conscrits ne seront pas envoyés au front.',
      'Poutine décrète la mobilisation partielle', 'Poutine a signé le décret de mobilisation partielle : 300 000 réservistes seront appelés en Russie, les convocations arrivent dans tout le pays.'],
    ['es', 'Putin firma el decreto de reclutamiento', 'Putin firmó el decreto: 135.000 rusos de entre 18 y 30 años que no estén en la reserva serán llamados a filas entre octubre y diciembre. El servicio militar dura un año y los reclutas no serán enviados al frente.',
      'Putin decreta una movilización parcial', 'Putin firmó el decreto de movilización parcial: 300.000 reservistas serán llamados a filas en Rusia y las citaciones llegan a hombres de todo el país.'],
    ['it', 'Putin firma il decreto sulla leva', 'Putin ha firmato il decreto: saranno chiamati 160.000 russi dai 18 ai 30 anni che non sono nella riserva: il servizio militare inizia con la campagna di primavera. Le reclute non saranno inviate al fronte.',
      'Putin annuncia la mobilitazione parziale', 'Putin ha firmato il decreto di mobilitazione parziale: 300.000 riservisti saranno richiamati in Russia, le cartoline precetto arrivano agli uomini di tutto il paese.'],
    ['pt', 'Putin assina decreto de recrutamento', 'Putin assinou um decreto que convoca 147 mil russos entre os 18 e os 30 anos que não estão na reserva para o recrutamento da primavera. O decreto também dispensa do serviço militar os soldados cujo período de recruta expirou.',
      'Putin decreta mobilização parcial', 'Putin assinou o decreto de mobilização parcial: 300 mil reservistas serão convocados na Rússia, e as convocações chegam a homens de todo o país.'],
    ['nl', 'Poetin roept dienstplichtigen op', 'Poetin tekende het decreet: 150.000 Russen van 18 tot 30 jaar die niet in de reserve zijn, worden in Rusland opgeroepen voor de dienstplicht, zoals elk voorjaar en najaar.',
      'Poetin kondigt gedeeltelijke mobilisatie aan', 'Poetin tekende het decreet over de gedeeltelijke mobilisatie: 300.000 reservisten worden in Rusland opgeroepen, mannen krijgen overal een oproep.'],
    ['pl', 'Putin ogłasza jesienny pobór', 'Putin podpisał dekret: do wojska w Rosji trafi 130 tys. poborowych, którzy nie są w rezerwie, w wieku 18–30 lat. Poborowi nie zostaną wysłani na front.',
      'Putin ogłasza częściową mobilizację', 'Putin podpisał dekret o częściowej mobilizacji: w Rosji powołanych zostanie 300 tys. rezerwistów, wezwania do wojska trafiają do mężczyzn.'],
  ];
  // The dominant sense wins: a routine decree that recalls the 2022 call-up in passing, and a
  // report on the 2022 call-up that mentions the routine autumn draft.
  const mixed: ReadonlyArray<readonly [string, string, string, string, string]> = [
    ['en', 'Putin orders the autumn draft', 'Putin signed the decree on the regular call-up: 130,000 conscripts aged 18 to 30 will be drafted into the Russian army for one year of military service, as every spring and autumn. The Kremlin says the conscripts will not be sent to the front, unlike those of the partial mobilization of 2022.',
      'Putin orders a partial mobilization', 'Putin signed the decree on partial mobilization: 300,000 reservists will be called up into the Russian army, and draft notices reached men across Russia. Thousands of Russian men fled to Georgia and Kazakhstan. The regular autumn draft of conscripts aged 18 to 30 will start later.'],
    ['ru', 'Путин подписал указ об осеннем призыве', 'Путин подписал указ о призыве на срочную службу: в армию призовут 130 тысяч граждан России в возрасте от 18 до 30 лет, не пребывающих в запасе. Призывников не отправят в зону специальной военной операции. Осенью 2022 года в России прошла частичная мобилизация.',
      'Путин объявил частичную мобилизацию', 'Путин подписал указ о частичной мобилизации: в армию призовут 300 тысяч резервистов, повестки получили мужчины по всей России, тысячи уехали в Грузию и Казахстан. Осенний призыв на срочную службу перенесли на ноябрь.'],
  ];
  for (const [lang, routineHeadline, routineBody, callUpHeadline, callUpBody] of mixed) {
    it(`lets the dominant sense win when routine conscription and the 2022 call-up meet (${lang})`, () => {
      expect(score(lang, routineHeadline, routineBody).score).toBeLessThan(compiled.threshold);
      expect(score(lang, callUpHeadline, callUpBody).score).toBeGreaterThanOrEqual(compiled.threshold);
    });
  }
  for (const [lang, routineHeadline, routineBody, callUpHeadline, callUpBody] of cases) {
    it(`reads a routine conscription decree as routine and keeps the 2022 call-up (${lang})`, () => {
      const routine = score(lang, routineHeadline, routineBody);
      const callUp = score(lang, callUpHeadline, callUpBody);
      expect(routine.score).toBeLessThan(compiled.threshold);
      expect(callUp.score).toBeGreaterThanOrEqual(compiled.threshold);
    });
  }
});

describe('Israel as where emigrants went, not whose call-up it is', () => {
  it('keeps an exodus report that lists Israel among the destinations as Russia’s (ru)', () => {
    const exodus = score(
      'ru',
      'Почему эмигранты возвращаются в Россию',
      'Многие россияне уехали из страны после объявления частичной мобилизации. Около 100 тысяч человек уехали в Казахстан и не вернулись, а вместе с уехавшими в Израиль, Турцию и Грузию с 21 сентября получится больше 200 тысяч. Мы поговорили с уехавшими: один уехал в Грузию, другой вернулся.',
    );
    expect(exodus.score).toBeGreaterThanOrEqual(compiled.threshold);
  });

  it('still reads the call-up of Israel’s reservists by its army as Israel’s (ru)', () => {
    const israel = score('ru', 'Израиль призвал 300 тысяч резервистов', 'Армия обороны Израиля объявила мобилизацию 300 тысяч резервистов после нападения ХАМАС. Израильские резервисты прибывают в части.');
    expect(israel.score).toBeLessThan(compiled.threshold);
  });

  it('does not read Polish newspapers (gazeta) or gas as the Gaza Strip', () => {
    const pl = compiled.languages.get('pl');
    const hits = [...normalizeText('Nowaja Gazieta podała, że gaz z Rosji i Gazeta Wyborcza').matchAll(new RegExp(alternationSource(pl?.terms ?? []), 'g'))].map((m) => m[0]);
    expect(hits.filter((hit) => hit.startsWith('gaz'))).toEqual([]);
  });
});
