/**
 * The Kremlin's spokesman named by his role instead of his name ("Putin's spokesman", "пресс-
 * секретарь президента", "Rzecznik Putina") says what Peskov says; another official's
 * spokesman does not. German and Dutch put the mobilization between "nothing" and "to do".
 * Sentences invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();

describe('the Kremlin spokesman by his role', () => {
  it.each([
    ['en', "Putin's spokesman said the law has nothing to do with mobilization."],
    ['ru', 'Пресс-секретарь президента заявил, что закон не имеет отношения к мобилизации.'],
    ['uk', 'Речник Путіна заявив, що закон не має стосунку до мобілізації.'],
    ['de', 'Der Sprecher Putins sagte, das Gesetz habe nichts mit Mobilisierung zu tun.'],
    ['fr', "Le porte-parole de Poutine a dit que la loi n'a rien à voir avec la mobilisation."],
    ['es', 'El portavoz de Putin dijo que la ley no tiene nada que ver con la movilización.'],
    ['it', 'Il portavoce di Putin ha detto che la legge non ha nulla a che fare con la mobilitazione.'],
    ['pt', 'O porta-voz de Putin disse que a lei não tem nada a ver com a mobilização.'],
    ['pl', 'Rzecznik Putina powiedział, że ustawa nie ma nic wspólnego z mobilizacją.'],
    ['nl', 'De woordvoerder van Poetin zei dat de wet niets met mobilisatie te maken heeft.'],
  ])('says the law is not about mobilization (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain('es-peskov-not-mobilization');
  });

  it("a governor's spokesman is not the Kremlin's", () => {
    expect(claimIds("The governor's spokesman said the law has nothing to do with mobilization.", 'en')).not.toContain('es-peskov-not-mobilization');
  });
});
