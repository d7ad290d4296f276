import { foldText } from '../match/fold-text';
import { MONTH_NAMES } from './month-names';

/** The month forms of every language, folded: whole words and stems, each with its month (0–11). */
export interface MonthReader {
  readonly words: ReadonlyMap<string, number>;
  readonly stems: ReadonlyArray<readonly [string, number]>;
}

const fold = (form: string): string => foldText(form).toLowerCase();

/**
 * The readable month forms of month-names.ts: `inFullDate` adds the forms ('!') that are a
 * month only with a day and a year around them.
 */
export function monthReader(inFullDate: boolean): MonthReader {
  const words = new Map<string, number>();
  const stems: Array<readonly [string, number]> = [];
  for (const months of Object.values(MONTH_NAMES)) {
    months.forEach((forms, month) => {
      for (const written of forms) {
        if (written.startsWith('!') && !inFullDate) continue;
        const form = fold(written.replace(/^!/, ''));
        if (form.endsWith('-')) stems.push([form.slice(0, -1), month]);
        else words.set(form, month);
      }
    });
  }
  return { words, stems };
}

/** The month (0–11) a folded word names, or -1. */
export function monthOf(key: string, reader: MonthReader): number {
  const word = reader.words.get(key);
  if (word !== undefined) return word;
  return reader.stems.find(([stem]) => key.startsWith(stem))?.[1] ?? -1;
}

/** Folds a word as month forms are folded, for `monthOf`. */
export const monthKey = fold;
