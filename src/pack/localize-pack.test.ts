import { describe, expect, it } from 'vitest';
import { builtFixturePack } from '../../test/pack/fixture-pack';
import { choosePackLanguage, PackLocalizer } from './localize-pack';

describe('choosePackLanguage', () => {
  it('follows the browser language among the interface languages, English otherwise', () => {
    expect(['ru', 'ru-RU', 'uk', 'uk-UA', 'en-GB', 'de', 'pt_BR', ''].map(choosePackLanguage)).toEqual(['ru', 'ru', 'uk', 'uk', 'en', 'en', 'en', 'en']);
  });
});

describe('PackLocalizer', () => {
  it('replaces translated fields, units and reasons, and keeps quotes original with the translation beside them', async () => {
    const pack = await builtFixturePack();
    const ru = new PackLocalizer('ru', pack.translations.ru);
    const left = ru.question(pack.questions.find((question) => question.id === 'how-many-left')!);
    expect(left.text).toBe('[ru] Question how-many-left?');
    const [forbes, fsb] = left.claims;
    expect(forbes?.value).toEqual({ kind: 'number', value: 700_000, unit: '[ru] people' });
    expect(forbes?.assessment?.reason).toMatch(/^\[ru\] An unnamed source/);
    // The quote is Russian: no translation beside it in a Russian interface.
    expect(fsb).toMatchObject({ quote: 'около 261 тысячи' });
    expect(fsb?.quoteTranslation).toBeUndefined();
    const uk = new PackLocalizer('uk', pack.translations.uk).claim(pack.questions.flatMap((q) => q.claims).find((c) => c.id === 'fsb-261k')!);
    expect(uk).toMatchObject({ quote: 'около 261 тысячи', quoteTranslation: '[uk] близько 261 тисячі' });
    const en = new PackLocalizer('en', pack.translations.en).claim(pack.questions.flatMap((q) => q.claims).find((c) => c.id === 'fsb-261k')!);
    expect(en).toMatchObject({ quote: 'около 261 тысячи', quoteTranslation: 'about 261 thousand' });
    expect(ru.fact(pack.facts[0]!).text).toBe('[ru] Fact decree-signed');
    expect(ru.source(pack.sources[0]!).role).toBe('[ru] Presidential administration');
  });

  it('keeps the English text where a translation is missing', async () => {
    const pack = await builtFixturePack();
    const bare = new PackLocalizer('uk');
    expect(bare.question(pack.questions[0]!).text).toBe(pack.questions[0]!.text);
    expect(bare.fact(pack.facts[0]!)).toEqual(pack.facts[0]);
  });

  it('puts a unit in the plural form its number takes, ranges agreeing with their upper bound', async () => {
    const pack = await builtFixturePack();
    const men = { one: 'мужчина', few: 'мужчины', many: 'мужчин', other: 'мужчины' };
    const ru = new PackLocalizer('ru', { ...pack.translations.ru, units: { men, 'km of queue': 'км очереди' } });
    const claim = pack.questions.flatMap((q) => q.claims).find((c) => c.id === 'shoigu-300k')!;
    const unitFor = (value: typeof claim.value) => {
      const localized = ru.claim({ ...claim, value }).value;
      return localized.kind === 'statement' ? localized.text : localized.unit;
    };
    expect(unitFor({ kind: 'number', value: 300_000, unit: 'men' })).toBe('мужчин');
    expect(unitFor({ kind: 'number', value: 222_274, unit: 'men' })).toBe('мужчины');
    expect(unitFor({ kind: 'number', value: 101, unit: 'men' })).toBe('мужчина');
    expect(unitFor({ kind: 'number', value: 1.5, unit: 'men' })).toBe('мужчины');
    expect(unitFor({ kind: 'range', min: 600_000, max: 700_000, unit: 'men' })).toBe('мужчин');
    expect(unitFor({ kind: 'number', value: 22, unit: 'km of queue' })).toBe('км очереди');
  });
});
