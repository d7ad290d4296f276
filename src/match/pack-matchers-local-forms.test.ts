/**
 * Local forms of concepts the pack already has, as news in each language writes them: a forced
 * departure and care for "them" in the feminine (pt), the spoken spelling of "fled" (uk), the
 * noun for leaving (pl), "se marcharon" (es), electronic delivery of call-up papers and "the
 * rules" (pl), the end of mobilization as a noun (ru), a task "fulfilled" (uk). Sentences
 * invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds, questions } = realPackClaimViews();

describe('local forms of known concepts', () => {
  it.each([
    ['pt', 'Tokayev disse que muitos foram forçados a partir por uma situação sem saída.', 'kz-tokayev-safety'],
    ['pt', 'Tokayev disse que o país vai cuidar delas e garantir a sua segurança.', 'kz-tokayev-safety'],
    ['uk', 'За оцінками, після оголошення мобілізації з Росії утекли майже 1 млн людей.', 'left-forbes-1m'],
    ['pl', 'Po ogłoszeniu mobilizacji w Rosji mówiono o wyjeździe co najmniej 700 tys. osób.', 'left-forbes-600-700k'],
    ['es', 'Según una fuente del Kremlin, 261.000 hombres se habían marchado del país desde la movilización.', 'left-fsb-261k'],
    ['uk', 'Шойгу доповів, що завдання в 300 тисяч осіб виконали.', 'mob-shoigu-300k-reached'],
    ['pl', 'Pieskow stwierdził, że przepisy nie mają nic wspólnego z mobilizacją.', 'es-peskov-not-mobilization'],
  ])('%s: %s', (lang, text, claim) => {
    expect(claimIds(text, lang)).toContain(claim);
  });

  it('electronic delivery of call-up papers (pl) and the end of mobilization as a noun (ru)', () => {
    expect(questions('Duma uchwaliła ustawę, która pozwala na elektroniczne doręczanie wezwań do wojska w Rosji.', 'pl')).toContain('electronic-summons-law');
    expect(questions('Шойгу объявил об окончании мобилизационных мероприятий в России.', 'ru')).toContain('when-mobilization-complete');
  });

  it('"a partir de" (from a date) is no departure', () => {
    expect(claimIds('A partir de 21 de setembro, cerca de 700 mil pessoas foram mobilizadas na Rússia.', 'pt')).not.toContain('left-mt-reported-700k');
  });
});
