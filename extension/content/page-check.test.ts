// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** storage.local as the worker leaves it, and every read a page makes of it. */
const store = new Map<string, unknown>();
const reads: string[][] = [];
/** Runs after a read is answered, as a worker publishing in between would. */
let afterRead: ((keys: string[]) => void) | null = null;
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (keys: string[] | string) => {
          const list = Array.isArray(keys) ? keys : [keys];
          reads.push(list);
          const answer = Object.fromEntries(list.filter((key) => store.has(key)).map((key) => [key, store.get(key)]));
          afterRead?.(list);
          return answer;
        },
      },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  },
}));

import { classifyPage } from '../../src/detect/classify-page';
import { compileLexicon, toStoredLexicon } from '../../src/detect/compile-lexicon';
import { ARTICLE_FIXTURES, packLexicon, readFixture } from '../../src/detect/test-support';
import { lexiconEntries } from '../messaging/stored-lexicon-entries';
import { LEXICON_KEY, lexiconLanguageKey } from '../messaging/storage-keys';
import { checkPage } from './page-check';

const compiled = compileLexicon(packLexicon());
const URL = 'https://news.example/2022/09/russians-flee-call-up';

function showPage(fixture: string, declared: string | null) {
  const doc = new DOMParser().parseFromString(readFixture(ARTICLE_FIXTURES, fixture), 'text/html');
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  if (declared === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.lang = declared;
}

beforeEach(() => {
  store.clear();
  reads.length = 0;
  afterRead = null;
  for (const [key, value] of Object.entries(lexiconEntries(toStoredLexicon(compiled)))) store.set(key, value);
  vi.stubGlobal('location', new globalThis.URL(URL));
});

afterEach(() => vi.unstubAllGlobals());

describe('checkPage', () => {
  it('reads the lexicon without the languages the page is not in, in one read, and classifies as the whole lexicon does', async () => {
    showPage('ru-chastichnaya-mobilizatsiya-povestki.html', 'ru');
    const checked = await checkPage();
    expect(reads).toEqual([[expect.any(String), LEXICON_KEY, lexiconLanguageKey('ru')]]);
    expect(checked?.verdict).toEqual(classifyPage(document, URL, compiled, { onlyJudgeOnTopicPages: true }));
    expect(checked?.verdict?.relevant).toBe(true);
  });

  it('reads the language the text is in when the page declares another one, or none', async () => {
    for (const declared of ['en', null]) {
      reads.length = 0;
      showPage('ru-chastichnaya-mobilizatsiya-povestki.html', declared);
      const checked = await checkPage();
      expect(reads.at(-1)).toEqual([lexiconLanguageKey('ru')]);
      expect(reads).toHaveLength(2);
      expect(checked?.verdict).toEqual(classifyPage(document, URL, compiled, { onlyJudgeOnTopicPages: true }));
    }
  });

  it('reads the part of the language a declared alias stands for in its one read ("hr" for the Serbian part)', async () => {
    showPage('sr-rusi-u-beogradu.html', 'hr');
    const checked = await checkPage();
    expect(reads).toEqual([[expect.any(String), LEXICON_KEY, lexiconLanguageKey('hr')]]);
    expect(checked?.verdict).toEqual(classifyPage(document, URL, compiled, { onlyJudgeOnTopicPages: true }));
    expect(checked?.verdict?.lang).toBe('sr');
  });

  it('takes the language of a declared tag before its region, and none from a tag that is no two-letter language', async () => {
    for (const [declared, lang] of [['sr-Latn', 'sr'], ['de-AT', 'de'], ['de_AT', 'de']]) {
      reads.length = 0;
      showPage('ru-chastichnaya-mobilizatsiya-povestki.html', declared as string);
      await checkPage();
      expect(reads[0]).toEqual([expect.any(String), LEXICON_KEY, lexiconLanguageKey(lang as string)]);
    }
    reads.length = 0;
    showPage('ru-chastichnaya-mobilizatsiya-povestki.html', 'fil');
    const checked = await checkPage();
    expect(reads[0]).toEqual([expect.any(String), LEXICON_KEY]);
    expect(checked?.verdict).toEqual(classifyPage(document, URL, compiled, { onlyJudgeOnTopicPages: true }));
  });

  it('reads everything again, once, when a newer pack was published between its reads', async () => {
    showPage('ru-chastichnaya-mobilizatsiya-povestki.html', 'en');
    const part = store.get(lexiconLanguageKey('ru'));
    store.delete(lexiconLanguageKey('ru'));
    afterRead = (keys) => {
      // The page read the older head; the newer pack's part and head are in by its next read.
      if (keys.length === 1 && keys[0] === lexiconLanguageKey('ru')) store.set(lexiconLanguageKey('ru'), part);
    };
    const checked = await checkPage();
    expect(checked).toMatchObject({ lexiconMissing: false });
    expect(checked?.verdict).toEqual(classifyPage(document, URL, compiled, { onlyJudgeOnTopicPages: true }));
    expect(reads).toHaveLength(4);
  });

  it('gives no verdict, and says the lexicon is missing, when a newer pack took the language part away', async () => {
    showPage('ru-chastichnaya-mobilizatsiya-povestki.html', 'en');
    store.delete(lexiconLanguageKey('ru'));
    expect(await checkPage()).toMatchObject({ verdict: null, lexiconMissing: true });
  });
});
