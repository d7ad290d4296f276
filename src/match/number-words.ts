/**
 * Number words of en, ru, uk, de, fr, es, it, pt, pl and nl, folded (see fold-text.ts: lower case, no
 * diacritics, ё→е, й→и, ї→і). Russian and Ukrainian words are listed in all their case forms,
 * because articles say "трёхсот тысяч" as often as "триста тысяч".
 */
import { foldText } from './fold-text';

/**
 * - `add`: a value added to the group being built (1–99, and Slavic/Romance hundreds like
 *   "семьсот", "setecientos" that already carry their hundred);
 * - `hundred`: multiplies the group by 100 ("hundred", "hundert", "cent", "cento");
 * - `scale`: closes a group and multiplies it (thousand, million, billion). A `singular`
 *   scale word also means 1 × scale on its own ("mille", "миллион"); a plural one
 *   ("thousands", "тысячи", "millones") never makes a number without one before it.
 * - `join`: "and", "und", "et", "y", "e" between number words.
 */
export type NumberWord =
  | { kind: 'add'; value: number }
  | { kind: 'hundred' }
  | { kind: 'scale'; value: number; singular: boolean }
  | { kind: 'join' };

/** Keys are folded like the text they are looked up from, so "однієї" finds "однієї". */
const words = new Map<string, NumberWord>();
const fold = (form: string): string => foldText(form).replace(/\p{M}/gu, '');

function add(value: number, ...forms: string[]): void {
  for (const form of forms) words.set(fold(form), { kind: 'add', value });
}
function scale(value: number, singular: string[], plural: string[]): void {
  for (const form of singular) words.set(fold(form), { kind: 'scale', value, singular: true });
  for (const form of plural) words.set(fold(form), { kind: 'scale', value, singular: false });
}

