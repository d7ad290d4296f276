/**
 * Forms real pages use that the concepts lacked: a call-up "completato" (masculine) and men
 * "chiamati alle armi" in Italian; a decree "не потрібний" / decrees "не нужны"; Russia "left" as
 * "оставили Россию"; a figure pointed back to as "put the figure at" / "называет цифру", with the
 * sentence before naming who left. Invented sentences; a figure with no leaving before it stays
 * unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('forms of completion, call-up, decree and leaving', () => {
  it.each([
    ['it', "Il ministero ha detto che il richiamo dei riservisti per la mobilitazione è completato.", 'when-mobilization-complete'],
    ['it', 'In Russia sono state chiamate alle armi 300 mila persone.', 'how-many-mobilized'],
    ['uk', 'Пєсков запевнив, що окремий указ Путіна нібито не потрібний.', 'when-mobilization-complete'],
    ['ru', 'Песков заявил, что новые указы о мобилизации не нужны.', 'when-mobilization-complete'],
    ['ru', 'После объявления мобилизации Россию оставили 700 тысяч человек.', 'how-many-left-russia'],
  ])('(%s) %s', (lang, text, question) => {
    expect(questions(text, lang)).toContain(question);
  });
});

describe('a figure pointed back to', () => {
  it.each([
    ['en', 'Many men have left the country since the call-up. Novaya Gazeta put the figure at 261,000.'],
    ['ru', 'После мобилизации многие уехали из России. Один источник называет цифру в 261 тысячу.'],
  ])('takes who left from the sentence before (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('how-many-left-russia');
  });

  it('stays silent when the sentence before names no leaving', () => {
    expect(questions('The ministry published its budget. Novaya Gazeta put the figure at 261,000.', 'en')).not.toContain('how-many-left-russia');
  });
});
