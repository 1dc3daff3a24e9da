// Days and weeks of the logbook. A day is the volunteer's local date as YYYY-MM-DD; a week runs Monday to Sunday and
// is named by its Monday, as team reports are counted in Vietnam.

import type { Lang } from '../routes';

const MS_PER_DAY = 86_400_000;

/** The calendar day of a moment on the volunteer's own clock. */
export function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The day `n` days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The Monday of the week `day` falls in. */
export function weekOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** Whether `day` falls in the week that starts on `monday`. */
export function inWeek(day: string, monday: string): boolean {
  return day >= monday && day <= addDays(monday, 6);
}

/** A day as people write it: "ngày 29 tháng 11 năm 2026", "29 November 2026". */
export function formatDay(lang: Lang, day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (lang === 'vi') return `ngày ${date} tháng ${month} năm ${year}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date));
}

/** A week as a range of days: "từ ngày 23 tháng 11 năm 2026 đến ngày 29 tháng 11 năm 2026". */
export function formatWeek(lang: Lang, monday: string): string {
  const [from, to] = [formatDay(lang, monday), formatDay(lang, addDays(monday, 6))];
  return lang === 'vi' ? `từ ${from} đến ${to}` : `${from} to ${to}`;
}
