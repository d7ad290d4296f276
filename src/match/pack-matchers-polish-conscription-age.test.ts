/**
 * Polish pages tell the raised conscription age as the age "of those called up" or "of the draft"
 * ("Zmieniono wiek powołanych: pobór obejmie mężczyzn do 30 lat"). Invented sentences; a number
 * that is not the new upper limit stays unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('the conscription age in Polish', () => {
  it.each([
    'Zmieniono także wiek powołanych - teraz pobór obejmie mężczyzn do 30. roku życia.',
    'Duma podniosła górny wiek poboru w Rosji do 30 lat.',
  ])('reads "%s" as the new upper age', (text) => {
    expect(questions(text, 'pl')).toContain('conscription-age-30');
  });

  it('stays silent on another age', () => {
    expect(questions('Zmieniono także wiek powołanych - teraz pobór obejmie mężczyzn do 27. roku życia.', 'pl')).not.toContain('conscription-age-30');
  });
});
