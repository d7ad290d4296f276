import { z } from 'zod';
import { assessmentSchema, type Assessment, type AssessedQuestion, type Question } from './fact-pack-schema';
import type { PackError } from './pack-error';
import { formatJsonPath } from './pack-error';

/** `assessments/<name>.json`: the verdicts on the claims of `questions/<name>.json`, by claim id. */
export const assessmentFileSchema = z.record(z.string(), assessmentSchema);
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

/** The question file an assessment file belongs to: `assessments/x.json` → `questions/x.json`. */
export const questionFileOf = (assessmentFile: string): string => assessmentFile.replace(/^assessments\//, 'questions/');
export const assessmentFileOf = (questionFile: string): string => questionFile.replace(/^questions\//, 'assessments/');

export interface QuestionInFile {
  question: Question;
  file: string;
}

/**
 * Gives each claim the assessment its question's assessment file holds. An assessment file
 * without a question file, or naming a claim its question does not have, is an error: a
 * verdict must never land on the wrong claim or vanish unseen.
 */
export function attachAssessments(
  questions: readonly QuestionInFile[],
  files: ReadonlyMap<string, AssessmentFile>,
  /** Files that failed to parse: an assessment for their claims is not called unknown. */
  broken: ReadonlySet<string> = new Set(),
): { questions: AssessedQuestion[]; errors: PackError[] } {
  const errors: PackError[] = [];
  const byFile = new Map(questions.map((entry) => [entry.file, entry.question]));
  for (const [file, assessments] of files) {
    const question = byFile.get(questionFileOf(file));
    if (broken.has(questionFileOf(file))) continue;
    if (!question) {
      errors.push({ file, path: '$', message: `there is no ${questionFileOf(file)} for these assessments` });
      continue;
    }
    const own = new Set(question.claims.map((claim) => claim.id));
    for (const claimId of Object.keys(assessments)) {
      if (!own.has(claimId)) errors.push({ file, path: formatJsonPath([claimId]), message: `claim "${claimId}" is not in ${questionFileOf(file)}` });
    }
  }
  const attached = questions.map(({ question, file }) => {
    const assessments: Readonly<Record<string, Assessment>> = files.get(assessmentFileOf(file)) ?? {};
    return {
      ...question,
      claims: question.claims.map((claim) => {
        const assessment = Object.hasOwn(assessments, claim.id) ? assessments[claim.id] : undefined;
        return assessment ? { ...claim, assessment } : claim;
      }),
    };
  });
  return { questions: attached, errors };
}
