import { z } from 'zod';
import {
  factPackSchema,
  factSchema,
  questionSchema,
  sourceSchema,
  type Fact,
  type FactPack,
  type Question,
  type Source,
} from './fact-pack-schema';
import { languageLexiconSchema, lexiconSchema, type LanguageLexicon } from './lexicon-schema';
import { expandConceptMatchers, languageMatcherId, phraseHoldsTerm } from '../match/expand-concept-matchers';
import { conceptLanguageSchema, conceptMatcherSchema, LINE_CONCEPTS, vetoExemptionsSchema, type ConceptLanguage, type ConceptMatcher, type LineWords, type VetoExemptions } from './matcher-schema';
import { formatJsonPath, issuesFromZod, type PackError, type PackIssue, type PathSegment } from './pack-error';
import { checkPackIntegrity } from './pack-integrity';
import { assessmentFileOf, assessmentFileSchema, attachAssessments, type AssessmentFile } from './attach-assessments';
import { collectTranslations, TRANSLATION_FILE, type TranslationFile } from './translation-files';

export type { PackError } from './pack-error';

/** A file of the pack's source folder, its path relative to that folder (`facts/exodus.json`). */
export interface PackSourceFile {
  path: string;
  text: string;
}

export interface AssembledPack {
  pack: FactPack | null;
  errors: PackError[];
}

/** Where a record of the assembled pack came from, to report problems in the author's file. */
interface Origin {
  file: string;
  /** The record's path inside its file: `[index]` in a file of many, `[]` in a file of one. */
  prefix: PathSegment[];
}

const headerSchema = factPackSchema.pick({ format: true, id: true, version: true, publishedAt: true, publisher: true });
const lexiconIndexSchema = lexiconSchema.omit({ languages: true });

/** The source layout: which file holds what. */
const LAYOUT = {
  header: 'pack.json',
  sources: 'sources.json',
  lexiconIndex: 'lexicon/index.json',
  facts: /^facts\/[^/]+\.json$/,
  questions: /^questions\/[^/]+\.json$/,
  languages: /^lexicon\/[^/]+\.json$/,
  matchers: /^matchers\/[^/]+\.json$/,
  concepts: /^concepts\/([a-z]{2})\.json$/,
  vetoExemptions: 'veto-exemptions.json',
  assessments: /^assessments\/[^/]+\.json$/,
  translations: TRANSLATION_FILE,
} as const;

class Assembler {
  readonly errors: PackError[] = [];
  readonly origins = { sources: [] as Origin[], facts: [] as Origin[], questions: [] as Origin[], matchers: [] as Origin[], languages: [] as Origin[] };
  header: z.infer<typeof headerSchema> | undefined;
  lexiconIndex: z.infer<typeof lexiconIndexSchema> | undefined;
  readonly sources: Source[] = [];
  readonly facts: Fact[] = [];
  readonly questions: Question[] = [];
  /** Authored matchers, in concept ids; the pack ships their per-language expansion. */
  readonly matchers: ConceptMatcher[] = [];
  /** Concept words by language, from concepts/<lang>.json. */
  readonly conceptWords: Record<string, ConceptLanguage> = {};
  /** Veto concept → the concepts whose phrases void it inside them, from veto-exemptions.json. */
  vetoExemptions: VetoExemptions = {};
  readonly languages: LanguageLexicon[] = [];
  readonly assessments = new Map<string, AssessmentFile>();
  readonly translations: TranslationFile[] = [];

  report(file: string, path: readonly PropertyKey[], message: string): void {
    this.errors.push({ file, path: formatJsonPath(path), message });
  }

