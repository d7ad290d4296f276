/**
 * Two look-alikes seen on real pages: a sentence saying a law "fuelled fears" of another wave of
 * mobilization reports a fear, not a stance on a wave (the `hearsay` concept now holds fears in
 * the ten languages), and a sentence on Covid-19 border restrictions easing is not a ban on
 * Russian tourists after the call-up (a `covid` concept vetoes the ban matchers). Invented
 * sentences; the controls keep the stance and the ban.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('fears of another wave', () => {
  it.each([
    ['en', 'The vote fuelled fears of the Kremlin announcing another wave of mobilization.'],
    ['ru', 'Закон вызвал опасения, что Кремль объявит вторую волну мобилизации.'],
    ['uk', 'Закон викликав побоювання, що Кремль оголосить другу хвилю мобілізації.'],
    ['de', 'In Russland wird befürchtet, dass der Kreml eine zweite Welle der Mobilmachung vorbereitet.'],
    ['fr', 'La loi ravive la crainte que le Kremlin annonce une deuxième vague de mobilisation.'],
    ['es', 'La ley aviva el temor de que el Kremlin anuncie una segunda ola de movilización.'],
    ['it', 'La legge alimenta il timore che il Cremlino annunci una seconda ondata di mobilitazione.'],
    ['pt', 'A lei aumentou o receio de que o Kremlin anuncie uma segunda onda de mobilização.'],
    ['pl', 'Ustawa wywołała obawy, że Kreml ogłosi drugą falę mobilizacji.'],
    ['nl', 'De wet wekt de vrees dat het Kremlin een tweede golf van mobilisatie zal afkondigen.'],
  ])('is not read as a stance on a wave (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('more-waves');
  });

  it('keeps a stance that names no fear', () => {
    expect(questions('The Kremlin announced a second wave of mobilization on Friday.', 'en')).toContain('more-waves');
    expect(questions('Кремль объявил вторую волну мобилизации.', 'ru')).toContain('more-waves');
  });
});

describe('Covid-19 border restrictions', () => {
  it.each([
    ['en', 'Finland saw more arrivals. After the easing of Covid-19 restrictions in July, Russian tourists came back to Europe.'],
    ['de', 'Finnland lockerte im Juli die Corona-Beschränkungen für russische Touristen.'],
    ['fr', 'La Finlande a levé en juillet les interdictions liées au Covid pour les touristes russes.'],
    ['es', 'Finlandia levantó en julio las restricciones por la pandemia a los turistas rusos.'],
  ])('are not the ban on Russian tourists (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('border-restrictions');
  });

  it('keeps the ban itself', () => {
    expect(questions('Russians holding Finnish tourist visas will be barred from entering the country, Finland said.', 'en')).toContain('border-restrictions');
    expect(questions('Desde el lunes, Finlandia cerrará su frontera para los viajeros rusos con visado de turista.', 'es')).toContain('border-restrictions');
  });
});
