/**
 * The 2023 electronic-summons law told without the words "electronic summons": a summons sent
 * "in electronic form", "electronically", to a "personal account" (with Russia, the Duma or
 * Gosuslugi in the sentence or the one before it in its paragraph), and a summons "considered
 * delivered" once posted (Russia named the same way, since Ukraine's 2024 law has the same rule),
 * in the ten languages. Ukraine's own summonses stay unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('a summons sent in electronic form', () => {
  it.each([
    ['en', 'The Duma backed sending military summonses in a digital form as well as on paper.'],
    ['en', 'Russia will now deliver subpoenas electronically through the Gosuslugi portal.'],
    ['ru', 'Повестки теперь будут направлять в электронном виде через Госуслуги.'],
    ['uk', 'Росія надсилатиме повістки в електронному вигляді через портал держпослуг.'],
    ['de', 'Die Duma will Vorladungen künftig auch in elektronischer Form verschicken.'],
    ['fr', 'En Russie, les convocations seront désormais envoyées par voie électronique.'],
    ['es', 'La Duma aprobó que las citaciones se envíen de forma electrónica.'],
    ['it', 'In Russia le cartoline di precetto arriveranno anche in forma elettronica.'],
    ['pt', 'Na Rússia, as convocações passarão a ser enviadas por via eletrônica.'],
    ['pl', 'Duma zdecydowała, że wezwania będą wysyłane drogą elektroniczną.'],
    ['nl', 'Rusland gaat oproepen voortaan in elektronische vorm versturen.'],
  ])('is read as the law (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('electronic-summons-law');
  });

  it('takes Russia from the sentence before in its paragraph, not from another paragraph', () => {
    expect(questions('The Duma voted on the bill on Tuesday. Summonses will be sent electronically.', 'en')).toContain('electronic-summons-law');
    expect(questions('Moscow announced the changes on Tuesday.\nSummonses will be sent electronically.', 'en')).not.toContain('electronic-summons-law');
    // The Duma, the state services portal or Kartapolov named anywhere earlier make it the story of the law.
    expect(questions('The Duma voted on the bill on Tuesday.\nSummonses will be sent electronically.', 'en')).toContain('electronic-summons-law');
  });

  it('stays silent without a summons, and on Ukraine', () => {
    expect(questions('Russian travellers can now buy train tickets electronically.', 'en')).not.toContain('electronic-summons-law');
    expect(questions('Ukrainian men will receive summonses electronically through Reserve+, Kyiv said.', 'en')).not.toContain('electronic-summons-law');
    expect(questions('Unlike in Russia, summonses are sent electronically through the Reserve+ app.', 'en')).not.toContain('electronic-summons-law');
  });
});

describe('a summons considered delivered once posted', () => {
  it.each([
    ['en', 'Russia passed the law on Tuesday. A summons will be considered delivered as soon as it shows up in the account.'],
    ['ru', 'В России повестка будет считаться врученной с момента её размещения.'],
    ['uk', 'Держдума вирішила, що повістка вважатиметься врученою з моменту її розміщення.'],
    ['de', 'In Russland gilt die Vorladung als zugestellt, sobald sie eingestellt ist.'],
    ['fr', 'En Russie, la convocation sera considérée comme remise dès sa publication.'],
    ['es', 'En Rusia la citación se considerará entregada desde su publicación.'],
    ['it', 'In Russia la convocazione sarà considerata consegnata dal momento della pubblicazione.'],
    ['pt', 'Na Rússia a convocatória será considerada entregue a partir da publicação.'],
    ['pl', 'W Rosji wezwanie zostanie uznane za doręczone w chwili publikacji.'],
    ['nl', 'In Rusland geldt een oproep als ontvangen zodra hij is geplaatst.'],
  ])('is read as the law (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('electronic-summons-law');
  });

  it('stays silent on a parcel, without Russia, and on Ukraine', () => {
    expect(questions('In Russia a parcel is considered delivered once it is scanned.', 'en')).not.toContain('electronic-summons-law');
    expect(questions('A summons is considered delivered once it is posted.', 'en')).not.toContain('electronic-summons-law');
    expect(questions('В Украине повестка будет считаться врученной с момента отправки.', 'ru')).not.toContain('electronic-summons-law');
  });
});
