import { describe, expect, test } from 'vitest';
import { adjacentPairs, foldVietnamese, foldedWords } from '../../../src/lib/search/fold-vietnamese';

describe('foldVietnamese: a word typed without tone marks finds the word with them', () => {
  test.each([
    ['toned vowels keep their letter', 'số cá', 'so ca'],
    ['đ and Đ become d', 'Đăng ký định danh', 'dang ky dinh danh'],
    ['horn and breve letters lose their marks', 'ước mơ ăn', 'uoc mo an'],
    ['upper case is lowered', 'VNEID DỊCH VỤ CÔNG', 'vneid dich vu cong'],
    ['decomposed (NFD) input folds the same as precomposed', 'so\u0301', 'so'],
    ['text already folded is unchanged', 'dich vu cong', 'dich vu cong'],
    ['English is only lowered', 'Online Public Services', 'online public services'],
  ])('%s: %s → %s', (_, text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });
});

describe('foldedWords: the words search indexes and queries', () => {
  test.each([
    ['punctuation separates words', 'Mã QR, ví điện tử!', ['ma', 'qr', 'vi', 'dien', 'tu']],
    ['a web address splits at dots', 'dichvucong.gov.vn', ['dichvucong', 'gov', 'vn']],
    ['digits are words', 'mức 2 VNeID', ['muc', '2', 'vneid']],
    ['no text, no words', '  — ', []],
  ])('%s', (_, text, words) => {
    expect(foldedWords(text)).toEqual(words);
  });
});

describe('adjacentPairs: syllables that belong together', () => {
  test.each([
    [['dich', 'vu', 'cong'], ['dich_vu', 'vu_cong']],
    [['vneid'], []],
    [[], []],
  ])('%o → %o', (words, pairs) => {
    expect(adjacentPairs(words)).toEqual(pairs);
  });
});
