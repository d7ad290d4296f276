/**
 * A date's day is no count: "on 7 October" states neither seven deportations nor, "on 24
 * September", 24 detentions, in any of the ten languages the pack reads. A day still states a
 * claim when the matcher's own words name its month (the call-up declared over on 7 November),
 * and the same small numbers as counts still state their claims. Sentences invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();

describe("a date's day is not a count", () => {
  it.each([
    ['en', 'Kazakhstan deported a group of Russians on 7 October.'],
    ['ru', 'Казахстан депортировал группу россиян 7 октября.'],
    ['uk', 'Казахстан депортував групу росіян 7 жовтня.'],
    ['de', 'Kasachstan hat am 7. Oktober eine Gruppe Russen abgeschoben.'],
    ['fr', 'Le Kazakhstan a expulsé un groupe de Russes le 7 octobre.'],
    ['es', 'Kazajistán deportó a un grupo de rusos el 7 de octubre.'],
    ['it', 'Il Kazakistan ha espulso un gruppo di russi il 7 ottobre.'],
    ['pt', 'O Cazaquistão deportou um grupo de russos em 7 de outubro.'],
    ['pl', 'Kazachstan deportował grupę Rosjan 7 października.'],
    ['nl', 'Kazachstan heeft op 7 oktober een groep Russen uitgezet.'],
  ])('"on 7 October" is not seven deportations (%s)', (lang, text) => {
    expect(claimIds(text, lang)).not.toContain('kz-deported-7');
  });

  it.each([
    ['en', 'Kazakhstan has deported 7 Russians so far.'],
    ['ru', 'Казахстан уже депортировал 7 россиян.'],
    ['uk', 'Казахстан уже депортував 7 росіян.'],
    ['de', 'Kasachstan hat bisher 7 Russen abgeschoben.'],
    ['fr', "Le Kazakhstan a expulsé 7 Russes jusqu'ici."],
    ['es', 'Kazajistán ha deportado a 7 rusos hasta ahora.'],
    ['it', 'Il Kazakistan ha espulso finora 7 russi.'],
    ['pt', 'O Cazaquistão já deportou 7 russos.'],
    ['pl', 'Kazachstan deportował dotąd 7 Rosjan.'],
    ['nl', 'Kazachstan heeft tot nu toe 7 Russen uitgezet.'],
  ])('seven as a count still is (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain('kz-deported-7');
  });

  it('a protest day is not the number detained, the number detained still is', () => {
    expect(claimIds('Police in Yakutsk detained women at the rally on 24 September.', 'en')).not.toContain('yak-fund-24');
    expect(claimIds('Полиция в Якутске задержала женщин на акции 24 сентября.', 'ru')).not.toContain('yak-fund-24');
    expect(claimIds('Police in Yakutsk detained 24 women at the rally.', 'en')).toContain('yak-fund-24');
    expect(claimIds('Полиция в Якутске задержала 24 женщины на акции.', 'ru')).toContain('yak-fund-24');
  });

  it("a day still states a claim when the matcher's own words name the month", () => {
    expect(claimIds('Putin said on Monday, 7 November, that the mobilization was over.', 'en')).toContain('done-seed-putin-7-nov');
    expect(claimIds('The register starts in November 2024 and will hold every summons.', 'en')).toContain('reg-decree-nov-2024');
  });
});
