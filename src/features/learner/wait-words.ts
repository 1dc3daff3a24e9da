import { t } from '../../i18n';
import { waitParts } from '../../lib/learner/pin-lockout';
import type { Lang } from '../../lib/routes';

/** A wait in words, as a countdown reads: "14 phút 30 giây", "1 minute 5 seconds", "30 seconds". */
export function waitWords(lang: Lang, milliseconds: number): string {
  const { minutes, seconds } = waitParts(milliseconds);
  const parts: string[] = [];
  if (minutes > 0) parts.push(t(lang, minutes === 1 ? 'time.minute' : 'time.minutes', { n: minutes }));
  if (seconds > 0 || minutes === 0) parts.push(t(lang, seconds === 1 ? 'time.second' : 'time.seconds', { n: seconds }));
  return parts.join(' ');
}
