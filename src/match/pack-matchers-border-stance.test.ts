/**
 * Border stances told in other words: the Baltic states and Poland closing to Russian tourists
 * (without the word visa), and Georgia seeing no reason to close its border, in ten languages.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();

describe('the Baltic states and Poland closed to Russian tourists', () => {
  it.each([
    ['en', 'Latvia, Lithuania, Estonia and Poland said their borders would be closed to Russian tourists.'],
    ['ru', 'Латвия, Литва, Эстония и Польша закрыли въезд для российских туристов.'],
    ['pl', 'Litwa, Łotwa, Estonia i Polska zamknęły granice dla rosyjskich turystów.'],
  ])('%s: %s', (lang, sentence) => {
    expect(claimIds(sentence, lang)).toContain('br-frontex-baltics-poland');
  });

  it('welcoming tourists is no closure', () => {
    expect(claimIds('Poland and the Baltic states said Russian tourists are welcome to visit.', 'en')).not.toContain('br-frontex-baltics-poland');
  });
});

describe('Georgia sees no reason to close its border', () => {
  it.each([
    ['en', "Georgia's interior minister said the government saw no reason to close the border with Russia."],
    ['ru', 'Глава МВД Грузии добавил, что пока нет оснований закрывать границу с Россией.'],
    ['uk', 'Міністр Грузії заявив, що немає підстав закривати кордон з Росією.'],
    ['de', 'Georgiens Innenminister sieht keinen Grund, die Grenze zu Russland zu schließen.'],
    ['fr', 'Le ministre géorgien ne voit aucune raison de fermer la frontière avec la Russie.'],
    ['es', 'El ministro georgiano dijo que no hay motivo para cerrar la frontera con Rusia.'],
    ['it', 'Il ministro georgiano non vede nessun motivo per chiudere il confine con la Russia.'],
    ['pt', 'O ministro georgiano disse que não há motivo para fechar a fronteira com a Rússia.'],
    ['pl', 'Minister Gruzji powiedział, że nie ma powodu, by zamykać granicę z Rosją.'],
    ['nl', 'De Georgische minister ziet geen reden om de grens met Rusland te sluiten.'],
  ])('%s: %s', (lang, sentence) => {
    expect(claimIds(sentence, lang)).toContain('br-gomelauri-georgia-open');
  });
});
