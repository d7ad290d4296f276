/**
 * The electronic-summons law's provisions in other Spanish and Portuguese wordings, on invented
 * sentences: the summons as a "notificación"/"notificação" or "convocatoria", sent "de manera
 * electrónica" to the personal account on the "portal de servicios públicos"/"portal dos serviços
 * públicos", and deemed served "como tendo sido entregue". Ukraine's own summonses stay out.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('the electronic-summons law in other Spanish and Portuguese words', () => {
  it.each([
    ['es', 'En Rusia, los militares podrán enviar las notificaciones de manera electrónica a la cuenta personal del ciudadano.'],
    ['es', 'Según la ley rusa, la convocatoria se enviará por vía electrónica al portal de servicios públicos.'],
    ['pt', 'Na Rússia, os militares poderão enviar notificações de maneira eletrônica para a conta pessoal do cidadão.'],
    ['pt', 'Segundo a nova lei russa, a notificação é considerada como tendo sido entregue uma semana após o registo.'],
  ])('%s: %s', (lang, sentence) => {
    expect(questions(sentence, lang)).toContain('electronic-summons-law');
  });

  it.each([
    ['es', 'En Ucrania, los centros de reclutamiento enviarán las notificaciones de manera electrónica.'],
    ['pt', 'Na Ucrânia, os centros de recrutamento enviarão notificações de maneira eletrônica.'],
  ])("keeps Ukraine's own summonses out (%s)", (lang, sentence) => {
    expect(questions(sentence, lang)).not.toContain('electronic-summons-law');
  });
});
