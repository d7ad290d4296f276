/**
 * Forms real Ukrainian (and Russian) pages use for the pack's claims: men who "crossed the border"
 * of Georgia ("перейшли кордон", "кордон Грузії перейшли"); "у запасі" beside "в запасі" (the
 * Ukrainian в/у alternation); avoiding the draft as "ухилитися"/"уникнути призову"; the exodus as
 * "відтік росіян"/"отток россиян"; and the British intelligence estimate that those who left outnumber
 * the invasion force, told with "вони" after the story named the exodus further up. Invented
 * sentences; look-alikes stay unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions, claimIds } = realPackClaimViews();

describe('Ukrainian and Russian forms of the pack\'s claims', () => {
  it.each([
    ['uk', 'За даними МВС, кордон Грузії перейшли 700 тисяч росіян.', 'georgia-arrivals'],
    ['uk', 'Відтоді 700 тисяч росіян перейшли кордон Грузії.', 'georgia-arrivals'],
    ['ru', 'С начала мобилизации границу Грузии перешли 700 тысяч россиян.', 'georgia-arrivals'],
  ])('reads %s "%s" as %s', (lang, text, question) => {
    expect(questions(text, lang)).toContain(question);
  });

  it('reads "у запасі" as reservists, as it reads "в запасі"', () => {
    expect(questions('Призову підлягатимуть тільки ті, хто перебуває у запасі.', 'uk')).toContain('who-can-be-called-up');
  });

  it.each([
    ['uk', 'Стався значний відтік росіян, які намагаються ухилитися від призову. Про це повідомляє розвідка. Вони, ймовірно, перевищують чисельність сил вторгнення.'],
    ['uk', 'Після оголошення мобілізації почався відтік росіян. Про це пишуть британські розвідники. Імовірно, їх більше, ніж сил вторгнення.'],
    ['ru', 'Начался отток россиян, желающих избежать призыва. Об этом сообщает разведка. Вероятно, их больше, чем сил вторжения.'],
  ])('reads the invasion-force estimate after the exodus was named (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain('left-uk-di-invasion-force');
  });

  it('stays silent when no exodus was named, or when the sentence is about the mobilized', () => {
    expect(claimIds('Вони, ймовірно, перевищують чисельність сил вторгнення.', 'uk')).not.toContain('left-uk-di-invasion-force');
    expect(claimIds('Почався відтік росіян. Мобілізованих уже більше, ніж сил вторгнення.', 'uk')).not.toContain('left-uk-di-invasion-force');
    expect(questions('Кордон Грузії перейшли 70 тисяч росіян.', 'uk')).not.toContain('georgia-arrivals');
  });
});
