import type { PackSourceFile } from '../../src/pack/assemble-pack';

/**
 * Every string of the pack's source files that a reader can see, in every language, with
 * where it is: fact texts and citation quotes, question texts and notes, claim statements,
 * scopes and quotes, assessment reasons, source names and roles, units, and every
 * translation. Read from the source files, so it works on a pack that does not build yet.
 */
export interface VisibleText {
  where: string;
  text: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function strings(where: string, record: Json, paths: string[], out: VisibleText[]): void {
  for (const path of paths) {
    let value: unknown = record;
    for (const key of path.split('.')) value = isObject(value) ? value[key] : undefined;
    if (typeof value === 'string') out.push({ where: `${where}.${path}`, text: value });
  }
}

/** A pack file's JSON, or undefined for a file that does not parse (the pack build reports it). */
function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function readerVisibleTexts(files: readonly PackSourceFile[]): VisibleText[] {
  const out: VisibleText[] = [];
  for (const file of files) {
    const json = parsedOrUndefined(file.text);
    if (json === undefined) continue;
    const { path } = file;
    if (/^facts\//.test(path) && Array.isArray(json)) {
      json.filter(isObject).forEach((fact, index) => {
        strings(`${path}[${index}]`, fact, ['text'], out);
        (Array.isArray(fact.citations) ? fact.citations : []).filter(isObject).forEach((citation, cited) => strings(`${path}[${index}].citations[${cited}]`, citation, ['quote'], out));
      });
    } else if (/^questions\//.test(path) && isObject(json)) {
      strings(path, json, ['text', 'note'], out);
      (Array.isArray(json.claims) ? json.claims : []).filter(isObject).forEach((claim, index) => {
        strings(`${path}.claims[${index}]`, claim, ['value.text', 'value.unit', 'scope', 'quote'], out);
      });
    } else if (/^assessments\//.test(path) && isObject(json)) {
      for (const [id, assessment] of Object.entries(json)) if (isObject(assessment)) strings(`${path}["${id}"]`, assessment, ['reason'], out);
    } else if (path === 'sources.json' && Array.isArray(json)) {
      json.filter(isObject).forEach((source, index) => strings(`${path}[${index}]`, source, ['name', 'role'], out));
    } else if (/^translations\//.test(path) && isObject(json)) {
      for (const [key, value] of Object.entries(json)) {
        if (typeof value === 'string') out.push({ where: `${path}["${key}"]`, text: value });
        else if (isObject(value)) for (const [field, text] of Object.entries(value)) if (typeof text === 'string') out.push({ where: `${path}["${key}"]["${field}"]`, text });
      }
    }
  }
  return out;
}

/** Every id of the pack: facts, questions, claims, sources, matchers. */
export function packIds(files: readonly PackSourceFile[]): Set<string> {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (isObject(value) && typeof value.id === 'string') ids.add(value.id);
  };
  for (const file of files) {
    const json = parsedOrUndefined(file.text);
    if (json === undefined) continue;
    if (/^(facts|matchers)\//.test(file.path) || file.path === 'sources.json') (Array.isArray(json) ? json : []).forEach(add);
    if (/^questions\//.test(file.path) && isObject(json)) {
      add(json);
      (Array.isArray(json.claims) ? json.claims : []).forEach(add);
    }
  }
  return ids;
}

const INTERNAL = [
  { pattern: /\bseed\b/i, what: 'the word "seed" (our name for the articles the pack grew from)' },
  { pattern: /\b[\w-]+\.(?:json|tsx?|jsx?|html|css|md)\b/i, what: 'a file name' },
];

/** What in a text is an internal name: "Seed B", "seed", a file name, or one of the pack's ids. */
export function internalNames(text: string, ids: ReadonlySet<string>): string[] {
  const found = INTERNAL.filter(({ pattern }) => pattern.test(text)).map(({ what }) => what);
  // Ids are lowercase words joined by hyphens; one-word ids ("kremlin") are also plain words.
  for (const token of text.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []) if (ids.has(token)) found.push(`the id "${token}"`);
  return found;
}
