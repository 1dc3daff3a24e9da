/**
 * Text the way Vietnamese people often type it: without tone marks, đ as d, in any case.
 * NFD splits a toned vowel into letter + marks, so stripping U+0300–U+036F keeps the letter ("số" → "so").
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The folded words of a text in order: syllables in Vietnamese, words in English. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Adjacent word pairs ("dich vu cong" → "dich_vu", "vu_cong"): Vietnamese meaning lives in syllable pairs. */
export function adjacentPairs(words: string[]): string[] {
  return words.slice(1).map((word, index) => `${words[index]}_${word}`);
}
