import { compileMatchers, type CompiledMatchers } from '../../src/match/claim-matcher';
import { matcherLanguagesFor } from '../../src/match/sentence-language';
import { readMeta, type MobilizationDb } from './database';
import { getInstalledVersion, getMatchers } from './pack-store';

/**
 * The claim matchers a page of one language needs: its own language's and those its quotes or
 * misread sentences may be in (src/match/sentence-language.ts). Compiled here once per
 * installed pack rather than in every article page: compiling costs the worker a few
 * milliseconds, and would cost each page's main thread as much. With them, the pack's words of
 * lines that state nothing (teaser labels, a heading's "how"). Kept in memory only; a
 * restarted worker compiles again.
 */
let compiledFor: string | null | undefined;
const byLanguage = new Map<string, Promise<CompiledMatchers>>();

export async function compiledMatchers(db: MobilizationDb, lang: string): Promise<CompiledMatchers> {
  const version = await getInstalledVersion(db);
  if (version !== compiledFor) {
    byLanguage.clear();
    compiledFor = version;
  }
  // Keyed by the base language, so "ru" and "ru-RU" pages share one compilation.
  const pageLang = lang.toLowerCase().split('-')[0] ?? '';
  let entry = byLanguage.get(pageLang);
  if (!entry) {
    entry = Promise.all([readMeta(db, 'lineWords'), Promise.all(matcherLanguagesFor(pageLang).map((each) => getMatchers(db, each)))]).then(([lineWords, lists]) =>
      compileMatchers(lists.flat(), pageLang, lineWords ?? undefined),
    );
    byLanguage.set(pageLang, entry);
    entry.catch(() => byLanguage.delete(pageLang));
  }
  return entry;
}