// English
['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].forEach((form, i) => add(i + 1, form));
['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].forEach((form, i) => add((i + 2) * 10, form));
words.set('hundred', { kind: 'hundred' });
scale(1e3, ['thousand'], ['thousands']);
scale(1e6, ['million'], ['millions']);
scale(1e9, ['billion'], ['billions']);

// Russian (folded: ё→е, й→и)
add(1, 'один', 'одна', 'одно', 'одного', 'одному', 'одним', 'одном', 'однои', 'одну');
add(2, 'два', 'две', 'двух', 'двум', 'двумя');
add(3, 'три', 'трех', 'трем', 'тремя');
add(4, 'четыре', 'четырех', 'четырем', 'четырьмя');
add(5, 'пять', 'пяти', 'пятью');
add(6, 'шесть', 'шести', 'шестью');
add(7, 'семь', 'семи', 'семью');
add(8, 'восемь', 'восьми', 'восемью', 'восьмью');
add(9, 'девять', 'девяти', 'девятью');
const ruTeens = ['десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'];
ruTeens.forEach((stem, i) => add(10 + i, `${stem}ь`, `${stem}и`, `${stem}ью`));
['двадцат', 'тридцат'].forEach((stem, i) => add((i + 2) * 10, `${stem}ь`, `${stem}и`, `${stem}ью`));
add(40, 'сорок', 'сорока');
add(50, 'пятьдесят', 'пятидесяти', 'пятьюдесятью');
add(60, 'шестьдесят', 'шестидесяти', 'шестьюдесятью');
add(70, 'семьдесят', 'семидесяти', 'семьюдесятью');
add(80, 'восемьдесят', 'восьмидесяти', 'восемьюдесятью', 'восьмьюдесятью');
add(90, 'девяносто', 'девяноста');
add(100, 'сто', 'ста');
add(1.5, 'полтора', 'полторы', 'полутора');
add(200, 'двести', 'двухсот', 'двумстам', 'двумястами', 'двухстах');
add(300, 'триста', 'трехсот', 'тремстам', 'тремястами', 'трехстах');
add(400, 'четыреста', 'четырехсот', 'четыремстам', 'четырьмястами', 'четырехстах');
const ruHundreds: Array<[number, string, string]> = [
  [500, 'пятьсот', 'пят'],
  [600, 'шестьсот', 'шест'],
  [700, 'семьсот', 'сем'],
  [800, 'восемьсот', 'восьм'],
  [900, 'девятьсот', 'девят'],
];
for (const [value, nominative, stem] of ruHundreds) {
  const instrumental = value === 800 ? ['восемьюстами', 'восьмьюстами'] : [`${stem}ьюстами`];
  add(value, nominative, `${stem}исот`, `${stem}истам`, `${stem}истах`, ...instrumental);
}
scale(1e3, ['тысяча', 'тысячу', 'тысяче', 'тысячеи', 'тысячью'], ['тысячи', 'тысяч', 'тысячам', 'тысячами', 'тысячах', 'тыс']);
scale(1e6, ['миллион', 'миллиона', 'миллиону', 'миллионом', 'миллионе'], ['миллионы', 'миллионов', 'миллионам', 'миллионами', 'миллионах', 'млн']);
scale(1e9, ['миллиард', 'миллиарда', 'миллиарду', 'миллиардом', 'миллиарде'], ['миллиарды', 'миллиардов', 'миллиардам', 'миллиардами', 'миллиардах', 'млрд']);

// Ukrainian (folded: ї→і, й→и; apostrophes as ')
add(1, 'одна', 'одне', 'одного', 'однои', 'одніи', 'одному', 'одним', 'одну', 'однієї');
add(2, 'дві', 'двох', 'двом', 'двома');
add(3, 'трьох', 'трьом', 'трьома');
add(4, 'чотири', 'чотирьох', 'чотирьом', 'чотирма');
add(5, "п'ять", "п'яти", "п'ятьох", "п'ятьом", "п'ятьма");
add(6, 'шість', 'шести', 'шістьох', 'шістьом', 'шістьма');
add(7, 'сім', 'семи', 'сімох', 'сімом', 'сьома', 'сімома');
add(8, 'вісім', 'восьми', 'вісьмох', 'вісьмом', 'вісьма', 'вісьмома');
add(9, "дев'ять", "дев'яти", "дев'ятьох", "дев'ятьом", "дев'ятьма");
const ukTeens = ['десят', 'одинадцят', 'дванадцят', 'тринадцят', 'чотирнадцят', "п'ятнадцят", 'шістнадцят', 'сімнадцят', 'вісімнадцят', "дев'ятнадцят"];
ukTeens.forEach((stem, i) => add(10 + i, `${stem}ь`, `${stem}и`, `${stem}ьох`, `${stem}ьом`, `${stem}ьма`));
['двадцят', 'тридцят'].forEach((stem, i) => add((i + 2) * 10, `${stem}ь`, `${stem}и`, `${stem}ьох`, `${stem}ьом`, `${stem}ьма`));
add(50, "п'ятдесят", "п'ятдесяти", "п'ятдесятьох", "п'ятдесятьма");
add(60, 'шістдесят', 'шістдесяти', 'шістдесятьох', 'шістдесятьма');
add(70, 'сімдесят', 'сімдесяти', 'сімдесятьох', 'сімдесятьма');
add(80, 'вісімдесят', 'вісімдесяти', 'вісімдесятьох', 'вісімдесятьма');
add(90, "дев'яносто", "дев'яноста");
add(1.5, 'півтора', 'півтори');
add(200, 'двісті', 'двохсот', 'двомстам', 'двомастами', 'двохстах');
add(300, 'трьохсот', 'трьомстам', 'трьомастами', 'трьохстах');
add(400, 'чотириста', 'чотирьохсот', 'чотирьомстам', 'чотирмастами', 'чотирьохстах');
const ukHundreds: Array<[number, string, string]> = [
  [500, "п'ятсот", "п'ят"],
  [600, 'шістсот', 'шест'],
  [700, 'сімсот', 'сем'],
  [800, 'вісімсот', 'восьм'],
  [900, "дев'ятсот", "дев'ят"],
];
for (const [value, nominative, stem] of ukHundreds) add(value, nominative, `${stem}исот`, `${stem}истам`, `${stem}истах`, `${stem}ьмастами`);
scale(1e3, ['тисяча', 'тисячу', 'тисячею'], ['тисячі', 'тисяч', 'тисячам', 'тисячами', 'тисячах', 'тис']);
scale(1e6, ['мільион', 'мільиона', 'мільиону', 'мільионом', 'мільионі'], ['мільиони', 'мільионів', 'мільионам', 'мільионами', 'мільионах']);
scale(1e9, ['мільярд', 'мільярда', 'мільярду', 'мільярдом', 'мільярді'], ['мільярди', 'мільярдів', 'мільярдам', 'мільярдами', 'мільярдах']);

// German (also used to split compounds: "dreihunderttausend")
add(1, 'ein', 'eins', 'eine', 'einen', 'einem', 'einer');
add(2, 'zwei');
add(3, 'drei');
add(4, 'vier');
add(5, 'funf');
add(6, 'sechs');
add(7, 'sieben');
add(8, 'acht');
add(9, 'neun');
add(10, 'zehn');
add(11, 'elf');
add(12, 'zwolf');
['dreizehn', 'vierzehn', 'funfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'].forEach((form, i) => add(13 + i, form));
add(20, 'zwanzig');
add(30, 'dreißig', 'dreissig');
['vierzig', 'funfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'].forEach((form, i) => add((i + 4) * 10, form));
words.set('hundert', { kind: 'hundred' });
scale(1e3, ['tausend'], ['tausende']);
scale(1e6, ['million'], ['millionen', 'mio']);
scale(1e9, ['milliarde'], ['milliarden', 'mrd']);

// French
add(1, 'un', 'une');
add(2, 'deux');
add(3, 'trois');
add(4, 'quatre');
add(5, 'cinq');
add(6, 'six');
add(7, 'sept');
add(8, 'huit');
add(9, 'neuf');
add(10, 'dix');
['onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'].forEach((form, i) => add(11 + i, form));
add(20, 'vingt');
add(30, 'trente');
add(40, 'quarante');
add(50, 'cinquante');
add(60, 'soixante');
words.set('cent', { kind: 'hundred' });
words.set('cents', { kind: 'hundred' });
scale(1e3, ['mille', 'mil'], ['miles', 'millier', 'milliers']);
// "700 k": French (and Intl's compact French) puts a space before the k.
words.set('k', { kind: 'scale', value: 1e3, singular: false });
scale(1e6, ['millon'], ['millones']);
scale(1e9, ['milliard'], ['milliards']);

// Spanish
add(1, 'uno', 'una', 'un');
add(2, 'dos');
add(3, 'tres');
add(4, 'cuatro');
add(5, 'cinco');
add(6, 'seis');
add(7, 'siete');
add(8, 'ocho');
add(9, 'nueve');
['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciseis', 'diecisiete', 'dieciocho', 'diecinueve'].forEach((form, i) => add(10 + i, form));
add(20, 'veinte');
['veintiuno', 'veintidos', 'veintitres', 'veinticuatro', 'veinticinco', 'veintiseis', 'veintisiete', 'veintiocho', 'veintinueve'].forEach((form, i) => add(21 + i, form));
add(21, 'veintiun', 'veintiuna');
['treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'].forEach((form, i) => add((i + 3) * 10, form));
add(100, 'cien', 'ciento');
const esHundreds = ['doscient', 'trescient', 'cuatrocient', 'quinient', 'seiscient', 'setecient', 'ochocient', 'novecient'];
esHundreds.forEach((stem, i) => add((i + 2) * 100, `${stem}os`, `${stem}as`));

// Italian (also used to split compounds: "trecentodiciottomila")
add(1, 'uno');
add(2, 'due');
add(3, 'tre');
add(4, 'quattro');
add(5, 'cinque');
add(6, 'sei');
add(7, 'sette');
add(8, 'otto');
add(9, 'nove');
['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'].forEach((form, i) => add(10 + i, form));
['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'].forEach((form, i) => add((i + 2) * 10, form));
words.set('cento', { kind: 'hundred' });
scale(1e3, [], ['mila']);
scale(1e6, ['milione'], ['milioni', 'mln']);
scale(1e9, ['miliardo'], ['miliardi']);

// Portuguese
add(1, 'um', 'uma');
add(2, 'dois', 'duas');
add(3, 'três');
add(4, 'quatro');
add(5, 'cinco');
add(6, 'seis');
add(7, 'sete');
add(8, 'oito');
add(9, 'nove');
add(10, 'dez');
['onze', 'doze', 'treze', 'catorze'].forEach((form, i) => add(11 + i, form));
add(14, 'quatorze');
add(15, 'quinze');
add(16, 'dezesseis', 'dezasseis');
add(17, 'dezessete', 'dezassete');
add(18, 'dezoito');
add(19, 'dezenove', 'dezanove');
['vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa'].forEach((form, i) => add((i + 2) * 10, form));
add(100, 'cem');
['duzent', 'trezent', 'quatrocent', 'quinhent', 'seiscent', 'setecent', 'oitocent', 'novecent'].forEach((stem, i) => add((i + 2) * 100, `${stem}os`, `${stem}as`));
scale(1e6, ['milhão'], ['milhões']);
scale(1e9, ['bilhão'], ['bilhões']);

// Polish (folded: ą→a, ę→e, ó→o, ś→s, ć→c, ń→n, ż/ź→z; ł stays)
add(1, 'jeden', 'jedna', 'jedno', 'jednego');
add(2, 'dwa', 'dwie', 'dwóch', 'dwu');
add(3, 'trzy', 'trzech');
add(4, 'cztery', 'czterech');
add(5, 'pięć', 'pięciu');
add(6, 'sześć', 'sześciu');
add(7, 'siedem', 'siedmiu');
add(8, 'osiem', 'ośmiu');
add(9, 'dziewięć', 'dziewięciu');
add(10, 'dziesięć', 'dziesięciu');
const plTeens = ['jedenast', 'dwunast', 'trzynast', 'czternast', 'piętnast', 'szesnast', 'siedemnast', 'osiemnast', 'dziewiętnast'];
plTeens.forEach((stem, i) => add(11 + i, `${stem}u`, `${stem === 'dwunast' ? 'dwanaś' : stem.replace(/st$/, 'ś')}cie`));
add(20, 'dwadzieścia', 'dwudziestu');
add(30, 'trzydzieści', 'trzydziestu');
add(40, 'czterdzieści', 'czterdziestu');
['pięćdziesi', 'sześćdziesi', 'siedemdziesi', 'osiemdziesi', 'dziewięćdziesi'].forEach((stem, i) => add((i + 5) * 10, `${stem}ąt`, `${stem}ęciu`));
add(100, 'sto', 'stu');
add(200, 'dwieście', 'dwustu');
add(300, 'trzysta', 'trzystu');
add(400, 'czterysta', 'czterystu');
([[500, 'pięćset', 'pięciuset'], [600, 'sześćset', 'sześciuset'], [700, 'siedemset', 'siedmiuset'], [800, 'osiemset', 'ośmiuset'], [900, 'dziewięćset', 'dziewięciuset']] as Array<[number, string, string]>).forEach(([value, ...forms]) => add(value, ...forms));
// Every case: "o 700 tysiącach" (locative) and "700 tysiącom" (dative) are how reports quote a figure.
scale(1e3, ['tysiąc', 'tysiąca', 'tysiącowi', 'tysiącem', 'tysiącu'], ['tysiące', 'tysięcy', 'tysiącom', 'tysiącami', 'tysiącach', 'tys']);
scale(1e6, ['milion', 'miliona', 'milionowi', 'milionie', 'milionem'], ['miliony', 'milionów', 'milionom', 'milionami', 'milionach']);
scale(1e9, [], ['miliardy', 'miliardów', 'mld']);

// Dutch (also used to split compounds: "zevenhonderdduizend", "eenentwintig")
add(1, 'een', 'één');
add(2, 'twee');
add(3, 'drie');
add(5, 'vijf');
add(6, 'zes');
add(7, 'zeven');
add(9, 'negen');
add(10, 'tien');
add(12, 'twaalf');
['dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'].forEach((form, i) => add(13 + i, form));
['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'].forEach((form, i) => add((i + 2) * 10, form));
words.set('honderd', { kind: 'hundred' });
scale(1e3, ['duizend'], ['duizenden']);
scale(1e6, ['miljoen'], ['miljoenen']);
scale(1e9, ['miljard'], ['miljarden']);

// Joining words between number words ("one hundred and twenty", "zweiundzwanzig", "treinta y dos")
for (const form of ['and', 'und', 'et', 'y', 'e', 'en']) words.set(form, { kind: 'join' });

/** Italian tens lose their last vowel before "uno" and "otto" inside a compound: "ventotto". */
const compoundOnly = new Map<string, NumberWord>();
['vent', 'trent', 'quarant', 'cinquant', 'sessant', 'settant', 'ottant', 'novant'].forEach((form, i) =>
  compoundOnly.set(form, { kind: 'add', value: (i + 2) * 10 }),
);
compoundOnly.set('cent', { kind: 'hundred' });

/** Folded word → its meaning as a number word, or undefined. */
export function lookupNumberWord(key: string): NumberWord | undefined {
  return words.get(key);
}

/**
 * The longest compound worth splitting: "siebenhundertsiebenundsiebzigtausendsiebenhundert-
 * siebenundsiebzig" has 65 letters. A longer run of letters is no number, and splitting it
 * would only recurse as deep as it is long.
 */
const MAX_COMPOUND_LENGTH = 80;

/** Pieces of a compound like "siebenhunderttausend" or "trecentomila", or undefined. */
export function splitNumberCompound(key: string): NumberWord[] | undefined {
  if (key.length < 8 || key.length > MAX_COMPOUND_LENGTH || !/^[a-zß]+$/.test(key)) return undefined;
  const pieces = splitFrom(key, 0, new Set());
  // "Zehntausende" is "tens of thousands", not 10,000: a plural scale word ends no compound,
  // except Italian "mila", which is how every multiple of a thousand is written ("trecentomila").
  const vague = pieces?.some((piece) => piece.kind === 'scale' && !piece.singular && piece !== words.get('mila'));
  return vague ? undefined : pieces;
}

/**
 * Longest piece first ("achtzehn" before "acht"), backtracking when the rest does not split.
 * `dead` remembers offsets from which the rest is known not to split, so a word that almost
 * splits ("trestre…q") is tried once per offset, not once per way of reaching it.
 */
function splitFrom(key: string, from: number, dead: Set<number>): NumberWord[] | undefined {
  if (from === key.length) return [];
  if (dead.has(from)) return undefined;
  for (let end = Math.min(key.length, from + 12); end > from; end--) {
    const piece = key.slice(from, end);
    const word = words.get(piece) ?? compoundOnly.get(piece);
    if (!word) continue;
    const rest = splitFrom(key, end, dead);
    if (rest) return [word, ...rest];
  }
  dead.add(from);
  return undefined;
}