  parse(file: PackSourceFile): { ok: true; json: unknown } | { ok: false } {
    try {
      return { ok: true, json: JSON.parse(file.text) };
    } catch (error) {
      this.report(file.path, [], `malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
      return { ok: false };
    }
  }

  check<T>(file: string, json: unknown, schema: z.ZodType<T>, prefix: PathSegment[]): T | undefined {
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    for (const issue of issuesFromZod(parsed.error)) this.report(file, [...prefix, ...issue.path], issue.message);
    return undefined;
  }

  /** A file holding one record: undefined when it has any problem (all reported). */
  readOne<T>(file: PackSourceFile, schema: z.ZodType<T>): T | undefined {
    const parsed = this.parse(file);
    return parsed.ok ? this.check(file.path, parsed.json, schema, []) : undefined;
  }

  /**
   * A file holding an array of records, each checked on its own so that one bad record does
   * not hide the cross-file problems of the others. Adds the valid ones to `target`.
   */
  readEach<T>(file: PackSourceFile, schema: z.ZodType<T>, target: T[], origins: Origin[]): void {
    const parsed = this.parse(file);
    if (!parsed.ok) return;
    const items = this.check(file.path, parsed.json, z.array(z.unknown()), []) ?? [];
    items.forEach((item, index) => {
      const record = this.check(file.path, item, schema, [index]);
      if (record === undefined) return;
      target.push(record);
      origins.push({ file: file.path, prefix: [index] });
    });
  }

  /** Adds a one-record file's record to the pack, remembering where it came from. */
  keep<T>(record: T | undefined, target: T[], origins: Origin[], file: string): void {
    if (record === undefined) return;
    target.push(record);
    origins.push({ file, prefix: [] });
  }

  add(file: PackSourceFile): void {
    const { path } = file;
    if (path === LAYOUT.header) this.header = this.readOne(file, headerSchema);
    else if (path === LAYOUT.sources) this.readEach(file, sourceSchema, this.sources, this.origins.sources);
    else if (path === LAYOUT.lexiconIndex) this.lexiconIndex = this.readOne(file, lexiconIndexSchema);
    else if (LAYOUT.facts.test(path)) this.readEach(file, factSchema, this.facts, this.origins.facts);
    else if (LAYOUT.questions.test(path)) this.keep(this.readOne(file, questionSchema), this.questions, this.origins.questions, path);
    else if (LAYOUT.languages.test(path)) this.keep(this.readOne(file, languageLexiconSchema), this.languages, this.origins.languages, path);
    else if (LAYOUT.matchers.test(path)) this.readEach(file, conceptMatcherSchema, this.matchers, this.origins.matchers);
    else if (path === LAYOUT.vetoExemptions) this.vetoExemptions = this.readOne(file, vetoExemptionsSchema) ?? {};
    else if (LAYOUT.concepts.test(path)) this.readConcepts(file, path.replace(LAYOUT.concepts, '$1'));
    else if (LAYOUT.assessments.test(path)) {
      const assessments = this.readOne(file, assessmentFileSchema);
      if (assessments) this.assessments.set(path, assessments);
    } else if (LAYOUT.translations.test(path) && path.endsWith('.json')) {
      const parsed = this.parse(file);
      if (parsed.ok) this.translations.push({ path, json: parsed.json });
    } else this.report(path, [], 'not part of the pack layout (pack.json, sources.json, facts/, questions/, assessments/, translations/, lexicon/, matchers/, concepts/, veto-exemptions.json)');
  }

  readConcepts(file: PackSourceFile, lang: string): void {
    const words = this.readOne(file, conceptLanguageSchema);
    if (words) this.conceptWords[lang] = words;
  }

  /** Every concept a matcher names must have words in at least one language. */
  checkConceptsDefined(): void {
    const defined = new Set(Object.values(this.conceptWords).flatMap((words) => Object.keys(words)));
    this.matchers.forEach((matcher, index) => {
      const origin = this.origins.matchers[index] as Origin;
      const at = (path: PathSegment[]) => [...origin.prefix, ...path];
      matcher.all.forEach((group, g) =>
        group.forEach((concept, c) => {
          if (!defined.has(concept)) this.report(origin.file, at(['all', g, c]), `concept "${concept}" has no words in any language (concepts/<lang>.json)`);
        }),
      );
      matcher.none?.forEach((concept, c) => {
        if (!defined.has(concept)) this.report(origin.file, at(['none', c]), `concept "${concept}" has no words in any language (concepts/<lang>.json)`);
      });
      for (const lang of Object.keys(this.conceptWords)) {
        const twin = this.matchers.findIndex((other) => languageMatcherId(other.id, lang) === matcher.id);
        if (twin >= 0) this.report(origin.file, at(['id']), `matcher id "${matcher.id}" is the ${lang} copy of matcher "${this.matchers[twin]?.id}"; rename one`);
      }
    });
  }

  /**
   * An exemption names concepts that exist, and each of its phrases holds a word of the concept
   * it exempts in the same language: a phrase that holds none would void nothing.
   */
  checkVetoExemptions(): void {
    const defined = new Set(Object.values(this.conceptWords).flatMap((words) => Object.keys(words)));
    const file = LAYOUT.vetoExemptions;
    for (const [vetoed, exempting] of Object.entries(this.vetoExemptions)) {
      if (!defined.has(vetoed)) this.report(file, [vetoed], `concept "${vetoed}" has no words in any language (concepts/<lang>.json)`);
      exempting.forEach((concept, c) => {
        if (!defined.has(concept)) this.report(file, [vetoed, c], `concept "${concept}" has no words in any language (concepts/<lang>.json)`);
        for (const [lang, words] of Object.entries(this.conceptWords)) {
          (words[concept] ?? []).forEach((phrase, p) => {
            if (!(words[vetoed] ?? []).some((term) => phraseHoldsTerm(phrase, term))) {
              this.report(`concepts/${lang}.json`, [concept, p], `"${phrase}" holds no ${lang} word of "${vetoed}", so it exempts nothing (veto-exemptions.json)`);
            }
          });
        }
      });
    }
  }

  /** Maps a path in the assembled pack back to the file and the path inside it. */
  locate(path: readonly PathSegment[]): { file: string; path: PathSegment[] } {
    const [kind, index, ...rest] = path;
    const byIndex = (origins: Origin[], fallback: string) => {
      const origin = typeof index === 'number' ? origins[index] : undefined;
      return origin ? { file: origin.file, path: [...origin.prefix, ...rest] } : { file: fallback, path: path.slice(1) };
    };
    switch (kind) {
      case 'sources':
        return byIndex(this.origins.sources, LAYOUT.sources);
      case 'facts':
        return byIndex(this.origins.facts, 'facts/');
      case 'questions': {
        // An assessment is authored in assessments/<the question file's name>, keyed by claim id.
        const [, , claims, position, field, ...inner] = path;
        const question = typeof index === 'number' ? this.questionsInFiles[index] : undefined;
        const claim = question && typeof position === 'number' ? question.question.claims[position] : undefined;
        if (claims === 'claims' && field === 'assessment' && question && claim) {
          return { file: assessmentFileOf(question.file), path: [claim.id, ...inner] };
        }
        return byIndex(this.origins.questions, 'questions/');
      }
      case 'matchers':
        return byIndex(this.origins.matchers, 'matchers/');
      case 'lexicon': {
        if (index !== 'languages') return { file: LAYOUT.lexiconIndex, path: path.slice(1) };
        const [, , language, ...inner] = path;
        const origin = typeof language === 'number' ? this.origins.languages[language] : undefined;
        return origin ? { file: origin.file, path: inner } : { file: 'lexicon/', path: [] };
      }
      default:
        return { file: LAYOUT.header, path: [...path] };
    }
  }

  /** The questions with the file each came from, in the order they were read. */
  get questionsInFiles() {
    return this.questions.map((question, index) => ({ question, file: this.origins.questions[index]?.file ?? 'questions/' }));
  }

  reportPackIssues(issues: readonly PackIssue[]): void {
    for (const issue of issues) {
      const { file, path } = this.locate(issue.path);
      const related = issue.related && this.locate(issue.related);
      this.report(file, path, related ? `${issue.message} (see ${related.file} at ${formatJsonPath(related.path)})` : issue.message);
    }
  }
}

/**
 * Assembles the pack from its source files and reports every problem, each with its file and
 * JSON path: malformed JSON, schema violations, missing files, and integrity errors across
 * files (duplicate ids, unknown sources, broken references). The pack is null if any.
 */
export function assemblePack(files: readonly PackSourceFile[]): AssembledPack {
  const assembler = new Assembler();
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of ordered) assembler.add(file);

  const present = new Set(files.map((file) => file.path));
  for (const required of [LAYOUT.header, LAYOUT.sources, LAYOUT.lexiconIndex]) {
    if (!present.has(required)) assembler.report(required, [], 'missing file');
  }
  if (!files.some((file) => LAYOUT.languages.test(file.path) && file.path !== LAYOUT.lexiconIndex)) {
    assembler.report('lexicon/', [], 'no language file (lexicon/<lang>.json)');
  }
  const { header, lexiconIndex } = assembler;
  if (!header) return { pack: null, errors: assembler.errors };
  assembler.checkConceptsDefined();
  assembler.checkVetoExemptions();
  const fileErrors = assembler.errors.length > 0;

  // Files that failed to parse lose records; what refers to them is not reported as unknown.
  const broken = new Set(assembler.errors.map((error) => error.file));
  const assessed = attachAssessments(assembler.questionsInFiles, assembler.assessments, broken);
  const translated = collectTranslations(
    {
      facts: assembler.facts.map((fact, index) => ({ fact, file: assembler.origins.facts[index]?.file ?? 'facts/' })),
      questions: assessed.questions.map((question, index) => ({ question, file: assembler.origins.questions[index]?.file ?? 'questions/' })),
      sources: failedToParse(assembler, LAYOUT.sources) ? [] : assembler.sources,
      sourcesFile: LAYOUT.sources,
    },
    assembler.translations,
    broken,
  );
  const approximateClaims = new Set(
    assessed.questions.flatMap((question) => question.claims.filter((claim) => claim.value.kind === 'range' || (claim.value.kind === 'number' && claim.value.approx === true)).map((claim) => claim.id)),
  );
  const matchers = expandConceptMatchers(assembler.matchers, assembler.conceptWords, approximateClaims, assembler.vetoExemptions);
  const lineWords = lineWordsOf(assembler.conceptWords);
  const parts = { sources: assembler.sources, facts: assembler.facts, questions: assessed.questions, matchers };
  let pack: FactPack | null = null;
  if (!fileErrors && lexiconIndex) {
    // Per-file checks passed; the whole-pack schema adds only pack-level rules (at least one source...).
    const whole = factPackSchema.safeParse({
      ...header,
      ...parts,
      ...(Object.keys(lineWords).length > 0 ? { lineWords } : {}),
      translations: translated.translations,
      lexicon: { ...lexiconIndex, languages: assembler.languages },
    });
    if (whole.success) pack = whole.data;
    else assembler.reportPackIssues(issuesFromZod(whole.error));
  }
  // Cross-file rules run on whatever parsed, so one broken file does not hide the others'
  // problems; references into a file that failed to parse are not reported as unknown.
  const sourcesUsable = !broken.has(LAYOUT.sources) && assembler.sources.length > 0;
  const questionsUsable = ![...broken].some((file) => LAYOUT.questions.test(file));
  const factsUsable = ![...broken].some((file) => LAYOUT.facts.test(file));
  // Matchers are checked as authored, so that a problem points at the author's matcher.
  const integrity = checkPackIntegrity({ publishedAt: header.publishedAt, ...parts, matchers: assembler.matchers, lexicon: { languages: assembler.languages } });
  assembler.reportPackIssues(integrity.filter((issue) => isReliable(issue, sourcesUsable, questionsUsable, factsUsable)));
  // Last, so the records' own problems come first: a translation is often wrong only because its record is.
  assembler.errors.push(...assessed.errors, ...translated.errors);
  return assembler.errors.length > 0 ? { pack: null, errors: assembler.errors } : { pack, errors: [] };
}

/** The line concepts' words of each language that has any (see LINE_CONCEPTS), in language order. */
function lineWordsOf(conceptWords: Readonly<Record<string, ConceptLanguage>>): LineWords {
  const lineWords: LineWords = {};
  for (const lang of Object.keys(conceptWords).sort()) {
    const own = Object.fromEntries(LINE_CONCEPTS.flatMap((concept) => (conceptWords[lang]?.[concept] ? [[concept, conceptWords[lang]?.[concept]]] : [])));
    if (Object.keys(own).length > 0) lineWords[lang] = own;
  }
  return lineWords;
}

function failedToParse(assembler: Assembler, file: string): boolean {
  return assembler.errors.some((error) => error.file === file);
}

const SOURCE_REFERENCES = new Set<PathSegment>(['source', 'claimant', 'reporter']);
const QUESTION_REFERENCES = new Set<PathSegment>(['questionId', 'claimIds']);

/** Whether an integrity issue can be trusted given which files failed to parse. */
function isReliable(issue: PackIssue, sourcesUsable: boolean, questionsUsable: boolean, factsUsable: boolean): boolean {
  if (!sourcesUsable && issue.path.some((segment) => SOURCE_REFERENCES.has(segment))) return false;
  if (!questionsUsable && issue.path[0] === 'matchers' && issue.path.some((segment) => QUESTION_REFERENCES.has(segment))) return false;
  const evidence = issue.path.indexOf('evidence');
  if (evidence >= 0 && (!factsUsable || !questionsUsable)) return false;
  return true;
}
