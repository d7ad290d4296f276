/**
 * Shoigu's report to Putin said with "target" rather than "task" ("The target you set, 300,000
 * people, has been met"), in ten languages, and Russian and Ukrainian participles for those who
 * left ("число уехавших", "виїхавших"). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds, questions } = realPackClaimViews();

describe('the target the president set, met', () => {
  const met: Array<[string, string]> = [
    ['en', 'The target you set, 300,000 people, has been met, the minister told the president.'],
    ['de', 'Das von Ihnen gesetzte Ziel von 300.000 Menschen ist erreicht, sagte der Minister zu Putin.'],
    ['fr', "L'objectif que vous avez fixé, 300 000 personnes, a été atteint, a dit le ministre au président."],
    ['es', 'El objetivo que usted fijó, 300.000 personas, se ha cumplido, dijo el ministro al presidente.'],
    ['it', "L'obiettivo da lei fissato, 300.000 persone, è stato raggiunto, ha detto il ministro al presidente."],
    ['pt', 'A meta que o senhor definiu, de 300 mil pessoas, foi cumprida, disse o ministro ao presidente.'],
    ['pl', 'Wyznaczony przez pana cel 300 tys. osób został osiągnięty, powiedział minister prezydentowi.'],
    ['nl', 'Het door u gestelde doel van 300.000 mensen is gehaald, zei de minister tegen de president.'],
    ['ru', 'Поставленная вами цель в 300 тысяч человек достигнута, заявил министр президенту.'],
    ['uk', 'Поставлену вами мету в 300 тисяч осіб досягнуто, заявив міністр президенту.'],
  ];
  it.each(met)('%s: %s', (lang, sentence) => {
    expect(claimIds(sentence, lang)).toContain('mob-shoigu-300k-reached');
  });

  it('a target of another kind is no call-up', () => {
    expect(questions('A target of 300,000 tonnes of grain exports has been met this year.', 'en')).not.toContain('how-many-mobilized');
  });
});

describe('those who left, as a participle', () => {
  it('reads "уехавших" and "виїхавших" as having left', () => {
    expect(claimIds('Источник оценил число уехавших из России в 600 000-700 000 человек.', 'ru')).toContain('left-forbes-600-700k');
    expect(claimIds('Кількість виїхавших з Росії після мобілізації сягнула 700 тисяч.', 'uk')).toContain('left-forbes-600-700k');
  });

  it('needs a number of the pack', () => {
    expect(questions('Среди уехавших много айтишников, рассказал собеседник.', 'ru')).not.toContain('how-many-left-russia');
  });
});

describe('Russian and Ukrainian number words and "набрать" with the call-up named', () => {
  it.each([
    ['ru', 'Всего в ходе частичной мобилизации было набрано триста тысяч резервистов.'],
    ['ru', 'Минобороны намерено набрать 300 тысяч резервистов в ходе частичной мобилизации.'],
    ['ru', 'Из трёхсот тысяч мобилизованных на фронт отправлены 82 тысячи.'],
    ['uk', 'Міністр заявив, що мобілізували триста тисяч осіб.'],
    ['uk', 'Росія планує набрати 300 тисяч резервістів у межах мобілізації.'],
  ])('%s: %s', (lang, sentence) => {
    expect(claimIds(sentence, lang)).toContain('mob-shoigu-300k-target');
  });

  it('"задача набрать триста тысяч выполнена" is the target met', () => {
    expect(claimIds('Шойгу заявил, что задача набрать триста тысяч выполнена.', 'ru')).toContain('mob-shoigu-300k-reached');
  });

  it('three thousand is never three hundred thousand', () => {
    expect(questions('В ходе мобилизации набрали три тысячи добровольцев.', 'ru')).not.toContain('how-many-mobilized');
  });
});
