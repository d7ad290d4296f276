import { describe, expect, it } from 'vitest';
import { compileLexicon } from './compile-lexicon';
import { normalizeText } from './normalize-text';
import { scoreTopic, termMatches } from './topic-score';
import { packLexicon } from './test-support';

const compiled = compileLexicon(packLexicon());

function score(lang: string, headline: string, body: string) {
  const language = compiled.languages.get(lang);
  if (!language) throw new Error(`no lexicon for ${lang}`);
  return scoreTopic(language, { headline: normalizeText(headline), body: normalizeText(body) });
}

function roles(lang: string, sentence: string): string[] {
  return termMatches(compiled.languages.get(lang)!, normalizeText(sentence)).map((m) => m.term.role);
}

function hasTopicTerm(lang: string, sentence: string, topic: string): boolean {
  return termMatches(compiled.languages.get(lang)!, normalizeText(sentence)).some((m) => m.term.topics.includes(topic));
}

describe('the recruits’ conditions: new recruits, no training, no kit (fi, ro, ka, tr; s7 after test17)', () => {
  it('reads newly drafted Russians and the mobilized Russians of Turkish reports as call-up words', () => {
    const cases: Array<[string, string]> = [
      ['fi', 'Vastavärvätyt sotilaat lähetettiin rintamalle viikossa.'],
      ['fi', 'Juuri värvätyt miehet saapuivat kasarmille.'],
      ['ro', 'Noii recruți au primit uniforme vechi.'],
      ['ro', 'Un proaspăt recrut povestește ce a văzut.'],
      ['ka', 'ახალწვეულები ფრონტზე გაგზავნეს.'],
      ['tr', 'Mobilize edilen askerler cepheye gönderildi.'],
      ['tr', 'Bakanlık yedekleri seferber etti.'],
    ];
    for (const [lang, sentence] of cases) expect(roles(lang, sentence), `${lang}: ${sentence}`).toContain('mobilization');
  });

  it('finds a short report on untrained recruits sent to the front from Russia', () => {
    const fi = score('fi', 'Vastavärvätyt venäläiset lähetetään rintamalle ilman koulutusta', 'Venäjällä vastavärvätyt miehet lähetetään rintamalle ilman kunnon koulutusta, kertoo ajatushautomo. Moni venäläinen sotilas on jo kaatunut.');
    expect(fi.score).toBeGreaterThanOrEqual(compiled.threshold);
    const ro = score('ro', 'Noii recruți ai Rusiei dorm pe jos', 'Un proaspăt recrut din armata Rusiei spune că bărbații dorm pe jos, în lipsa echipamentelor. Noii recruți își cumpără singuri uniformele.');
    expect(ro.score).toBeGreaterThanOrEqual(compiled.threshold);
  });

  it('keeps a school’s new recruits and a club’s kit shortage out when Russia is not named', () => {
    expect(score('ro', 'Noii recruți ai echipei', 'Clubul a prezentat noii recruți. Antrenorul se plânge de lipsa echipamentelor la sala de sport.').score).toBeLessThan(compiled.threshold);
    expect(score('fi', 'Vastavärvätyt myyjät', 'Kauppaketjun vastavärvätyt myyjät aloittivat työt ilman koulutusta.').score).toBeLessThan(compiled.threshold);
  });
});

describe('the Kremlin denying a new wave, and claims that Russia prepares one (tr; s7 after test17)', () => {
  it('reads claims, rumours and preparations of a mobilization as a later wave', () => {
    for (const sentence of [
      'Kremlin, yeni seferberlik iddialarını yalanladı.',
      'Rusya’nın 300 bin asker seferber etmeye hazırlandığı öne sürüldü.',
      'Seferberlik söylentileri Moskova’da panik yarattı.',
      'Rusya ikinci bir seferberliğe hazırlanıyor mu?',
    ]) expect(hasTopicTerm('tr', sentence, 'later-waves'), sentence).toBe(true);
  });
});

describe('protests against the mobilization and mothers of the drafted (cs, hy, ro; s7 after test17)', () => {
  it('reads a protest against the mobilization as the call-up', () => {
    const cases: Array<[string, string]> = [
      ['cs', 'V Dagestánu demonstrovaly ženy proti mobilizaci.'],
      ['hy', 'Մոսկվայում զորահավաքի դեմ ցույցի մասնակիցներին ձերբակալեցին։'],
      ['ro', 'Sute de oameni au protestat împotriva mobilizării la Moscova.'],
    ];
    for (const [lang, sentence] of cases) expect(hasTopicTerm(lang, sentence, 'protests'), `${lang}: ${sentence}`).toBe(true);
  });

  it('reads the mothers of the drafted as the returns story (cs, fi, tr)', () => {
    const cases: Array<[string, string]> = [
      ['cs', 'Matky odvedenců se sešly před úřadem.'],
      ['fi', 'Mobilisoitujen äidit vaativat poikiaan kotiin.'],
      ['tr', 'Seferber edilenlerin anneleri Kremlin’e mektup yazdı.'],
    ];
    for (const [lang, sentence] of cases) expect(hasTopicTerm(lang, sentence, 'returns'), `${lang}: ${sentence}`).toBe(true);
  });
});

