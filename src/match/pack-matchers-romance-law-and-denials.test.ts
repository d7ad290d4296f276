/**
 * Wordings of French, Italian, Spanish and Portuguese news: Shoigu's "no additional tasks" as
 * "missioni aggiuntive"; no "altri richiami" (other call-ups) foreseen, "non si prevedono"; the
 * electronic-summons law as the wire's "loi facilitant la mobilisation"; a summons posted on "the
 * citizen's electronic portal" "supposée reçue" (deemed served). Invented sentences; the same words
 * about Ukraine, or without a denial, stay unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('Romance-language wordings of denials and of the electronic-summons law', () => {
  it.each([
    ['it', '"Non sono previste missioni aggiuntive", ha detto il ministro.', 'more-waves'],
    ['es', 'No se prevén misiones adicionales, dijo el ministro.', 'more-waves'],
    ['it', 'Shoigu ha aggiunto che non si prevedono altri richiami.', 'no-new-wave'],
    ['fr', 'Vladimir Poutine a signé vendredi la loi facilitant la mobilisation des Russes.', 'electronic-summons-law'],
    ['fr', 'Selon la loi russe, une convocation déposée sur le portail électronique sera supposée reçue.', 'electronic-summons-law'],
  ])('reads %s "%s" as %s', (lang, text, question) => {
    expect(questions(text, lang)).toContain(question);
  });

  it('stays silent without a denial and on Ukraine', () => {
    expect(questions('Il ministro ha annunciato missioni aggiuntive.', 'it')).not.toContain('more-waves');
    expect(questions('Shoigu ha annunciato altri richiami.', 'it')).not.toContain('no-new-wave');
    expect(questions('Zelensky a signé la loi facilitant la mobilisation en Ukraine, votée par la Rada.', 'fr')).not.toContain('electronic-summons-law');
  });
});
