import { expect, test } from 'vitest';
import { addDays, formatDay, formatWeek, inWeek, localDay, weekOf } from '../../../src/lib/logbook/week';

test.each([
  ['a Monday is its own week', '2026-11-23', '2026-11-23'],
  ['a Sunday belongs to the week before it', '2026-11-29', '2026-11-23'],
  ['a Wednesday', '2026-11-25', '2026-11-23'],
  ['a week across two months', '2026-12-02', '2026-11-30'],
  ['a week across two years', '2027-01-01', '2026-12-28'],
])('weekOf: %s', (_, day, monday) => {
  expect(weekOf(day)).toBe(monday);
});

test('a week runs Monday to Sunday', () => {
  expect(inWeek('2026-11-29', '2026-11-23')).toBe(true);
  expect(inWeek('2026-11-30', '2026-11-23')).toBe(false);
  expect(inWeek('2026-11-22', '2026-11-23')).toBe(false);
  expect(addDays('2026-11-23', 6)).toBe('2026-11-29');
});

test('days are written as people write them, in each language', () => {
  expect(formatDay('vi', '2026-11-29')).toBe('ngày 29 tháng 11 năm 2026');
  expect(formatDay('vi', '2026-03-01')).toBe('ngày 1 tháng 3 năm 2026');
  expect(formatDay('en', '2026-11-29')).toBe('29 November 2026');
  expect(formatWeek('vi', '2026-11-23')).toBe('từ ngày 23 tháng 11 năm 2026 đến ngày 29 tháng 11 năm 2026');
});

test('the day is the volunteer’s own calendar day, not UTC’s', () => {
  expect(localDay(new Date(2026, 10, 29, 23, 30))).toBe('2026-11-29');
  expect(localDay(new Date(2026, 0, 5, 0, 10))).toBe('2026-01-05');
});
