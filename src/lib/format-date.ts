import type { Lang } from './routes';

const VI_NUMBERS = new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
const EN_LONG = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * A calendar day (YYYY-MM-DD) as people write it: "29 tháng 11 năm 2026" (after "ngày" in a sentence),
 * "29 November 2026". Intl's Vietnamese long date is "29 tháng 11, 2026" (Node 22 and Chromium alike), which is
 * not how Vietnamese write a date, so Intl gives the numbers and the words are ours.
 */
export function formatDay(day: string, lang: Lang): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (lang === 'en') return EN_LONG.format(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => VI_NUMBERS.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('day')} tháng ${part('month')} năm ${part('year')}`;
}
