import { describe, expect, it } from 'vitest';
import { compileLexicon } from './compile-lexicon';
import { normalizeText } from './normalize-text';
import { packLexicon } from './test-support';
import { scoreTopic } from './topic-score';
import { SHORT_ITEM_CHARS, SHORT_ITEM_FLOOR, topicThreshold } from './topic-threshold';

const compiled = compileLexicon(packLexicon());
const clean = { threshold: 8, shortProse: true, leadCallUp: true, penalty: 0 };

function score(lang: string, headline: string, body: string) {
  const language = compiled.languages.get(lang);
  if (!language) throw new Error(`no lexicon for ${lang}`);
  return scoreTopic(language, { headline: normalizeText(headline), body: normalizeText(body) });
}

describe('topicThreshold', () => {
  it('keeps the full threshold for a full-length article', () => {
    expect(topicThreshold({ ...clean, length: SHORT_ITEM_CHARS })).toBe(8);
    expect(topicThreshold({ ...clean, length: 5000, shortProse: false })).toBe(8);
  });

  it('lowers the bar with the length of a short item, down to a floor', () => {
    const sixHundred = topicThreshold({ ...clean, length: 600 });
    const nineHundred = topicThreshold({ ...clean, length: 900 });
    expect(sixHundred).toBeLessThan(nineHundred);
    expect(nineHundred).toBeLessThan(8);
    expect(topicThreshold({ ...clean, length: 100 })).toBe(8 * SHORT_ITEM_FLOOR);
  });

  it('does not lower it when the evidence is not clean', () => {
    expect(topicThreshold({ ...clean, length: 500, leadCallUp: false })).toBe(8);
    expect(topicThreshold({ ...clean, length: 500, penalty: 1 })).toBe(8);
    expect(topicThreshold({ ...clean, length: 500, shortProse: false })).toBe(8);
  });
});

describe('leadCallUp', () => {
  it('is set when the headline or lead ties a call-up term to Russia', () => {
    expect(score('en', 'Shoigu: no further mobilization', 'The minister spoke on Friday.').leadCallUp).toBe(true);
    expect(score('ru', '', 'Шойгу заявил, что планов по дополнительной мобилизации нет.').leadCallUp).toBe(true);
    expect(score('de', 'Putin kündigt Teilmobilmachung an', '').leadCallUp).toBe(true);
  });

  it('is not set when another state’s call-up is named, or the call-up sits far from Russia', () => {
    expect(score('en', 'Zelensky signs mobilization law', 'Russia keeps attacking in the east. Men aged 25 can now be called up.').leadCallUp).toBe(false);
    expect(score('en', 'Markets calm', `${'The weather was mild and the markets were calm. '.repeat(20)} Mobilization was discussed.`).leadCallUp).toBe(false);
  });

  // s7: a short item on Russia's mobilized men often ends on the other side of the front ("taken
  // prisoner by Ukrainian soldiers"); that names no other state's call-up, so the item keeps its lower bar.
  it('stays set when another state is named only away from every call-up word', () => {
    const filler = ' The weather was mild and the markets were calm.'.repeat(5);
    expect(score('en', '', `Russian men mobilized since late September are already at the front.${filler} One was taken prisoner by Ukrainian soldiers.`).leadCallUp).toBe(true);
    expect(score('fr', '', `Les hommes russes mobilisés depuis la fin septembre sont déjà au front.${' Il faisait doux et les marchés étaient calmes.'.repeat(5)} L'un d'eux a été fait prisonnier par des soldats ukrainiens.`).leadCallUp).toBe(true);
    expect(score('en', '', `Russian men mobilized since late September are at the front. Ukrainian soldiers were mobilized too.`).leadCallUp).toBe(false);
  });
});
