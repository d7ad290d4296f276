/**
 * The Duma passing, or Putin signing, "the text", "the law", "the amendments" counts as the
 * electronic-summons law when the story named summonses sent electronically in any earlier
 * sentence (headline, heading or a paragraph before), as a story names the bill once and then
 * says "the deputies approved the text". Invented texts; without that subject earlier, or on
 * Ukraine, a passed law stays unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimsIn } = realPackClaimViews();

/** Whether the text's last line is matched as the law. */
const lastLineIsTheLaw = (text: string, lang: string): boolean => {
  const last = text.lastIndexOf('\n') + 1;
  return claimsIn(text, lang).some((match) => match.questionId === 'electronic-summons-law' && match.start >= last);
};

describe('a law passed or signed, its subject set up earlier in the story', () => {
  it.each([
    ['en', 'Russia to send military summonses electronically\nLawmakers spent an hour on it.\nThe Duma approved the amendments on Tuesday.'],
    ['fr', 'La Russie pourra convoquer ses réservistes par voie électronique\nLe débat a été court.\nMardi, les députés de la Douma ont approuvé le texte.'],
    ['pt', 'Na Rússia, as ordens de mobilização poderão chegar por via eletrônica.\nO documento foi publicado.\nA Duma aprovou o texto na terça-feira.'],
    ['nl', 'Rusland kan reservisten voortaan elektronisch oproepen.\nCritici zijn bezorgd.\nDe Staatsdoema gaf dinsdag groen licht voor de wet.'],
    ['de', 'Einberufungsbescheide kommen in Russland künftig auf digitalem Weg.\nKritiker sind besorgt.\nPutin hat das Gesetz am Freitag unterzeichnet.'],
  ])('is read as the law (%s)', (lang, text) => {
    expect(lastLineIsTheLaw(text, lang)).toBe(true);
  });

  it('stays silent without the subject earlier, or on Ukraine', () => {
    expect(lastLineIsTheLaw('Russia raised taxes on tobacco.\nThe Duma approved the amendments on Tuesday.', 'en')).toBe(false);
    expect(lastLineIsTheLaw('Russia will send summonses electronically.\nKyiv said the Duma approved the text on Tuesday.', 'en')).toBe(false);
  });

  it('leaves the conscription-age law, passed or signed later in the same story, to its own claim', () => {
    /** The claims read in the text's last line. */
    const lastLineClaims = (text: string, lang: string): string[] => {
      const last = text.lastIndexOf('\n') + 1;
      return claimsIn(text, lang).flatMap((match) => (match.start >= last ? match.claimIds : []));
    };
    const subject = 'Russia will send summonses electronically.\nCritics were worried.\n';
    for (const [text, lang] of [
      [`${subject}The Duma approved the amendments raising the draft age to 30 in July.`, 'en'],
      [`${subject}Putin signed the law lifting the upper age limit for conscription.`, 'en'],
      ['Einberufungsbescheide kommen in Russland künftig auf digitalem Weg.\nKritiker sind besorgt.\nIm Juli billigte die Staatsduma das Gesetz über das neue Höchstalter.', 'de'],
    ] as const) {
      expect(lastLineClaims(text, lang), text).not.toContain('es-duma-passed');
      expect(lastLineClaims(text, lang), text).not.toContain('es-law-signed');
    }
  });
});
