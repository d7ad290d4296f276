import { describe, expect, it } from 'vitest';
import type { BuiltQuestion, Fact } from '../../src/pack/fact-pack-schema';
import { rankFacts, rankQuestions } from './article-context';

const fact = (id: string, date: string, topics: Fact['topics'], key = false): Fact => ({
  id,
  date,
  text: id,
  topics,
  key,
  confidence: 'high',
  citations: [{ source: 's', url: 'https://example.org/', date }],
});
const question = (id: string, topics: BuiltQuestion['topics']): BuiltQuestion => ({ id, text: id, topics, claims: [], status: 'consensus' });

describe('article context ranking', () => {
  it('puts facts on the article topics first, headline facts before others, then by date', () => {
    const facts = [fact('old-other', '2022-09-01', ['legal']), fact('exodus', '2022-10-01', ['exodus']), fact('exodus-key', '2022-11-01', ['exodus'], true)];
    expect(rankFacts(facts, ['exodus']).map((f) => f.id)).toEqual(['exodus-key', 'exodus', 'old-other']);
  });

  it('puts questions the article answers first, in reading order, then by shared topics', () => {
    const left = question('left', ['exodus']);
    const borders = question('borders', ['borders', 'exodus']);
    const mobilized = question('mobilized', ['numbers']);
    const ranked = rankQuestions(['mobilized', 'left'], [left, borders], [left, mobilized], ['exodus', 'borders']);
    expect(ranked.map((q) => q.id)).toEqual(['mobilized', 'left', 'borders']);
  });
});
