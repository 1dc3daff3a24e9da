import type { Lang } from '../routes';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A size as a learner reads it: "182 KB", "1,4 MB" in Vietnamese, "1.4 MB" in English. */
export function formatSize(bytes: number, lang: Lang): string {
  const kb = bytes / 1024;
  if (kb < 1000) return `${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }).format(Math.max(1, kb))} KB`;
  return `${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(kb / 1024)} MB`;
}

/**
 * The day a pack was saved, as the learner writes dates: "ngày 29 tháng 11 năm 2026", "29 November 2026". Written out
 * for Vietnamese: browsers' date data disagree ("29 tháng 11, 2026" in some).
 */
export function formatSavedDay(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (lang === 'vi') return `ngày ${date.getDate()} tháng ${date.getMonth() + 1} năm ${date.getFullYear()}`;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long' }).format(date);
}