describe('failing to report for service during a mobilization, and the mobilized sent home (hy, ka; s7 after test17)', () => {
  it('reads the charge of not reporting for service as the penalties story (hy)', () => {
    expect(hasTopicTerm('hy', 'Նրան մեղադրում են զորահավաքի ժամանակ ծառայության չներկայանալու համար։', 'legal')).toBe(true);
  });

  it('reads the mobilized sent home as a wrongful call-up, and the military commissar as a call-up word (ka)', () => {
    expect(hasTopicTerm('ka', 'მობილიზებულები სახლში დააბრუნეს.', 'wrongful-callups')).toBe(true);
    expect(roles('ka', 'ოლქის სამხედრო კომისარი დაითხოვეს.')).toContain('mobilization');
    expect(roles('ka', 'სამხედრო კომისარმა მოადგილე გაათავისუფლა.')).toContain('mobilization');
  });
});

describe('routine conscription told as twice a year with its count in digits (zh; s7 after test17)', () => {
  it('reads the decree’s own words as routine markers', () => {
    const language = compiled.languages.get('zh')!;
    for (const sentence of ['俄國每年徵兵2次,一次在春季,一次在秋季。', '俄罗斯每年征兵两次。', '新兵入伍服役1年。']) {
      expect(termMatches(language, normalizeText(sentence)).some((m) => m.term.routine), sentence).toBe(true);
    }
  });

  it('keeps a routine spring draft report out', () => {
    const result = score('zh', '俄國展開春季徵兵', '俄國本月展開春季徵兵,目標是徵召13萬4500名新兵。俄國每年徵兵2次,一次在春季,一次在秋季,徵兵對象為18至27歲男性,入伍服役1年。國防部表示,新兵不會被派往前線。');
    expect(result.score).toBeLessThan(compiled.threshold);
  });
});

describe('the mobilized are the call-up, not a routine draft, whatever figure stands next to them (tr; s7 after test17)', () => {
  it('reads a count of the mobilized in the zone as the call-up, though 150 thousand is a routine draft’s size', () => {
    const result = score('tr', 'Putin: 150 bin kişi cephede', 'Rusya Devlet Başkanı Putin, 300 bin mobilize vatandaştan 150 bin kişinin operasyon bölgesinde olduğunu söyledi. Ona göre 150 bin mobilize asker henüz eğitimde.');
    expect(result.score).toBeGreaterThan(0);
    expect(result.topics).toContain('numbers');
  });

  it('keeps a routine draft decree of 150 thousand out', () => {
    const result = score('tr', 'Putin 150 bin kişinin askere alınmasına ilişkin kararnameyi imzaladı', 'Rusya Devlet Başkanı Putin, sonbahar döneminde 150 bin kişinin zorunlu askerlik için askere alınmasına ilişkin kararnameyi imzaladı. Yedekte olmayan 18-30 yaş arası vatandaşlar askere alınacak.');
    expect(result.score).toBeLessThan(compiled.threshold);
  });
});

describe('Finland’s visa ban on Russian tourists as a border story of the call-up (fi; s7 after test17)', () => {
  it('finds the ban when the call-up is named', () => {
    const result = score('fi', 'Venäläisten turistien viisumirajoitukset voimaan', 'Venäläisten turistien viisumeja koskevat rajoitukset astuvat voimaan yöllä. Rajaliikenne voi vähentyä puoleen. Ulkoministerin mukaan Venäjän liikekannallepano vaikutti päätökseen.');
    expect(result.score).toBeGreaterThanOrEqual(compiled.threshold);
    expect(result.topics).toContain('borders');
  });

  it('keeps tourism news about Russian visitors’ visas out when no call-up is named', () => {
    expect(score('fi', 'Venäläisten turistien viisumihakemukset lisääntyivät', 'Venäläisten turistien viisumihakemukset lisääntyivät kesällä. Lappeenrannan kauppiaat odottavat vilkasta syksyä.').score).toBeLessThan(compiled.threshold);
  });
});
