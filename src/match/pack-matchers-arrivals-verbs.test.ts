/**
 * Arrivals told with the verbs of travelling and of taking people in: "200,000 Russians have
 * travelled to Kazakhstan", "Kazakhstan took in 200,000", "si è trovato ad accogliere 200.000",
 * in ten languages; the exact figure is still required.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();

describe('arrivals in Kazakhstan told with travelling or taking in', () => {
  it.each([
    ['en', 'Since the call-up was announced, over 200,000 Russians have travelled to Kazakhstan.'],
    ['en', 'Kazakhstan took in 200,000 Russians in two weeks.'],
    ['it', 'Il Kazakhstan si è trovato ad accogliere in due settimane 200.000 russi.'],
    ['es', 'Kazajistán ha acogido a 200.000 ciudadanos rusos.'],
    ['de', 'Kasachstan hat 200.000 Russen aufgenommen.'],
    ['fr', 'Le Kazakhstan a accueilli 200 000 Russes.'],
    ['pt', 'O Cazaquistão acolheu 200 mil russos.'],
    ['pl', 'Kazachstan przyjął 200 tysięcy Rosjan.'],
    ['ru', 'Казахстан принял 200 тысяч россиян.'],
  ])('is read as the 200,000 (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain('kz-akhmetzhanov-200k');
  });

  it('needs the exact figure', () => {
    expect(claimIds('More than 150,000 Russians have travelled to Kazakhstan.', 'en')).not.toContain('kz-akhmetzhanov-200k');
  });
});
