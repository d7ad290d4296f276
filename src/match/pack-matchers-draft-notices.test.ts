/**
 * Words the e-summons law, the exit ban and a second mobilization are also told in: a "digital
 * draft notice" or an "electronic military draft summons" is an electronic summons, "a ban on
 * foreign travel" and "bars men from leaving" are exit bans (en); "eine zweite (militärische)
 * Mobilisierung" is a further call-up and "ausschließen" a denial (de). Sentences invented for
 * the test; each fails without its words.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('the e-summons law and the exit ban in other words (en)', () => {
  it.each([
    ["Russia's parliament backed digital draft notices on Tuesday.", 'electronic-summons-law'],
    ['Moscow plans a system of digital conscription notices for every reservist.', 'electronic-summons-law'],
    ['The Duma adopted a bill on electronic military draft summonses.', 'electronic-summons-law'],
    ['The State Duma approved amendments that make electronic draft summonses as binding as paper ones.', 'electronic-summons-law'],
    ['A man who ignores the summons faces a ban on foreign travel.', 'exit-bans-summoned'],
    ['The new rules would bar men from leaving once a summons is in the register.', 'exit-bans-summoned'],
  ])('%s', (text, question) => {
    expect(questions(text, 'en')).toContain(question);
  });

  it('a foreign travel ban with no summons, enlistment office or call-up is no exit ban of the summoned', () => {
    expect(questions('The company lifted its foreign travel ban for staff in March.', 'en')).not.toContain('exit-bans-summoned');
  });
});

describe('a second mobilization ruled out (de)', () => {
  it.each([
    'Kremlsprecher Peskow sagte, man werde eine zweite militärische Mobilisierung vorerst ausschließen.',
    'Der Kreml hat eine zweite Mobilisierung am Montag erneut nicht diskutiert.',
  ])('%s', (text) => {
    expect(questions(text, 'de')).toContain('no-new-wave');
  });

  it('a second mobilization not ruled out is no denial', () => {
    expect(questions('Beobachter halten eine zweite Mobilisierung in Russland für nicht ausgeschlossen.', 'de')).not.toContain('no-new-wave');
  });
});
