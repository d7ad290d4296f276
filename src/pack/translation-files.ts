import { z } from 'zod';
import {
  PACK_LANGUAGES,
  type AssessedQuestion,
  type Fact,
  type LanguageTranslations,
  type PackLanguage,
  type Source,
  type Translations,
  unitTranslationSchema,
} from './fact-pack-schema';
import { assessmentFileOf } from './attach-assessments';
import { formatJsonPath, type PackError } from './pack-error';

/**
 * Translations live in `translations/<lang>/<the source file's path>`, keyed by item id, then
 * by the field's path inside the item; `units.json` maps each English unit to its translation.
 * English is the pack's own language, so `translations/en/` holds only quotes in other
 * languages; every other interface language needs every translatable field.
 */
export const TRANSLATION_FILE = /^translations\/([^/]+)\/(.+)$/;

const translated = z.string().trim().min(1).max(600);
const itemFileSchema = z.record(z.string(), z.record(z.string(), translated));
const unitsFileSchema = z.record(z.string(), unitTranslationSchema);

type Kind = Exclude<keyof LanguageTranslations, 'units'>;

/** One translatable field: where it goes in the built map, and the languages that need it. */
interface Field {
  kind: Kind;
  id: string;
  /** The path the built pack stores it under (an assessment's reason is the claim's `assessment.reason`). */
  target: string;
  /** The text's own language: no translation into it. */
  ownLang: string;
}

/** Every translatable field of one source file: item id → field path → field. */
type FileCatalogue = Map<string, Map<string, Field>>;

export interface TranslatableRecords {
  facts: ReadonlyArray<{ fact: Fact; file: string }>;
  questions: ReadonlyArray<{ question: AssessedQuestion; file: string }>;
  sources: readonly Source[];
  sourcesFile: string;
}

function addField(catalogue: Map<string, FileCatalogue>, file: string, itemId: string, path: string, field: Field): void {
  const items = catalogue.get(file) ?? new Map<string, Map<string, Field>>();
  catalogue.set(file, items);
  const fields = items.get(itemId) ?? new Map<string, Field>();
  items.set(itemId, fields);
  fields.set(path, field);
}

/** What each source file offers to translate. */
function catalogueOf(records: TranslatableRecords): Map<string, FileCatalogue> {
  const catalogue = new Map<string, FileCatalogue>();
  const english = (kind: Kind, id: string, target: string): Field => ({ kind, id, target, ownLang: 'en' });
  for (const { fact, file } of records.facts) {
    addField(catalogue, file, fact.id, 'text', english('facts', fact.id, 'text'));
    fact.citations.forEach((citation, index) => {
      const path = `citations.${index}.quote`;
      if (citation.quote) addField(catalogue, file, fact.id, path, { kind: 'facts', id: fact.id, target: path, ownLang: citation.lang ?? 'en' });
    });
  }
  for (const { question, file } of records.questions) {
    addField(catalogue, file, question.id, 'text', english('questions', question.id, 'text'));
    if (question.note) addField(catalogue, file, question.id, 'note', english('questions', question.id, 'note'));
    for (const claim of question.claims) {
      if (claim.value.kind === 'statement') addField(catalogue, file, claim.id, 'value.text', english('claims', claim.id, 'value.text'));
      if (claim.scope) addField(catalogue, file, claim.id, 'scope', english('claims', claim.id, 'scope'));
      if (claim.quote) addField(catalogue, file, claim.id, 'quote', { kind: 'claims', id: claim.id, target: 'quote', ownLang: claim.lang });
      if (claim.assessment) addField(catalogue, assessmentFileOf(file), claim.id, 'reason', english('claims', claim.id, 'assessment.reason'));
    }
  }
  for (const source of records.sources) {
    if (source.role) addField(catalogue, records.sourcesFile, source.id, 'role', english('sources', source.id, 'role'));
  }
  return catalogue;
}

/** Every unit the claims' numbers and ranges use. */
function unitsOf(questions: TranslatableRecords['questions']): Set<string> {
  const units = new Set<string>();
  for (const { question } of questions) for (const claim of question.claims) if (claim.value.kind !== 'statement') units.add(claim.value.unit);
  return units;
}

const emptyLanguage = (): LanguageTranslations => ({ facts: {}, questions: {}, claims: {}, sources: {}, units: {} });

/** Whether a field needs a translation in `lang`. */
const needs = (field: Field, lang: PackLanguage) => field.ownLang !== lang && (lang !== 'en' || field.ownLang !== 'en');

export interface TranslationFile {
  /** The path in the pack folder, `translations/ru/facts/exodus.json`. */
  path: string;
  json: unknown;
}

