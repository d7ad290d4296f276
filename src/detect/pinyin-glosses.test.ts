// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyPage } from './classify-page';
import { withoutPinyinGlosses } from './pinyin-glosses';
import { packLexicon } from './test-support';

describe('withoutPinyinGlosses', () => {
  it('drops toned pinyin a converter printed after Han characters', () => {
    expect(withoutPinyinGlosses('俄羅斯宣布部分動(dòng)員,學(xué)生可以延期')).toBe('俄羅斯宣布部分動員,學生可以延期');
    expect(withoutPinyinGlosses('報(bào)道（dào）')).toBe('報道');
  });

  it('keeps English glosses, untoned letters and brackets after other text', () => {
    const text = '莫斯科(moscow)的媒體(rt)報道,數字(2022)與 word(xué) 保留';
    expect(withoutPinyinGlosses(text)).toBe(text);
  });
});

describe('a Chinese report with pinyin glosses is read as its words', () => {
  it('finds the partial mobilization split by glosses in the headline and lead', () => {
    const doc = new DOMParser().parseFromString(
      '<html lang="zh"><head><title>普京宣布部分動(dòng)員</title></head><body><article><h1>普京宣布部分動(dòng)員</h1>' +
        '<p>俄羅斯總統(tǒng)普京21日簽署法令,宣布在俄羅斯進(jìn)行部分動(dòng)員,預(yù)備役人員將被徵(zhēng)召入伍。克里姆林宮表示,動(dòng)員從當(dāng)天開始。</p>' +
        '<p>報(bào)道說(shuō),俄羅斯國防部長(zhǎng)紹伊古表示,此次將動(dòng)員30萬名預(yù)備役人員。許多俄羅斯男子隨后前往邊境。</p></article></body></html>',
      'text/html',
    );
    const verdict = classifyPage(doc, 'https://news.example/gj/2022/09-21/123456.shtml', packLexicon());
    expect(verdict.relevant).toBe(true);
  });
});
