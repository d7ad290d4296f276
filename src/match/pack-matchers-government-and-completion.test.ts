/**
 * The Russian government named as such stands for the Kremlin (its denial of a new wave), the
 * end of the call-up as a noun ("a conclusão da mobilização", "l'achèvement de la mobilisation"),
 * and Shoigu's "no additional assignments". Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds, questions } = realPackClaimViews();

describe('the Russian government denies a new wave', () => {
  const denials: Array<[string, string]> = [
    ['en', 'The Russian government rejected reports of a second wave of mobilization.'],
    ['de', 'Die russische Regierung hat Spekulationen über eine weitere Mobilisierungswelle zurückgewiesen.'],
    ['pl', 'Rosyjski rząd zdementował doniesienia o nowej fali mobilizacji.'],
    ['ru', 'Правительство России опровергло слухи о второй волне мобилизации.'],
    ['uk', 'Уряд Росії спростував чутки про другу хвилю мобілізації.'],
  ];
  it.each(denials)('%s: %s', (lang, sentence) => {
    expect(questions(sentence, lang)).toContain('no-new-wave');
  });
});

describe('the end of the call-up as a noun', () => {
  const ended: Array<[string, string]> = [
    ['pt', 'O ministério anunciou oficialmente a conclusão da convocação parcial.'],
    ['es', 'El ministerio anunció la conclusión de la movilización parcial.'],
    ['it', 'Il ministero ha annunciato la conclusione della mobilitazione parziale.'],
    ['fr', "Le ministère a annoncé l'achèvement de la mobilisation partielle."],
    ['nl', 'Het ministerie meldde de afronding van de mobilisatie.'],
  ];
  it.each(ended)('%s: %s', (lang, sentence) => {
    expect(questions(sentence, lang)).toContain('when-mobilization-complete');
  });

  it('a conclusion about the call-up is not its end', () => {
    expect(questions('Ele chegou à conclusão de que a mobilização não funcionou.', 'pt')).not.toContain('when-mobilization-complete');
  });
});

describe('no additional assignments', () => {
  it('reads "no additional assignments are planned" as no further tasks', () => {
    expect(claimIds('No additional assignments are planned, the defence minister said.', 'en')).toContain('mw-shoigu-no-further-tasks');
  });
});
