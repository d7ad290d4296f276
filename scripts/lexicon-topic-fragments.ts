import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageLexicon } from '../src/pack/lexicon-schema';
// Explicit extensions: Vite loads its config's imports natively, and warns about bare ones.
import { topicFragments, type TopicPattern } from '../src/detect/topic-fragments.ts';

/**
 * The content script's topic pre-filter, built from every language file in the lexicon
 * (assets/pack/lexicon/<lang>.json) when the extension is built: a new language file
 * extends it with no code change. Vite inlines the result, packed (packTopicFragments), as
 * __MC_TOPIC_FRAGMENTS__.
 */
export function lexiconTopicFragments(dir = 'assets/pack/lexicon'): TopicPattern[] {
  const languages = readdirSync(dir)
    .filter((name) => /^[a-z]{2}\.json$/.test(name))
    .sort()
    .map((name) => {
      // `npm run pack` validates the files fully; this only needs the terms and near-misses to be there.
      const language = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LanguageLexicon;
      if (!Array.isArray(language.terms) || !Array.isArray(language.nearMisses)) throw new Error(`${join(dir, name)}: no terms or near-misses (npm run pack tells more)`);
      return language;
    });
  if (languages.length === 0) throw new Error(`${dir}: no language file, so the content script could recognise no page`);
  return topicFragments(languages);
}
