import { describe, expect, it } from 'vitest';
import { compileLexicon } from './compile-lexicon';
import { declaredLanguage, detectLanguage } from './detect-language';
import { normalizeText } from './normalize-text';
import { packLexicon } from './test-support';

const compiled = compileLexicon(packLexicon());
const detect = (text: string, declared = ''): string => detectLanguage(normalizeText(text), declared, compiled);

describe('detectLanguage', () => {
  it('recognises each lexicon language from a sentence or two', () => {
    expect(detect('The men who left the country said that they were afraid of the war and of the call-up.')).toBe('en');
    expect(detect('Мужчины, которые уехали из страны, говорят, что это было страшно и что они уже не вернутся.')).toBe('ru');
    expect(detect('Чоловіки, які виїхали з країни, кажуть, що це було страшно і що вони вже не повернуться.')).toBe('uk');
    expect(detect('Die Männer, die das Land verlassen haben, sagen, dass sie nicht mit der Armee kämpfen wollen.')).toBe('de');
    expect(detect('Les hommes qui ont quitté le pays disent que la guerre est une catastrophe pour les familles.')).toBe('fr');
    expect(detect('Los hombres que dejaron el país dicen que la guerra es una catástrofe para las familias.')).toBe('es');
    expect(detect('Gli uomini che hanno lasciato il paese dicono che la guerra è una catastrofe per le famiglie.')).toBe('it');
  });

  it('falls back to the declared language when the text says too little', () => {
    expect(detect('Kazan', 'de')).toBe('de');
    expect(detect('', '')).toBe('und');
    expect(declaredLanguage('pt-BR')).toBe('pt');
    expect(declaredLanguage(null)).toBe('');
  });
});
