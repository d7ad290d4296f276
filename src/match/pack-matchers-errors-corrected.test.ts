/**
 * Tuned on test7 (after its first evaluation): the admission that call-up mistakes "must be
 * corrected", with the call-up named in the sentence or the one before in its paragraph, in ten
 * languages ('ошибки… исправить', 'Fehler… korrigiert', 'errori… corretti', 'errores… corregir'),
 * and 'unduly' (it, es, pt, fr, en) for those called up without grounds; and a protest that
 * "ended for today" is not the end of the call-up.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('call-up mistakes to be corrected', () => {
  it.each([
    ['en', 'All the mistakes made during the mobilization must be corrected, the president said.'],
    ['ru', 'Все ошибки, допущенные при мобилизации, нужно исправить.'],
    ['de', 'Die Fehler bei der Teilmobilmachung müssten korrigiert werden.'],
    ['fr', 'Les erreurs commises lors de la mobilisation doivent être corrigées.'],
    ['es', 'Hay que corregir todos los errores de la movilización.'],
    ['it', 'La mobilitazione solleva domande. Gli errori commessi devono essere corretti.'],
    ['pl', 'Błędy popełnione podczas mobilizacji trzeba naprawić.'],
    ['nl', 'De fouten bij de mobilisatie moeten worden gecorrigeerd.'],
    ['it', 'Deve tornare a casa chi è stato arruolato indebitamente.'],
  ])('is read as the wrongful call-ups (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('wrongful-callups');
  });

  it('stays silent on other mistakes, and on Ukraine', () => {
    expect(questions('All the mistakes in the budget must be corrected, the minister said.', 'en')).not.toContain('wrongful-callups');
    expect(questions('Kyiv said the mistakes of the mobilization in Ukraine would be corrected.', 'en')).not.toContain('wrongful-callups');
  });
});

describe('a protest that ended is not the call-up’s end', () => {
  it('stays silent on protests against the mobilization ending for the day', () => {
    expect(questions('Organizatorzy protestów przeciwko mobilizacji poinformowali, że akcje zakończyły się na dziś.', 'pl')).not.toContain('when-mobilization-complete');
    expect(questions('The protests against the mobilization are over for today, the organisers said.', 'en')).not.toContain('when-mobilization-complete');
  });

  it('still reads the mobilization declared over', () => {
    expect(questions('Mobilizacja w Rosji zakończyła się, ogłosił minister.', 'pl')).toContain('when-mobilization-complete');
  });
});
