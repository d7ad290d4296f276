/**
 * Outlets say a crowd crossed a border as a flow: "streamed across", "хлынули", "strömten",
 * "affluent", "napłynęły". Those words now stand for entering a country in all ten languages, so
 * "thousands of Russians streamed into Mongolia" is read as the arrivals it reports; a flow that
 * names no country of arrival, or people who are not Russians, stays unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('a crowd that streamed across a border entered the country', () => {
  it.each([
    ['en', 'In the past week Russians by the thousands have streamed across the border into Mongolia.'],
    ['ru', 'В Монголию хлынули тысячи россиян, бегущих от мобилизации.'],
    ['uk', 'До Монголії хлинули тисячі росіян після оголошення мобілізації.'],
    ['de', 'Tausende Russen strömten über die Grenze in die Mongolei.'],
    ['fr', 'Des milliers de Russes affluent en Mongolie depuis la mobilisation.'],
    ['es', 'Miles de rusos afluyen a Mongolia tras la movilización.'],
    ['it', 'Migliaia di russi si sono riversati in Mongolia dopo la mobilitazione.'],
    ['pt', 'Milhares de russos afluíram à Mongólia após a mobilização.'],
    ['pl', 'Do Mongolii napłynęły tysiące Rosjan uciekających przed mobilizacją.'],
    ['nl', 'Duizenden Russen stroomden de grens met Mongolië over.'],
  ])('highlights thousands of Russians streaming into Mongolia (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('mongolia-arrivals');
  });

  it('stays silent on streams that are no arrival of Russians in Mongolia', () => {
    expect(questions('Thousands of fans streamed the match online in Mongolia.', 'en')).not.toContain('mongolia-arrivals');
    expect(questions('Thousands of Russians streamed into the streets of Moscow.', 'en')).toEqual([]);
    expect(questions('В Монголию хлынули тысячи туристов из Китая.', 'ru')).not.toContain('mongolia-arrivals');
  });
});
