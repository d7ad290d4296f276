/**
 * Dutch pages tell who is called up as those "in reserve" (without the article) who "have gone
 * through" or "completed" their military service. Invented sentences; a reserve of anything else
 * stays unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('experienced reservists in Dutch', () => {
  it.each([
    'De mobilisatie betekent dat Russen die de militaire dienst al hebben doorlopen, opgeroepen worden.',
    'Alleen mannen die in reserve zijn, worden opgeroepen voor de mobilisatie.',
  ])('reads "%s" as who can be called up', (text) => {
    expect(questions(text, 'nl')).toContain('who-can-be-called-up');
  });

  it('stays silent on a reserve of goods', () => {
    expect(questions('De winkel houdt voedsel in reserve voor de winter.', 'nl')).not.toContain('who-can-be-called-up');
  });
});
