import type { Lang } from './routes';

/** How long a module's facts are trusted after its last claim-by-claim check. */
export const REVIEW_VALID_MONTHS = 12;

/** "29 tháng 11 năm 2026" (read after "ngày"), "29 November 2026": the day a module was last checked. */
export function formatReviewedDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  if (lang === 'vi') return `${day} tháng ${month} năm ${year}`;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** Whether a module checked on `reviewed` is still within its review period on `today` (both YYYY-MM-DD). */
export function reviewIsCurrent(reviewed: string, today: string): boolean {
  const due = new Date(`${reviewed}T00:00:00Z`);
  due.setUTCMonth(due.getUTCMonth() + REVIEW_VALID_MONTHS);
  return new Date(`${today}T00:00:00Z`) <= due && reviewed <= today;
}
