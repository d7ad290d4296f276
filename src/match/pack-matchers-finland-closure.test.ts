/**
 * Finland shutting its door to Russians in September 2022, told without "tourist visa": Russians
 * barred "even with a visa", and Finland closing its border, in several languages. The closing
 * must be Finland's own: a border closing in a sentence that only follows one naming Finland as a
 * destination is someone else's.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe("Finland's border closing to Russians", () => {
  it.each([
    ['en', 'From Friday Finland refuses Russians even when they hold a valid visa.'],
    ['es', 'Finlandia ya no aceptará a los rusos con visado.'],
    ['de', 'Finnland verweigert Russen ab Freitag die Einreise, auch mit Visum.'],
    ['ru', 'Финляндия закрывает въезд для россиян даже с визой.'],
    ['en', 'Finland will close its border at midnight on Thursday.'],
    ['es', 'Finlandia cerrará sus fronteras el jueves a medianoche.'],
    ['de', 'Finnland schließt in der Nacht zum Freitag seine Grenze.'],
    ['fr', 'La Finlande fermera sa frontière vendredi à minuit.'],
    ['it', 'La Finlandia chiude la frontiera da venerdì.'],
    ['pl', 'Finlandia zamknie granicę w piątek o północy.'],
    ['nl', 'Finland sluit vrijdag de grens.'],
  ])('is read as a border restriction (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('border-restrictions');
  });

  it('needs Finland in the closing sentence itself', () => {
    expect(questions('Most fled to Georgia, Finland and Mongolia. The authorities are considering closing the border.', 'en')).not.toContain('border-restrictions');
    expect(questions('Norway will close its border at midnight on Thursday.', 'en')).not.toContain('border-restrictions');
  });
});
