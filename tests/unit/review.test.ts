import { expect, test } from 'vitest';
import { formatReviewedDate, reviewIsCurrent } from '../../src/lib/review';

test('the review date reads the Vietnamese way in Vietnamese and the English way in English', () => {
  expect(`Cập nhật ngày ${formatReviewedDate('2026-11-29', 'vi')}`).toBe('Cập nhật ngày 29 tháng 11 năm 2026');
  expect(formatReviewedDate('2026-03-01', 'vi')).toBe('1 tháng 3 năm 2026');
  expect(formatReviewedDate('2026-03-01', 'en')).toBe('1 March 2026');
});

test('a module stays current for 12 months after its check, not a day more, and a check cannot be in the future', () => {
  expect(reviewIsCurrent('2025-11-29', '2026-11-29')).toBe(true);
  expect(reviewIsCurrent('2025-11-28', '2026-11-29')).toBe(false);
  expect(reviewIsCurrent('2026-11-29', '2026-11-29')).toBe(true);
  expect(reviewIsCurrent('2026-12-01', '2026-11-29')).toBe(false);
});
