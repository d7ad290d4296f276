/**
 * Finds the numbers a text states and their exact values: digits with any grouping
 * ("700,000", "700 000" with normal, non-breaking or thin spaces, "700.000", "700'000"),
 * decimals with a scale ("0.7 million", "1,2 млн"), suffixes ("700k"), number words in
 * en/ru/uk/de/fr/es/it in any grammatical case ("трёхсот тысяч", "seven hundred thousand",
 * "siebenhunderttausend", "trecentomila") and ranges with a shared scale ("600–700 тысяч").
 *
 * Exactness matters more than recall: a look-alike (7,000; 70,000; a bare 700; a year; a
 * day of the month) must never come out as 700,000, so anything ambiguous stays a plain,
 * smaller number instead of being guessed up.
 */
import { foldText } from './fold-text';
import { lookupNumberWord, splitNumberCompound, type NumberWord } from './number-words';

export interface NumberMention {
  value: number;
  start: number;
  end: number;
  /** An end of a stated range ("10,000 to 11,000", "5–6 тысяч"), not a figure on its own. */
  rangeEnd?: true;
}

/** Grouping separators: any kind of space, or a comma, dot or apostrophe. */
function separatorClass(char: string | undefined): string | undefined {
  if (char === undefined) return undefined;
  if (char === ' ' || char === '\u00A0' || char === '\u2009' || char === '\u202F') return 'space';
  if (char === ',' || char === '.') return char;
  if (char === "'" || char === '\u2019') return 'apostrophe';
  return undefined;
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isLetter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{M}]/u.test(char);

interface Literal {
  /** All digits, without separators; the value is digits / 10^decimals. */
  digits: string;
  decimals: number;
  end: number;
}

/** Reads "700,000", "700 000", "1.234,5", "0.7" starting at a digit. */
function readLiteral(text: string, start: number): Literal {
  let end = start;
  while (isDigit(text[end])) end++;
  let digits = text.slice(start, end);
  let groupClass: string | undefined;
  // Thousands groups: a lead of 1–3 digits, then groups of exactly three with one separator kind.
  if (end - start <= 3) {
    for (;;) {
      // "200. 000": a dot with a space after it, as text reflowed from Italian and other dot-grouping
      // sources prints it. Only an all-zero group counts, since no sentence starts with "000".
      if (text[end] === '.' && text[end + 1] === ' ' && text.startsWith('000', end + 2) && !isDigit(text[end + 5]) && (!groupClass || groupClass === 'dot-space')) {
        groupClass = 'dot-space';
        digits += '000';
        end += 5;
        continue;
      }
      const cls = separatorClass(text[end]);
      const groupIsThree = isDigit(text[end + 1]) && isDigit(text[end + 2]) && isDigit(text[end + 3]) && !isDigit(text[end + 4]);
      if (!cls || !groupIsThree || (groupClass && groupClass !== cls)) break;
      groupClass = cls;
      digits += text.slice(end + 1, end + 4);
      end += 4;
    }
  }
  let decimals = 0;
  const mark = text[end];
  if ((mark === ',' || mark === '.') && groupClass !== mark && isDigit(text[end + 1])) {
    let fractionEnd = end + 1;
    while (isDigit(text[fractionEnd])) fractionEnd++;
    decimals = fractionEnd - end - 1;
    digits += text.slice(end + 1, fractionEnd);
    end = fractionEnd;
  }
  return { digits, decimals, end };
}

/** Letters glued to digits that scale them: "700k", "1.2m", "3bn". */
const SUFFIX_SCALES = new Map<string, number>([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
]);

/** Exact value of digits / 10^decimals × scale, avoiding 0.7 × 1e6 rounding drift. */
function scaled(literal: Pick<Literal, 'digits' | 'decimals'>, scale: number): number {
  return (Number(literal.digits) * scale) / 10 ** literal.decimals;
}

type Item =
  | { kind: 'literal'; literal: Literal; start: number; end: number; suffixScale?: number }
  | { kind: 'word'; key: string; words: NumberWord[]; start: number; end: number }
  | { kind: 'other'; key: string; start: number; end: number };

