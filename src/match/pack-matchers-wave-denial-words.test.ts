/**
 * Denials of a new wave told in the words real pages use: no "additional call-up" planned, reports
 * of a "continuation" of the mobilization refuted, information on "one more wave" called untrue,
 * the Kremlin again denying "a second mobilization campaign", "no discussions" of any wave, a
 * government that "denies preparing" a new mobilization; and Russia named in the sentence before
 * ("Moscow announced ... New mobilization measures are not planned."). Invented sentences; a
 * denial by Ukraine and a new wave without a denial stay unmarked as denials.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('a new wave denied, in other words', () => {
  it.each([
    ['en', 'The Kremlin said the reports of an additional call-up were untrue.'],
    ['en', 'Moscow said the call-up was over. New mobilization measures are not planned.'],
    ['ru', 'Дополнительного призыва не планируется, заявил Путин.'],
    ['ru', 'В Кремле опровергли сообщения о продолжении мобилизации.'],
    ['uk', 'У Кремлі назвали недостовірною інформацію про ще одну хвилю мобілізації.'],
    ['de', 'Der Kreml hat eine Fortsetzung der Mobilmachung dementiert.'],
    ['fr', 'Le Kremlin a démenti toute nouvelle campagne de mobilisation.'],
    ['es', 'El Kremlin volvió a negar una segunda campaña de movilización.'],
    ['es', 'En el Kremlin no hay discusiones sobre ninguna ola de movilización, dijo Peskov.'],
    ['it', 'Il Cremlino ha smentito una nuova campagna di mobilitazione.'],
    ['pt', 'O governo russo nega preparar nova mobilização.'],
    ['pl', 'Kreml zdementował informacje o nowej kampanii mobilizacyjnej.'],
  ])('is read as no new wave (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('no-new-wave');
  });

  it('stays silent on a denial by Ukraine and on a wave that is not denied', () => {
    expect(questions('Kyiv denied that an additional call-up was planned in Ukraine.', 'en')).not.toContain('no-new-wave');
    expect(questions('Der Kreml kündigte eine Fortsetzung der Mobilmachung an.', 'de')).not.toContain('no-new-wave');
  });
});
