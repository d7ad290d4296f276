/**
 * The FSB under its full name ("Федеральная служба безопасности", "Inlandsgeheimdienst", "Federal
 * Security Service"), a count that points back to it ("Их насчитали около 261 тысячи"), and the
 * German exit ban told as "... nicht verlassen dürfen". Invented sentences; the same count without
 * the FSB or its report stays unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds, questions } = realPackClaimViews();

describe('the FSB by its full name, and a count that points back to it', () => {
  it.each([
    ['ru', 'По данным Федеральной службы безопасности, это 261 тысяча мужчин.'],
    ['ru', 'Федеральная служба безопасности передала справку о мужчинах, покинувших страну. Их насчитали около 261 тысячи.'],
    ['uk', 'За даними Федеральної служби безпеки, йдеться про 261 тисячу чоловіків.'],
    ['en', 'According to the Federal Security Service, the figure is 261,000 men.'],
    ['de', 'Laut dem Inlandsgeheimdienst handelt es sich um 261.000 Männer.'],
    ['pl', 'Według Federalnej Służby Bezpieczeństwa chodzi o 261 tysięcy mężczyzn.'],
  ])('reads the FSB count (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain('left-fsb-261k');
  });

  it('reads the German exit ban told as "nicht verlassen dürfen"', () => {
    expect(questions('Wer eine Vorladung erhält, wird Russland nicht verlassen dürfen.', 'de')).toContain('exit-bans-summoned');
  });

  it('stays silent without the FSB or its count', () => {
    expect(claimIds('Die Polizei zählte 261.000 Fahrzeuge an der Grenze.', 'de')).not.toContain('left-fsb-261k');
    expect(claimIds('Федеральная служба безопасности сообщила о задержании. Их насчитали около 26 человек.', 'ru')).not.toContain('left-fsb-261k');
    expect(questions('Touristen dürfen den Strand nicht verlassen.', 'de')).not.toContain('exit-bans-summoned');
  });
});
