/**
 * Peskov's admission that some call-ups breached the mobilization decree, told as the decree
 * "violated" ("è stato violato", "с нарушением указа"), states the
 * pack's claim in ten languages; reports of violations stay hearsay. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();

describe('the mobilization decree violated', () => {
  it.each([
    ['en', 'Peskov admitted that in some cases the mobilization decree was violated.'],
    ['ru', 'Песков признал, что в ряде случаев мобилизация шла с нарушением указа.'],
    ['uk', 'Пєсков визнав, що мобілізація подекуди йшла з порушенням указу.'],
    ['de', 'Peskow räumte Verstöße gegen das Dekret zur Mobilmachung ein.'],
    ['fr', 'Peskov a reconnu des violations du décret de mobilisation.'],
    ['es', 'Peskov admitió violaciones del decreto de movilización.'],
    ['it', 'Peskov ha ammesso che in alcune regioni il decreto di mobilitazione è stato violato.'],
    ['pt', 'Peskov admitiu violações do decreto de mobilização.'],
    ['pl', 'Pieskow przyznał, że mobilizacja odbywała się z naruszeniem dekretu.'],
    ['nl', 'Peskov erkende schendingen van het decreet over de mobilisatie.'],
  ])('states the violations claim (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain('wrong-peskov-violations');
  });

  it('stays silent on a denial that the decree was violated', () => {
    expect(claimIds('Peskov denied that the mobilization decree was violated.', 'en')).not.toContain('wrong-peskov-violations');
  });

  it('stays silent on reports of violations', () => {
    expect(claimIds('Aus mehreren Regionen kamen Berichte über Verstöße gegen das Dekret zur Mobilmachung.', 'de')).not.toContain('wrong-peskov-violations');
  });
});