const ITEM = /\d|[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;

/** Splits the text into number literals, number words and other words, in order. */
function scanItems(text: string, folded: string): Item[] {
  const items: Item[] = [];
  // An article repeats its words, and most of them are no number: each distinct word is looked
  // up (and tried as a compound, "dreihunderttausend") once per text.
  const wordsOf = new Map<string, NumberWord[] | null>();
  ITEM.lastIndex = 0;
  for (let match = ITEM.exec(folded); match; match = ITEM.exec(folded)) {
    const start = match.index;
    if (isDigit(match[0])) {
      const literal = readLiteral(text, start);
      let end = literal.end;
      // "A320", "Su27": digits glued to a word are a name, not a quantity.
      if (isLetter(text[start - 1])) {
        ITEM.lastIndex = end;
        items.push({ kind: 'other', key: '', start, end });
        continue;
      }
      let suffixEnd = end;
      while (/[a-z]/.test(folded[suffixEnd] ?? '')) suffixEnd++;
      const suffixScale = SUFFIX_SCALES.get(folded.slice(end, suffixEnd));
      if (suffixScale !== undefined && !isLetter(text[suffixEnd])) end = suffixEnd;
      ITEM.lastIndex = end;
      items.push({ kind: 'literal', literal, start, end, ...(end === suffixEnd && suffixScale ? { suffixScale } : {}) });
      continue;
    }
    const key = match[0].replace(/\p{M}/gu, '');
    let words = wordsOf.get(key);
    if (words === undefined) {
      const word = lookupNumberWord(key);
      words = (word ? [word] : splitNumberCompound(key)) ?? null;
      wordsOf.set(key, words);
    }
    const end = start + match[0].length;
    items.push(words ? { kind: 'word', key, words, start, end } : { kind: 'other', key, start, end });
  }
  return items;
}

/** What may stand between the parts of one number: spaces and hyphens ("vingt-deux"). */
const JOINING_GAP = /^[\s\u00A0\u2009\u202F\-‐]{0,3}$/;
/** What may stand between the two ends of a range that share one scale. */
const RANGE_GAP = /^\s?(?:[-–—]|\s(?:to|до|bis|a|à|al)\s)\s?$/;

interface Built extends NumberMention {
  /** The scale word or suffix that closed the number, used to scale a range's first end. */
  scale?: number;
  /** A plain literal with nothing after it ("600" in "600–700 тысяч"). */
  bare?: { digits: string; decimals: number };
}

/** Builds one number from consecutive number words and at most one leading literal. */
class NumberBuilder {
  private total = 0;
  private group = 0;
  /** The next added value must be below this ("двадцать" allows 1–9 after it, not "двенадцать"). */
  private limit = Infinity;
  private lastScale = Infinity;
  private lastAdded = 0;
  private lastKey = '';
  private joinPending = false;
  private fromLiteral = false;
  private started = false;
  private closingScale: number | undefined;
  private bare: Built['bare'];
  private start = 0;
  private end = 0;
  private joinEnd = 0;

  constructor(private readonly emit: (built: Built) => void) {}

  get active(): boolean {
    return this.started;
  }

  /** Where the number read so far ends, including a trailing "and" that may continue it. */
  get lastEnd(): number {
    return this.joinPending ? this.joinEnd : this.end;
  }

  flush(): void {
    if (!this.started) return;
    const value = this.total + this.group;
    this.emit({
      value,
      start: this.start,
      end: this.end,
      ...(this.closingScale !== undefined ? { scale: this.closingScale } : {}),
      ...(this.bare ? { bare: this.bare } : {}),
    });
    this.started = false;
  }

  private begin(start: number): void {
    this.flush();
    this.started = true;
    this.total = 0;
    this.group = 0;
    this.limit = Infinity;
    this.lastScale = Infinity;
    this.lastAdded = 0;
    this.lastKey = '';
    this.joinPending = false;
    this.fromLiteral = false;
    this.closingScale = undefined;
    this.bare = undefined;
    this.start = start;
  }

  literal(literal: Literal, start: number, end: number): void {
    this.begin(start);
    this.fromLiteral = true;
    this.group = scaled(literal, 1);
    this.bare = { digits: literal.digits, decimals: literal.decimals };
    this.end = end;
  }

  /**
   * Returns false when the word cannot continue or start a number (the caller then flushes).
   * `mayStandAlone` is false right after "half", "a quarter of" and the like.
   */
  word(word: NumberWord, key: string, start: number, end: number, mayStandAlone: boolean): boolean {
    switch (word.kind) {
      case 'join':
        if (!this.started || this.fromLiteral) return false;
        this.joinPending = true;
        this.joinEnd = end;
        return true;
      case 'add':
        return this.add(word.value, key, start, end);
      case 'hundred':
        // Only words take "hundred": "50 cents" must not become 5,000.
        if (this.fromLiteral || (this.started && (this.group >= 100 || this.joinPending))) this.flush();
        if (!this.started) this.begin(start);
        this.group = (this.group || 1) * 100;
        this.limit = 100;
        this.lastAdded = 100;
        this.end = end;
        return true;
      case 'scale':
        return this.scale(word, start, end, mayStandAlone);
    }
  }

  private add(value: number, key: string, start: number, end: number): boolean {
    const germanUnitThenTen = this.joinPending && this.lastAdded < 10 && value >= 20 && value < 100 && value % 10 === 0;
    const frenchEighty = (key === 'vingt' || key === 'vingts') && this.lastKey === 'quatre' && !this.joinPending;
    if (!this.started || this.fromLiteral || (!germanUnitThenTen && !frenchEighty && value >= this.limit)) {
      this.begin(start);
      this.group = value;
    } else if (frenchEighty) {
      this.group += 80 - this.lastAdded;
      value = 80;
    } else {
      this.group += value;
    }
    this.joinPending = false;
    this.lastAdded = value;
    this.lastKey = key;
    // French counts 70 and 90 as 60+10 and 80+10, so after them a teen may follow.
    this.limit = value % 100 === 0 ? 100 : value % 10 === 0 ? (value === 60 || value === 80 ? 20 : 10) : 1;
    this.end = end;
    return true;
  }

  private scale(word: Extract<NumberWord, { kind: 'scale' }>, start: number, end: number, mayStandAlone: boolean): boolean {
    const continues = this.started && !this.joinPending && this.group > 0 && word.value < this.lastScale;
    if (!continues) {
      if (!word.singular || !mayStandAlone) return false;
      this.begin(start);
      this.group = 1;
    }
    this.total += this.fromLiteral && this.bare ? scaled(this.bare, word.value) : this.group * word.value;
    this.group = 0;
    this.fromLiteral = false;
    this.bare = undefined;
    this.closingScale = word.value;
    this.lastScale = word.value;
    this.limit = word.value;
    this.lastAdded = word.value;
    this.lastKey = '';
    this.end = end;
    return true;
  }
}

/** Fractions that make a following "million" or "тысяча" something other than one of it. */
const FRACTIONS = new Set([
  'half', 'quarter', 'third', 'halbe', 'halben', 'viertel', 'drittel', 'demi', 'quart', 'tiers', 'medio', 'media',
  'cuarto', 'tercio', 'mezzo', 'quarto', 'terzo', 'пол', 'четверть', 'треть', 'пів', 'чверть', 'третина',
]);
/** "half a million", "un quart de million": at most this many characters between the two. */
const FRACTION_REACH = 8;

/** Every number stated in `text`, in order, with its exact value and offsets. */
export function findNumbers(text: string, folded: string = foldText(text)): NumberMention[] {
  const built: Built[] = [];
  const builder = new NumberBuilder((number) => built.push(number));
  let fractionEnd = -Infinity;
  for (const item of scanItems(text, folded)) {
    const joined = builder.active && JOINING_GAP.test(text.slice(builder.lastEnd, item.start));
    if (!joined) builder.flush();
    if (item.kind === 'other') {
      builder.flush();
      if (FRACTIONS.has(item.key)) fractionEnd = item.end;
    } else if (item.kind === 'literal') {
      if (item.suffixScale !== undefined) {
        builder.flush();
        built.push({ value: scaled(item.literal, item.suffixScale), start: item.start, end: item.end, scale: item.suffixScale });
      } else {
        builder.literal(item.literal, item.start, item.end);
      }
    } else {
      // A compound ("dreihunderttausend") is one item whose pieces build one number.
      for (const word of item.words) {
        if (!builder.word(word, item.key, item.start, item.end, item.start - fractionEnd > FRACTION_REACH)) {
          builder.flush();
          break;
        }
      }
    }
  }
  builder.flush();
  return applySharedRangeScale(text, built);
}

/**
 * "600–700 тысяч" means 600,000 to 700,000: the first end takes the second end's scale. Both
 * ends of a range are marked, so a matcher for an exact figure can tell "10,000" from "10,000
 * to 11,000". A range rises, by less than tenfold: "21 – 300,000" is a date and a figure.
 * A number too long for a double (hundreds of digits) comes out as Infinity or NaN; it is no
 * quantity a claim states, so it is left out rather than guessed.
 */
function applySharedRangeScale(text: string, built: Built[]): NumberMention[] {
  const mentions = built.map((number, i): NumberMention => {
    const next = built[i + 1];
    if (number.bare && number.scale === undefined && next?.scale !== undefined && RANGE_GAP.test(text.slice(number.end, next.start))) {
      return { value: scaled(number.bare, next.scale), start: number.start, end: number.end };
    }
    return { value: number.value, start: number.start, end: number.end };
  });
  mentions.forEach((low, i) => {
    const high = mentions[i + 1];
    if (high && low.value > 0 && low.value < high.value && high.value <= 10 * low.value && RANGE_GAP.test(text.slice(low.end, high.start))) {
      low.rangeEnd = true;
      high.rangeEnd = true;
    }
  });
  return mentions.filter((mention) => Number.isFinite(mention.value));
}
