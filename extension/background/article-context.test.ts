import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { BuiltQuestion, Fact } from '../../src/pack/fact-pack-schema';
import { builtFixturePack } from '../../test/pack/fixture-pack';
import { buildArticleContext, rankFacts, rankQuestions, sentenceVerdicts } from './article-context';
import { openDatabase } from './database';
import { importPack, packInfoOf } from './pack-store';

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

describe('the article context in the reader\'s language', () => {
  const anchored = [
    { index: 0, matcherId: 'm1', questionId: 'how-many-left', claimIds: ['forbes-700k'], excerpt: 'Some 700,000 left, the Kremlin said.' },
    { index: 1, matcherId: 'm2', questionId: 'how-many-left', claimIds: ['forbes-700k', 'fsb-261k'], excerpt: 'Some 700,000 left, the Kremlin said.' },
    { index: 2, matcherId: 'm3', questionId: 'how-many-mobilized', claimIds: ['shoigu-300k'], excerpt: 'Shoigu named 300,000.' },
  ];

  it('localizes questions, claims, facts and source roles, and says which language the text is in', async () => {
    const db = openDatabase(`context-${crypto.randomUUID()}`);
    const pack = await builtFixturePack();
    await importPack(db, pack);
    const state = { verdict: { relevant: true, isArticle: true, lang: 'ru', topics: ['exodus'], score: 9 }, anchored, sidebarOpen: true };
    const ru = await buildArticleContext(db, 1, packInfoOf(pack), state, 'ru');
    expect(ru.packLang).toBe('ru');
    expect(ru.questions.map((question) => question.text)).toEqual(['[ru] Question how-many-left?', '[ru] Question how-many-mobilized?']);
    expect(ru.questions[0]?.claims[0]?.assessment?.reason).toMatch(/^\[ru\]/);
    expect(ru.facts.every((fact) => fact.text.startsWith('[ru]'))).toBe(true);
    expect(ru.sources.find((source) => source.id === 'kremlin')?.role).toBe('[ru] Presidential administration');
    const en = await buildArticleContext(db, 1, packInfoOf(pack), state, 'en');
    expect(en.packLang).toBe('en');
    expect(en.questions[0]?.text).toBe('Question how-many-left?');
    expect(en.questions[0]?.claims[1]).toMatchObject({ quote: 'около 261 тысячи', quoteTranslation: 'about 261 thousand' });
    db.close();
    await Dexie.delete(db.name);
  });

  it('gives each claim sentence the verdicts on its claims, once each, leaving out sentences without one', async () => {
    const pack = await builtFixturePack();
    expect(sentenceVerdicts(anchored, pack.questions)).toEqual([
      {
        excerpt: 'Some 700,000 left, the Kremlin said.',
        verdicts: [{ claimId: 'forbes-700k', questionText: 'Question how-many-left?', rating: 'misattributed', reason: expect.stringMatching(/^An unnamed source/) }],
      },
    ]);
  });
});
