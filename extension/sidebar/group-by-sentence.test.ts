import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));
const { groupBySentence } = await import('./ArticleClaims');

const claim = (index: number, questionId: string, excerpt: string, claimIds: string[] = []) => ({ index, matcherId: `m${index}`, questionId, claimIds, excerpt });

describe('groupBySentence', () => {
  it('shows a sentence that makes several claims once, with each question once', () => {
    expect(
      groupBySentence([
        claim(0, 'left', 'A.'),
        claim(1, 'returned', 'B.'),
        claim(2, 'more-waves', 'B.', ['waves-1', 'waves-2']),
        claim(3, 'more-waves', 'B.', ['waves-2']),
        claim(4, 'left', 'C.'),
      ]),
    ).toEqual([
      { excerpt: 'A.', indices: [0], questionIds: ['left'], claimIds: [] },
      { excerpt: 'B.', indices: [1, 2, 3], questionIds: ['returned', 'more-waves'], claimIds: ['waves-1', 'waves-2'] },
      { excerpt: 'C.', indices: [4], questionIds: ['left'], claimIds: [] },
    ]);
  });
});
