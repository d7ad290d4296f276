/**
 * Convention: claim matching is shaped by concept. Every language has one file of concept
 * words; a concept that matchers use in more than one language has words in all of them; and
 * each language's gaps are listed here, so adding a language shows what it still lacks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACK_REFERENCE, missingConcepts, type ConceptWords } from '../../src/match/expand-concept-matchers';
import { conceptLanguageSchema, LINE_CONCEPTS, vetoExemptionsSchema } from '../../src/pack/matcher-schema';
import { readPackSources } from '../../src/pack/read-pack-sources';
import { authoredMatchers } from './real-pack-matchers';

const LANGUAGES = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'uk'];
const words: ConceptWords = Object.fromEntries(
  readPackSources('assets/pack')
    .filter((file) => file.path.startsWith('concepts/'))
    .map((file) => [file.path.replace(/^concepts\/|\.json$/g, ''), conceptLanguageSchema.parse(JSON.parse(file.text))]),
);
const matchers = authoredMatchers();
const missing = missingConcepts(matchers, words);
const used = [...new Set(matchers.flatMap((matcher) => [...matcher.all.flat(), ...(matcher.none ?? [])]))].sort();
/** Concepts every matcher with a number gets without naming them (src/match/expand-concept-matchers.ts). */
const implied = matchers.some((matcher) => matcher.numbers) ? [BACK_REFERENCE] : [];
/** Concepts whose phrases void a veto concept's words inside them (assets/pack/veto-exemptions.json). */
const exemptions = vetoExemptionsSchema.parse(JSON.parse(readFileSync('assets/pack/veto-exemptions.json', 'utf8')));
const exempting = Object.values(exemptions).flat();
/** Concepts only English has: phrasings of the two English seed articles. */
const englishOnly = used.filter((id) => LANGUAGES.every((lang) => lang === 'en' || missing[lang]?.includes(id)));

describe('concept words', () => {
  it('exist for each of the ten languages, one file per language', () => {
    expect(Object.keys(words).sort()).toEqual(LANGUAGES);
  });

  it('cover every concept a matcher uses in two or more languages in all ten', () => {
    const partial = used.filter((id) => !englishOnly.includes(id) && LANGUAGES.some((lang) => missing[lang]?.includes(id)));
    expect(partial.map((id) => `${id}: missing in ${LANGUAGES.filter((lang) => missing[lang]?.includes(id)).join(', ')}`)).toEqual([]);
  });

  it('leave English with no gap', () => {
    expect(missing.en).toEqual([]);
  });

  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s lacks only the English seed phrasings', (lang) => {
    expect(missing[lang]).toEqual(englishOnly);
  });

  it('name no concept that no matcher uses', () => {
    const defined = new Set(Object.values(words).flatMap((language) => Object.keys(language)));
    const lineConcepts: readonly string[] = LINE_CONCEPTS;
    expect([...defined].filter((id) => !used.includes(id) && !implied.includes(id) && !exempting.includes(id) && !lineConcepts.includes(id))).toEqual([]);
  });

  it('give every language its words for the line concepts, which no matcher names', () => {
    for (const id of LINE_CONCEPTS) expect(LANGUAGES.filter((lang) => !(words[lang]?.[id]?.length ?? 0)), id).toEqual([]);
    expect(used.filter((id) => (LINE_CONCEPTS as readonly string[]).includes(id))).toEqual([]);
  });

  it('exempt only veto concepts that some matcher vetoes with', () => {
    const vetoes = new Set(matchers.flatMap((matcher) => matcher.none ?? []));
    expect(Object.keys(exemptions).filter((id) => !vetoes.has(id))).toEqual([]);
  });

  it('give every language its words for the concepts matchers get implied', () => {
    for (const id of implied) expect(LANGUAGES.filter((lang) => !(words[lang]?.[id]?.length ?? 0)), id).toEqual([]);
  });
});
