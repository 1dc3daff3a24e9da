import { expect, test } from 'vitest';
import { formatDay } from '../../src/lib/format-date';

test.each([
  ['a Vietnamese date reads day, month, year in words', '2026-11-29', 'vi', '29 tháng 11 năm 2026'],
  ['single-digit days and months have no leading zero', '2026-04-05', 'vi', '5 tháng 4 năm 2026'],
  ['the first day of the year is not shifted by the time zone', '2027-01-01', 'vi', '1 tháng 1 năm 2027'],
  ['an English date spells the month', '2026-11-29', 'en', '29 November 2026'],
  ['the last day of the year stays in its year in English too', '2026-12-31', 'en', '31 December 2026'],
] as const)('%s', (_, day, lang, expected) => {
  expect(formatDay(day, lang)).toBe(expected);
});
