// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyPage } from './classify-page';
import { isKeywordLine, withoutKeywordLines } from './keyword-lines';
import { packLexicon } from './test-support';

const lexicon = packLexicon();

describe('isKeywordLine', () => {
  it('reads tag and keyword lists in several languages as keyword lines', () => {
    expect(isKeywordLine('Russia, war, Kremlin, partial mobilization, conscripts, autumn draft')).toBe(true);
    expect(isKeywordLine('Россия, армия, частичная мобилизация, призыв, военкомат, Путин')).toBe(true);
    expect(isKeywordLine('Russland, Krieg, Teilmobilmachung, Wehrpflicht, Kreml')).toBe(true);
    expect(isKeywordLine('Rusia; guerra; movilización parcial; reclutas; Kremlin')).toBe(true);
    expect(isKeywordLine('Rosja, pobór, mobilizacja częściowa, Kreml, wojna w Ukrainie')).toBe(true);
  });

  it('leaves sentences alone, however many commas they have, and short lists', () => {
    expect(isKeywordLine('Men from Moscow, Kazan, Ufa, Samara and Perm queued at the border, some for days, after the partial mobilization.')).toBe(false);
    expect(isKeywordLine('Из Москвы, Казани, Уфы, Самары и Перми мужчины ехали к границе, спасаясь от мобилизации!')).toBe(false);
    expect(isKeywordLine('Russland, Krieg, Teilmobilmachung')).toBe(false);
    expect(isKeywordLine('Einberufen wurden Lehrer, Ärzte, Fahrer, Bauarbeiter und Studenten aus allen Regionen des Landes ohne jede Ausnahme, sagen Angehörige')).toBe(false);
  });

  it('drops only the keyword paragraphs of a text', () => {
    const text = 'The decree calls up 130,000 conscripts.\n\nRussia, war, partial mobilization, conscripts, autumn draft\n\nThey serve for a year.';
    expect(withoutKeywordLines(text)).toBe('The decree calls up 130,000 conscripts.\n\nThey serve for a year.');
    const plain = 'Men queued at the border, some for days.\n\nOthers flew to Yerevan, Istanbul or Dubai.';
    expect(withoutKeywordLines(plain)).toBe(plain);
  });
});

describe('classifyPage reads the topic without keyword lines', () => {
  const page = (tags: string) =>
    new DOMParser().parseFromString(
      `<html lang="en"><head><title>Putin signs decree on the autumn draft of 130,000 conscripts</title></head><body><article><h1>Putin signs decree on the autumn draft of 130,000 conscripts</h1>
      <p>${tags}</p>
      <p>The Russian president signed a decree on the regular autumn draft. From October 1 to December 31, 130,000 citizens aged 18 to 30 who are not in the reserve will be called up for military service, the defence ministry said in a statement on its website.</p>
      <p>Conscripts will serve for twelve months in units across the country and will not be sent to take part in the fighting, the ministry added. Those whose service has ended will be sent home under the same decree, as every autumn.</p>
      <p>The spring draft called up a similar number. Officials said the campaign would run as usual in all regions, with medical boards starting work in the first week.</p></article></body></html>`,
      'text/html',
    );

  it('does not count a routine draft report as the call-up because its tags name the partial mobilization', () => {
    const tagged = classifyPage(page('Russia, war, Ukraine, mobilization, partial mobilization, partial mobilization in Russia, Russian army, autumn draft'), 'https://news.example/politics/autumn-draft', lexicon);
    const untagged = classifyPage(page('Filed under politics'), 'https://news.example/politics/autumn-draft', lexicon);
    expect(tagged.relevant).toBe(false);
    expect(tagged.score).toBe(untagged.score);
  });
});

describe('Chinese and Japanese sentences are no keyword lines (s7 after test17)', () => {
  it('reads a full stop of those scripts as a sentence end even with no space after it', () => {
    expect(isKeywordLine('俄國每年徵兵2次,一次在春季,一次在秋季,對象為18至27歲男性,服役1年。官員表示,今年照常進行。')).toBe(false);
    expect(isKeywordLine('ロシアは年2回、春と秋に徴兵を行う,対象は18歳から30歳,期間は1年,兵士は前線に送られない,と国防省。説明は続いた。')).toBe(false);
  });

  it('still drops a comma-separated tag line in those scripts', () => {
    expect(isKeywordLine('俄羅斯, 烏克蘭, 動員, 部分動員, 徵兵')).toBe(true);
  });
});
