import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/highlight-article-text';
import { fingerprintOf, HIGHLIGHT_LABELS, LABEL_PATTERN, namesSentence, parseLabel, renderExcerptPage, sentenceWords } from '../../scripts/highlight-corpus';

const label = (sentence: string, count?: number) => parseLabel(`some-question: ${fingerprintOf(sentenceWords(sentence), count)}`);

describe('highlight label fingerprints', () => {
  it('the same words, however cased and punctuated, give the same fingerprint, and it names its sentence', () => {
    expect(fingerprintOf(sentenceWords('Border guards counted the cars, one by one.'))).toBe(fingerprintOf(sentenceWords('border GUARDS counted — the cars one')));
    expect(fingerprintOf(sentenceWords('Border guards counted the cars, one by one.'))).toMatch(/^6w:[0-9a-f]{12}$/);
    expect(namesSentence(label('Border guards counted the cars'), sentenceWords('Border guards counted the cars.'))).toBe(true);
  });

  it('a label of n words names a sentence that goes on after them (prefix), and no sentence shorter than n', () => {
    const short = label('Border guards counted the cars');
    expect(short.words).toBe(5);
    expect(namesSentence(short, sentenceWords('Border guards counted the cars at night.'))).toBe(true);
    expect(namesSentence(short, sentenceWords('Border guards counted.'))).toBe(false);
    expect(namesSentence(label('Border guards counted the cars at night', 3), sentenceWords('Border guards counted the trucks'))).toBe(true);
  });

  it('different words do not match', () => {
    expect(namesSentence(label('Border guards counted the cars'), sentenceWords('Border guards counted the trucks today.'))).toBe(false);
    expect(namesSentence(label('Border guards counted the cars'), sentenceWords('The border guards counted the cars.'))).toBe(false);
  });

  it('a sentence without words has no fingerprint', () => {
    expect(() => fingerprintOf(sentenceWords(' — … '))).toThrow();
  });
});

describe('test/eval/highlight-labels.json', () => {
  const labels = JSON.parse(readFileSync(HIGHLIGHT_LABELS, 'utf8')) as { pages: Array<{ query: string; rank: number; claims: unknown[]; related: unknown[] }> };

  it('names every sentence by a fingerprint, never by words of the page', () => {
    const notFingerprints = labels.pages.flatMap((page) =>
      [...page.claims, ...page.related].filter((entry) => typeof entry !== 'string' || !LABEL_PATTERN.test(entry)).map((entry) => `${page.query} ${page.rank}: ${String(entry)}`),
    );
    expect(notFingerprints).toEqual([]);
    expect(labels.pages.length).toBeGreaterThan(0);
  });
});

describe('the evaluation page of a stored answer', () => {
  it("renders a picture's <image> markup as an image, so its alt text is no sentence of the article", () => {
    const html = renderExcerptPage(
      'A headline about the border\n<image>data:image/s3,"s3://crabby-images/d39f5/d39f5c1c7d6aa4f0d2ac9ad359fc5e5fd0d43df6" alt="The minister announced the end of the call-up"</image>\nThe first paragraph names the minister.',
      'en',
      'example.org',
    );
    const text = articleText(html);
    expect(text).toContain('The first paragraph names the minister.');
    expect(text).not.toContain('announced the end');
    expect(text).not.toContain('data:image');
    expect(html).toContain('<img alt="The minister announced the end of the call-up">');
  });
});
