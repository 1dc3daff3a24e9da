import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../../src/lib/reading/reading-time';

describe('countWords: only what a reader reads counts', () => {
  test.each([
    ['plain Vietnamese counts syllables', 'Mở ứng dụng VNeID trên điện thoại.', 7],
    ['component tags are not words', '<Tip title="Mẹo">Luôn kiểm tra tên người nhận.</Tip>', 6],
    ['link targets are not words', 'Vào [Cổng dịch vụ công](https://dichvucong.gov.vn/p/home) để tra cứu.', 8],
    ['headings and list markers are not words', '## Bước một\n\n1. Mở máy\n- Chọn', 5],
    ['imports are not words', "import X from './x';\nXin chào", 2],
    ['an empty body has no words', '   \n', 0],
  ])('%s', (_name, text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('readingMinutes', () => {
  test.each([
    [0, 1],
    [WORDS_PER_MINUTE * 8, 8],
    [WORDS_PER_MINUTE * 20 + 10, 20],
  ])('%i words read in about %i minutes', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
