/**
 * How many of those who left came back, told as a share: "40% have returned", "половина
 * вернулась" is the word matcher's; here the percentage, read only as a share and never as a
 * count, with those who left named in the sentence or the one before it in its paragraph.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();

describe('the share of leavers who returned', () => {
  it.each([
    ['en', 'A newspaper estimates that 40% of the men who fled the mobilization have returned.', 'ret-izvestia-40'],
    ['en', 'Many of those who left kept their Russian address. At most 40% have returned, the paper says.', 'ret-izvestia-40'],
    ['ru', 'По оценке газеты, вернулись около 40% уехавших после мобилизации.', 'ret-izvestia-40'],
    ['de', 'Rund 50 Prozent der nach der Mobilmachung Geflohenen sind zurückgekehrt.', 'ret-putin-half'],
    ['fr', 'Selon des chercheurs, seuls 15 % de ceux qui ont fui la mobilisation sont revenus.', 'ret-eui-15'],
    ['en', 'Researchers think 15% of the men who went abroad in autumn 2022 have returned.', 'ret-eui-15'],
    ['ru', 'По данным опроса, 40% мужчин, уехавших за границу осенью 2022 года, вернулись.', 'ret-izvestia-40'],
    ['de', 'Etwa 50 Prozent der Männer, die 2022 ins Ausland gingen, sind zurückgekehrt.', 'ret-putin-half'],
  ])('is read as the share (%s)', (lang, text, claimId) => {
    expect(claimIds(text, lang)).toContain(claimId);
  });

  it('is no share when the number counts people, or without those who left', () => {
    expect(claimIds('Some 40 men who fled the mobilization have returned to their village.', 'en')).not.toContain('ret-izvestia-40');
    expect(claimIds('Turnout returned to 40% in the regional election.', 'en')).not.toContain('ret-izvestia-40');
  });

  it('is no share of leavers when the men who came back are soldiers', () => {
    expect(claimIds('About 15% of the mobilized men who fled the front have returned home wounded.', 'en')).not.toContain('ret-eui-15');
    expect(claimIds('Около 40% мобилизованных вернулись домой после ранений.', 'ru')).not.toContain('ret-izvestia-40');
    expect(claimIds('Die Hälfte der Mobilisierten, 50 Prozent, ist nach der Demobilisierung zurückgekehrt.', 'de')).not.toContain('ret-putin-half');
  });
});
