/**
 * The decree told by the Kremlin: "a decree is not needed", said by the Kremlin's spokesman
 * without naming the mobilization (it ends it), and the decree's figure of up to 300,000 with no
 * word for the call-up beside it; another decree, another figure and Ukraine stay unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds, questions } = realPackClaimViews();

describe('no decree needed to end it, in the Kremlin’s words', () => {
  it.each([
    ['en', '"A decree is not needed," the Kremlin spokesman told reporters.'],
    ['ru', '«Указ не нужен», — заявил Песков журналистам.'],
    ['de', 'Ein Erlass sei nicht nötig, sagte Kremlsprecher Peskow.'],
  ])('is read as no decree needed (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain('done-peskov-no-decree');
  });

  it('needs the Kremlin or the mobilization in the sentence or the one before it', () => {
    expect(claimIds('The mayor said a decree is not needed for the new parking rules.', 'en')).not.toContain('done-peskov-no-decree');
  });
});

describe('the decree’s figure of 300,000', () => {
  it.each([
    ['en', 'The decree named a specific figure: up to 300,000 people.'],
    ['ru', 'В указе было указано определённое число — до 300 тысяч человек.'],
  ])('is read as how many the decree allowed (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('how-many-mobilized');
  });

  it('stays silent on another figure, on contracts and on Ukraine', () => {
    expect(questions('The decree named a specific figure: up to 200,000 people.', 'en')).not.toContain('how-many-mobilized');
    expect(questions('The decree sets a goal of 300,000 contract soldiers.', 'en')).not.toContain('how-many-mobilized');
    expect(questions("Zelensky's decree would add 300,000 men in Ukraine.", 'en')).not.toContain('how-many-mobilized');
  });
});
