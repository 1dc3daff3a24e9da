import { expect, test } from 'vitest';
import { formatSavedDay, formatSize } from '../../../src/lib/offline/pack-size';

test.each([
  [150_000, 'vi', '146 KB'],
  [150_000, 'en', '146 KB'],
  [300, 'vi', '1 KB'],
  [1.45 * 1024 * 1024, 'vi', '1,5 MB'],
  [1.45 * 1024 * 1024, 'en', '1.5 MB'],
] as const)('%d bytes in %s read as %s', (bytes, lang, text) => {
  expect(formatSize(bytes, lang)).toBe(text);
});

test('the day a pack was saved reads as a Vietnamese learner writes it', () => {
  expect(formatSavedDay(new Date(2026, 10, 29, 9, 30).toISOString(), 'vi')).toBe('ngày 29 tháng 11 năm 2026');
  expect(formatSavedDay(new Date(2026, 0, 5, 23, 59).toISOString(), 'en')).toBe('5 January 2026');
});
