import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageLexiconSchema } from '../src/pack/lexicon-schema';
import { topicFragments, type TopicFragment } from '../src/detect/topic-fragments';

/**
 * The content script's topic pre-filter, built from every language file in the lexicon
 * (assets/pack/lexicon/<lang>.json) when the extension is built: a new language file
 * extends it with no code change. Vite inlines the result as __MC_TOPIC_FRAGMENTS__.
 */
export function lexiconTopicFragments(dir = 'assets/pack/lexicon'): TopicFragment[] {
  const languages = readdirSync(dir)
    .filter((name) => /^[a-z]{2}\.json$/.test(name))
    .sort()
    .map((name) => {
      const parsed = languageLexiconSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.success) throw new Error(`${join(dir, name)}: ${parsed.error.issues[0]?.message ?? 'invalid'} (npm run pack tells more)`);
      return parsed.data;
    });
  if (languages.length === 0) throw new Error(`${dir}: no language file, so the content script could recognise no page`);
  return topicFragments(languages);
}
