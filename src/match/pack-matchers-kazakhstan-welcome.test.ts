/**
 * Kazakhstan's welcome told the way outlets write it: "will guarantee the safety of Russians",
 * and the hopeless situation that forces people "to leave" or "to enter", with the verbs of
 * fleeing, leaving and entering (concept escape) now in all ten languages.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();

describe('Kazakhstan on those who come from Russia', () => {
  it.each([
    ['en', 'Kazakhstan will guarantee the safety of Russians arriving from across the border.'],
    ['pt', 'A maioria tem de sair por causa da situação desesperadora.'],
    ['fr', "Le président a demandé d'aider ceux qui doivent entrer dans le pays en raison de la situation désespérée."],
    ['es', 'La mayoría se ve obligada a salir por una situación desesperada.'],
    ['it', 'La maggior parte è costretta a fuggire per una situazione senza via d’uscita.'],
    ['de', 'Die meisten müssen wegen einer ausweglosen Lage fliehen.'],
    ['ru', 'Большинство вынуждены уехать из-за безвыходной ситуации.'],
  ])('is read as the president’s stance (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain('kz-tokayev-safety');
  });

  it('stays silent on a hopeless situation nobody leaves', () => {
    expect(claimIds('The team was in a hopeless situation at half-time.', 'en')).not.toContain('kz-tokayev-safety');
    expect(claimIds('A situação do time era desesperadora no intervalo.', 'pt')).not.toContain('kz-tokayev-safety');
  });
});
