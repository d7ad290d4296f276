/**
 * The Kremlin spokesman dismissing the reported number of men who left, in the words real pages
 * use in every language: a hoax, a fake, "утка", "engaño", "farsa", "bufala", news not to be taken
 * seriously, figures far from the truth. Counts only with Peskov named (or named in the sentence
 * before) and the exodus or its figures in the sentence. Invented sentences; a dismissal of other
 * news (closed borders, a second wave) stays unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();
const CLAIM = 'left-peskov-far-from-700k';

describe('Peskov calls the figures of those who left a hoax', () => {
  it.each([
    ['ru', 'Песков назвал уткой цифры об уехавших из России мужчинах.'],
    ['uk', 'Пєсков назвав фейком цифри про росіян, які виїхали з країни.'],
    ['es', '"Parece un engaño", dijo Peskov sobre las cifras de rusos que se marcharon.'],
    ['pt', 'Peskov classificou como uma farsa os números de russos que deixaram o país.'],
    ['it', 'Peskov ha definito una bufala le cifre sui russi fuggiti.'],
    ['de', 'Peskow nannte die Zahlen der geflohenen Russen eine Zeitungsente.'],
    ['fr', 'Peskov a qualifié de canular les chiffres des Russes ayant quitté le pays.'],
    ['pl', 'Pieskow nazwał kaczką dziennikarską liczby Rosjan, którzy wyjechali.'],
    ['nl', 'Peskov noemde de cijfers over Russen die het land verlieten nepnieuws.'],
    ['en', 'Peskov said the figures of Russians who left were a hoax.'],
    ['es', 'Peskov habló con la prensa. Dijo que no hay que tomar en serio el número de personas que se marcharon.'],
  ])('is read as his claim (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain(CLAIM);
  });

  it('stays silent on a hoax about closed borders or a second wave, and without Peskov', () => {
    expect(claimIds('Песков назвал уткой сообщения о том, что границы закроют для уезжающих.', 'ru')).not.toContain(CLAIM);
    expect(claimIds('Peskov calificó de bulo la segunda ola de movilización.', 'es')).not.toContain(CLAIM);
    expect(claimIds('Los analistas creen que las cifras de rusos que se marcharon son una farsa.', 'es')).not.toContain(CLAIM);
  });
});
