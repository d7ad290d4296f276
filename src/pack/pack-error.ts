import type { z } from 'zod';

/** One problem found in a pack, located in the file it came from. */
export interface PackError {
  /** The source file (relative to the pack folder), or the document checked. */
  file: string;
  /** Where in that file: a JSON path such as `$[3].citations[0].source`; `$` is the whole file. */
  path: string;
  message: string;
}

export type PathSegment = string | number;

/** A problem located by its path in one JSON document, before it is tied to a file. */
export interface PackIssue {
  path: PathSegment[];
  message: string;
  /** Another place the problem involves, such as the first use of a duplicated id. */
  related?: PathSegment[];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['facts', 3, 'citations', 0]` → `$.facts[3].citations[0]`, the form people paste into jq. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    const key = String(segment);
    return IDENTIFIER.test(key) ? `${out}.${key}` : `${out}[${JSON.stringify(key)}]`;
  }, '$');
}

/** Every zod issue, not only the first, each with its path. */
export function issuesFromZod(error: z.ZodError): PackIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol'),
    message: issue.message,
  }));
}

export function formatPackError(error: PackError): string {
  return `${error.file}: ${error.path}: ${error.message}`;
}
