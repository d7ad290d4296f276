/**
 * Pinyin that a converting site prints after each character it changed ("學(xué)生動(dòng)員"): the
 * glosses split the words the lexicon matches ("動員", "部分動員") and are no part of the text.
 * A gloss is one syllable with a tone mark in brackets right after a Han character, so a name
 * glossed in English ("莫斯科(moscow)") stays. Matched on normalized (lower-cased) text.
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN_GLOSS = new RegExp(`(?<=\\p{Script=Han})[(（](?=[a-zü]*[${TONED}])[a-zü${TONED}]{1,7}[)）]`, 'gu');

export function withoutPinyinGlosses(normalized: string): string {
  return normalized.replace(PINYIN_GLOSS, '');
}
