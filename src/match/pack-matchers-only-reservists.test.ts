/**
 * Who the call-up was for, said with "only" (concept only, English alone until now, in all ten
 * languages): "only those in the military reserve are to be drafted", and "only men with military
 * experience" right after a sentence naming the mobilization. "Only" with the call-up of someone
 * else, or without the reserve or experience, stays unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('only reservists, only the experienced', () => {
  it.each([
    ['en', 'Only those in the military reserve are to be drafted.'],
    ['ru', 'Призываться будут только граждане, находящиеся в запасе.'],
    ['de', 'Einberufen würden nur Bürger, die in der Reserve sind.'],
    ['es', 'Solo serán llamados los ciudadanos que están en la reserva.'],
    ['pl', 'Powołani zostaną wyłącznie obywatele w rezerwie.'],
    ['en', 'The decree sets out a partial mobilization. Only men with combat experience are concerned.'],
  ])('is read as who can be called up (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('who-can-be-called-up');
  });

  it('stays silent on Ukraine’s call-up and without the reserve or experience', () => {
    expect(questions('Ukraine will call up only people in the reserve, Kyiv said.', 'en')).not.toContain('who-can-be-called-up');
    expect(questions('Only a few people were drafted in the village.', 'en')).not.toContain('who-can-be-called-up');
    expect(questions('The decree sets out a partial mobilization.\nOnly men with combat experience are concerned.', 'en')).not.toContain('who-can-be-called-up');
  });

  // Polish writes the plural 'rezerwiści' (ś before i), which the stem 'rezerwist' did not reach.
  it('reads the Polish plural "rezerwiści", and not for another country', () => {
    expect(questions('Do wojska powołani zostaną wyłącznie rezerwiści.', 'pl')).toContain('who-can-be-called-up');
    expect(questions('Izraelscy rezerwiści zostali powołani do wojska.', 'pl')).toEqual([]);
  });
});