/**
 * Checks the translation files against the records they translate and collects them by kind:
 * an unknown language, file, id or field is an error, and so is every field a language lacks.
 */
export function collectTranslations(
  records: TranslatableRecords,
  files: readonly TranslationFile[],
  /** Source files that failed to parse: their translations are neither unknown nor missing. */
  broken: ReadonlySet<string> = new Set(),
): { translations: Translations; errors: PackError[] } {
  const errors: PackError[] = [];
  const report = (file: string, path: PropertyKey[], message: string) => errors.push({ file, path: formatJsonPath(path), message });
  const catalogue = catalogueOf(records);
  const units = unitsOf(records.questions);
  const translations: Translations = { en: emptyLanguage(), ru: emptyLanguage(), uk: emptyLanguage() };
  const given = new Set<string>();
  // A file that failed to parse is reported once, not again field by field as missing.
  const failed = new Set<string>();
  const questionsBroken = [...broken].some((file) => file.startsWith('questions/'));
  const key = (lang: string, file: string, id: string, path: string) => JSON.stringify([lang, file, id, path]);

  for (const { path, json } of files) {
    const [, lang = '', relative = ''] = TRANSLATION_FILE.exec(path) ?? [];
    if (!(PACK_LANGUAGES as readonly string[]).includes(lang)) {
      report(path, [], `"${lang}" is not an interface language (${PACK_LANGUAGES.join(', ')})`);
      continue;
    }
    const language = lang as PackLanguage;
    const into = translations[language];
    if (relative === 'units.json') {
      const parsed = unitsFileSchema.safeParse(json);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) report(path, issue.path.filter((s) => typeof s !== 'symbol'), issue.message);
        failed.add(path);
        continue;
      }
      for (const [unit, text] of Object.entries(parsed.data)) {
        if (language === 'en') report(path, [unit], 'units are written in English: translations/en/ holds only quotes');
        else if (!units.has(unit)) {
          if (!questionsBroken) report(path, [unit], `no claim uses the unit "${unit}"`);
        } else into.units[unit] = text;
      }
      continue;
    }
    if (broken.has(relative) || broken.has(relative.replace(/^assessments\//, 'questions/'))) continue;
    const items = catalogue.get(relative);
    if (!items) {
      report(path, [], `translates ${relative}, which has nothing to translate or does not exist`);
      continue;
    }
    const parsed = itemFileSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(path, issue.path.filter((s) => typeof s !== 'symbol'), issue.message);
      failed.add(path);
      continue;
    }
    for (const [id, fields] of Object.entries(parsed.data)) {
      const known = items.get(id);
      if (!known) {
        report(path, [id], `"${id}" is not an item of ${relative} with text to translate`);
        continue;
      }
      for (const [fieldPath, text] of Object.entries(fields)) {
        const field = known.get(fieldPath);
        if (!field) report(path, [id, fieldPath], `"${id}" has no translatable field "${fieldPath}"`);
        else if (!needs(field, language)) {
          report(path, [id, fieldPath], language === 'en' && field.ownLang === 'en' ? 'translations/en/ holds only quotes in other languages' : `the text is already in ${language}`);
        } else {
          const byId = (into[field.kind][id] ??= {});
          byId[field.target] = text;
          given.add(key(language, relative, id, fieldPath));
        }
      }
    }
  }

  const present = new Set(files.map((file) => file.path));
  for (const language of PACK_LANGUAGES) {
    for (const [relative, items] of catalogue) {
      const file = `translations/${language}/${relative}`;
      const missing: Array<[string, string]> = [];
      for (const [id, fields] of items) for (const [path, field] of fields) if (needs(field, language) && !given.has(key(language, relative, id, path))) missing.push([id, path]);
      if (missing.length === 0 || failed.has(file) || broken.has(relative)) continue;
      if (!present.has(file)) report(file, [], `missing file: ${missing.length} field${missing.length === 1 ? '' : 's'} of ${relative} need${missing.length === 1 ? 's' : ''} a translation into ${language}`);
      else for (const [id, path] of missing) report(file, [id, path], `missing translation into ${language}`);
    }
    if (language === 'en') continue;
    const file = `translations/${language}/units.json`;
    const missingUnits = [...units].filter((unit) => !Object.hasOwn(translations[language].units, unit));
    if (missingUnits.length === 0 || failed.has(file) || questionsBroken) continue;
    if (!present.has(file)) report(file, [], `missing file: ${missingUnits.length} unit${missingUnits.length === 1 ? '' : 's'} need a translation into ${language}`);
    else for (const unit of missingUnits) report(file, [unit], `missing translation of the unit into ${language}`);
  }
  return { translations, errors };
}
