/**
 * How outlets write two claims, in several languages: Finland's ban on Russian tourists (the
 * tourists named instead of their visas, Finland named in the sentence before, "schloss",
 * "no aceptará el ingreso"), and the end of the call-up said with a verbal noun ("Het
 * mobiliseren van reservisten is afgerond", "Das Mobilisieren … ist abgeschlossen"); and the
 * 300,000 called up said "appelées" (French, feminine) or "onder de wapenen" (Dutch, under arms).
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds, questions } = realPackClaimViews();

describe("Finland's ban on Russian tourists", () => {
  it.each([
    ['en', 'Finland will close its border to Russian tourists from Friday.'],
    ['fr', 'La Finlande ferme sa frontière aux touristes russes à partir de vendredi.'],
    ['ru', 'Финляндия закрывает въезд для российских туристов с пятницы.'],
    ['de', 'Noch am Donnerstag fuhren viele nach Finnland. Um Mitternacht schloss das Land dann die Grenze für russische Touristen.'],
    ['es', 'Ante la llegada masiva de rusos, Finlandia decidió actuar. No aceptará el ingreso de ciudadanos rusos con visado turístico.'],
  ])('is read as the ban (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain('br-haavisto-finland-ban');
  });

  it('needs Finland in the sentence or the one before it in its paragraph', () => {
    expect(claimIds('Noch am Donnerstag fuhren viele nach Finnland.\nUm Mitternacht schloss das Land dann die Grenze für russische Touristen.', 'de')).not.toContain('br-haavisto-finland-ban');
    expect(claimIds('Norwegen schloss die Grenze für russische Touristen.', 'de')).not.toContain('br-haavisto-finland-ban');
  });
});

describe('the end of the call-up said with a verbal noun', () => {
  it.each([
    ['nl', 'In Rusland is het mobiliseren van reservisten nu afgerond.'],
    ['de', 'Das Mobilisieren der Reservisten in Russland ist abgeschlossen.'],
  ])('is read as its completion (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('when-mobilization-complete');
  });

  it('stays silent on the end of another country’s call-up', () => {
    expect(questions('Het mobiliseren van reservisten in Oekraïne is afgerond, meldt het Oekraïense leger.', 'nl')).not.toContain('when-mobilization-complete');
  });
});

describe('the 300,000 called up, said the way outlets write it', () => {
  it.each([
    ['fr', 'Selon la Défense russe, seules quelque 300 000 personnes seraient appelées.'],
    ['nl', 'De 300.000 extra militairen die Sjojgoe wilde, zijn nu onder de wapenen, zegt de minister.'],
  ])('is read as how many were mobilized (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('how-many-mobilized');
  });

  it('stays silent on another number under arms', () => {
    expect(questions('Volgens defensieminister Sergej Sjojgoe zijn 150.000 militairen onder de wapenen.', 'nl')).not.toContain('how-many-mobilized');
  });
});
