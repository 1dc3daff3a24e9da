import type { Lang } from '../routes';
import { groupFingerprint, publicKeyFingerprint, type Confirmation } from './countersign';
import { formatDay } from '../format-date';

/** What people read about a trainer's confirmation: who signed, the key's fingerprint as read aloud, and the day. */
export interface ConfirmationFacts {
  trainer: string;
  fingerprint: string;
  date: string;
}

/** The facts of a confirmation for a sentence in `lang`; the fingerprint is computed from the key, never taken on trust. */
export async function confirmationFacts(confirmation: Confirmation, lang: Lang): Promise<ConfirmationFacts> {
  return {
    trainer: confirmation.n,
    fingerprint: groupFingerprint(await publicKeyFingerprint(confirmation.k)),
    date: formatDay(confirmation.d, lang),
  };
}
