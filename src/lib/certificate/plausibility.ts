import type { CertificatePayload } from './payload';

/**
 * What a person checking a certificate should look at twice. An intact certificate only proves nothing was changed
 * after it was made; whoever made it could have typed anything. These flags catch what a forger is likely to try.
 */

/** No Học Số course existed before November 2026: a completion before then was not made on Học Số. */
export const FIRST_COURSE_DAY = '2026-11-01';

export type CertificateWarning = 'future-date' | 'before-courses' | 'mixed-scripts';

const DAY_MS = 24 * 60 * 60 * 1000;
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/**
 * A name mixing Latin letters with Cyrillic or Greek ones: "Nguyễn" with a Cyrillic "у" looks the same and is another
 * name. Vietnamese letters and their tone marks are Latin (the marks are of no script), so they never count.
 */
export function mixesScripts(name: string): boolean {
  return SCRIPTS.filter((script) => script.test(name)).length > 1;
}

/** The warnings for a certificate checked on `today` (YYYY-MM-DD); a day of clock difference is forgiven. */
export function certificateWarnings(payload: Pick<CertificatePayload, 'date' | 'name'>, today: string): CertificateWarning[] {
  const warnings: CertificateWarning[] = [];
  if (Date.parse(payload.date) > Date.parse(today) + DAY_MS) warnings.push('future-date');
  if (payload.date < FIRST_COURSE_DAY) warnings.push('before-courses');
  if (mixesScripts(payload.name)) warnings.push('mixed-scripts');
  return warnings;
}
