import { describe, expect, it } from 'vitest';
import { compileLexicon } from './compile-lexicon';
import { declaredLanguage, detectLanguage } from './detect-language';
import { normalizeText } from './normalize-text';
import { packLexicon } from './test-support';

const compiled = compileLexicon(packLexicon());
const detect = (text: string, declared = ''): string => detectLanguage(normalizeText(text), declared, compiled);

describe('detectLanguage', () => {
  it('reads a Chinese report that quotes English sources as Chinese, and an English one with a Chinese name as English', () => {
    const quote = 'The Kremlin said that the partial mobilization would call up reservists who have served in the army.';
    const report = '普京宣布部分动员,将征召三十万名预备役人员。路透社报道称,大批俄罗斯男子前往格鲁吉亚和哈萨克斯坦边境,边境口岸排起长队。';
    expect(detect(`${report}克里姆林宫发言人说:"${quote}" ${report}`)).toBe('zh');
    expect(detect(`${quote} ${quote} The reporter, 王立, said the queues at the border grew.`)).toBe('en');
  });

  it('recognises each lexicon language from a sentence or two', () => {
    expect(detect('The men who left the country said that they were afraid of the war and of the call-up.')).toBe('en');
    expect(detect('Мужчины, которые уехали из страны, говорят, что это было страшно и что они уже не вернутся.')).toBe('ru');
    expect(detect('Чоловіки, які виїхали з країни, кажуть, що це було страшно і що вони вже не повернуться.')).toBe('uk');
    expect(detect('Die Männer, die das Land verlassen haben, sagen, dass sie nicht mit der Armee kämpfen wollen.')).toBe('de');
    expect(detect('Les hommes qui ont quitté le pays disent que la guerre est une catastrophe pour les familles.')).toBe('fr');
    expect(detect('Los hombres que dejaron el país dicen que la guerra es una catástrofe para las familias.')).toBe('es');
    expect(detect('Gli uomini che hanno lasciato il paese dicono che la guerra è una catastrofe per le famiglie.')).toBe('it');
  });

  it('recognises the ten added languages, by script where words are not spaced', () => {
    expect(detect('რუსეთის პრეზიდენტმა ნაწილობრივი მობილიზაცია გამოაცხადა და ეს არის დიდი ცვლილება.')).toBe('ka');
    expect(detect('Ռուսաստանի նախագահը հայտարարեց մասնակի զորահավաքի մասին և դա է պատճառը։')).toBe('hy');
    expect(detect('プーチン大統領が部分動員令に署名したとロシア政府が発表した。')).toBe('ja');
    expect(detect('普京总统宣布俄罗斯实行部分动员，征召三十万预备役人员。')).toBe('zh');
    expect(detect('俄羅斯總統普丁宣布局部動員，許多役男逃往邊境。')).toBe('zh');
    expect(detect('Ресей президенті ішінара мобилизация жариялады және бұл туралы қазақстанда көп айтылды.')).toBe('kk');
    expect(detect('Руски председник је прогласио делимичну мобилизацију, а многи су отишли у Београд.')).toBe('sr');
    expect(detect('Ruski predsednik je proglasio delimičnu mobilizaciju, a mnogi su otišli u Beograd jer nisu hteli da ratuju.')).toBe('sr');
    expect(detect('Rusya Devlet Başkanı kısmi seferberlik ilan etti ve bu karar için çok sayıda kişi ülkeyi terk etti.')).toBe('tr');
    expect(detect('Venäjän presidentti julisti osittaisen liikekannallepanon, ja moni mies on lähtenyt maasta että välttyisi sodalta.')).toBe('fi');
    expect(detect('Președintele rus a anunțat mobilizarea parțială și mulți bărbați au plecat din țară pentru că nu vor să lupte.')).toBe('ro');
    expect(detect('Ruský prezident vyhlásil částečnou mobilizaci a mnoho mužů, kteří nechtějí bojovat, už opustilo zemi.')).toBe('cs');
  });

  it('reads Croatian and Bosnian pages with the Serbian lexicon', () => {
    expect(detect('Kazan', 'hr')).toBe('sr');
  });

  it('falls back to the declared language when the text says too little', () => {
    expect(detect('Kazan', 'de')).toBe('de');
    expect(detect('', '')).toBe('und');
    expect(declaredLanguage('pt-BR')).toBe('pt');
    expect(declaredLanguage(null)).toBe('');
  });

  it('reads only a two-letter code before the region as the declared language', () => {
    expect(declaredLanguage('fil')).toBe('');
    expect(declaredLanguage('fil-PH')).toBe('');
    expect(declaredLanguage('de_AT')).toBe('de');
  });

  it('keeps a short item in its declared language when another language leads it by less than twice', () => {
    // Invented: "de" and "en" are Dutch words too, so this French item counts more Dutch function words (6) than French ones (4).
    const item = 'Après le discours de Poutine, de nombreux hommes de Moscou ont quitté le pays en voiture. Un témoin, qui vit en Géorgie, raconte son départ de Russie.';
    expect(detect(item, 'fr')).toBe('fr');
    // The same margin in a longer text still overrules the declared language.
    const dutch = 'De mannen die het land hebben verlaten, zeggen dat zij niet willen vechten. Het is een ramp voor de families en de dorpen van het land. ';
    expect(detect(dutch.repeat(3), 'fr')).toBe('nl');
    // A short Spanish item that a site declares as English is still Spanish: Spanish leads twice over.
    expect(detect('Los hombres que huyeron de Rusia dicen que la guerra es una catástrofe para las familias del país.', 'en')).toBe('es');
  });
});
