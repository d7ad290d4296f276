/**
 * A matcher's `topic` groups: the story's subject, named in any earlier sentence of the text (its
 * headline, a heading, a paragraph before), stands for them, so "The Duma approved the text on
 * Tuesday." states the law the headline named. Only earlier sentences count, and the sentence's
 * own vetoes still apply. The build turns the authored topic concepts into group indexes.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimMatcher, ConceptMatcher } from '../pack/matcher-schema';
import { compileMatchers, findClaims } from './claim-matcher';
import { expandConceptMatchers } from './expand-concept-matchers';

const passed = (topic: boolean): ClaimMatcher => ({
  id: 'es-duma-passed-topic-en',
  questionId: 'electronic-summons-law',
  lang: 'en',
  all: [['duma'], ['approved'], ['the text'], ['electronic summons']],
  none: ['ukraine'],
  ...(topic ? { topic: [3] } : {}),
});

const sentencesFound = (text: string, topic: boolean): string[] =>
  findClaims(text, compileMatchers([passed(topic)], 'en')).map((match) => text.slice(match.start, match.end));

describe('topic groups', () => {
  const story = 'Russia brings in electronic summons\nThe bill was drafted in March.\nThe Duma approved the text on Tuesday.';

  it('take the subject from any earlier sentence, across paragraphs', () => {
    expect(sentencesFound(story, true)).toEqual(['The Duma approved the text on Tuesday.']);
  });

  it('need the topic flag: a plain group is met only in its own sentence', () => {
    expect(sentencesFound(story, false)).toEqual([]);
  });

  it('never take the subject from a later sentence', () => {
    expect(sentencesFound('The Duma approved the text on Tuesday.\nRussia brings in electronic summons', true)).toEqual([]);
  });

  it("keep the sentence's own vetoes", () => {
    expect(sentencesFound('Russia brings in electronic summons\nIn Ukraine the Duma approved the text.', true)).toEqual([]);
  });

  it('are built from the authored concepts as group indexes', () => {
    const authored: ConceptMatcher = { id: 'm', questionId: 'q', all: [['duma'], ['electronic-summons', 'electronic-form']], topic: ['electronic-form'] };
    const [built] = expandConceptMatchers([authored], { en: { duma: ['duma'], 'electronic-summons': ['electronic summons'], 'electronic-form': ['electronically'] } });
    expect(built?.topic).toEqual([1]);
  });
});
