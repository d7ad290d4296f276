/**
 * Men called up told as "called to arms" (zu den Waffen gerufen, chamados às armas) or with
 * Dutch "riep … op" split around its object ("We riepen 300.000 mensen op"),
 * and Peskov named in the sentence before his "no decision has been taken on closing the borders".
 * Invented sentences; a call to arms with another number stays unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('called to arms', () => {
  it.each([
    ['en', 'Some 300,000 men were called to arms in Russia.'],
    ['de', 'Etwa 300.000 Russen sollen zu den Waffen gerufen werden.'],
    ['nl', 'We riepen 300.000 mensen op.'],
  ])('states the 300,000 (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('how-many-mobilized');
  });

  it('stays silent on another number', () => {
    expect(questions('Some 3,000 men were called to arms in Russia.', 'en')).not.toContain('how-many-mobilized');
  });
});

describe("Peskov's 'no decision' on the borders, named in the sentence before", () => {
  it.each([
    ['it', 'Il portavoce del Cremlino Dmitry Peskov ha risposto ai giornalisti. “Sulla chiusura delle frontiere non è stata presa alcuna decisione”, ha detto.'],
    ['en', 'Kremlin spokesman Dmitry Peskov spoke to reporters. "No decision has been taken on closing the border," he added.'],
  ])('is read as no closure (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('border-restrictions');
  });
});
