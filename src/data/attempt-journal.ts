import type { Attempt } from '../lib/learner/learner';
import { withoutPending, withPending } from '../lib/learner/pending-attempts';

/** localStorage key of quiz attempts not yet in the database (see pending-attempts.ts). */
const KEY = 'hocso.pendingAttempts';

/** Notes an attempt before it is saved, so leaving the page at once does not lose it. */
export function notePendingAttempt(attempt: Attempt): void {
  try {
    localStorage.setItem(KEY, withPending(localStorage.getItem(KEY), attempt));
  } catch {
    // No localStorage (or it is full): the attempt is still saved, only not safe from leaving at once.
  }
}

/** The note as stored, unchecked; null when nothing waits. */
export function pendingAttemptsText(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function forgetPendingAttempts(saved: readonly string[] | 'all'): void {
  try {
    const left = saved === 'all' ? null : withoutPending(localStorage.getItem(KEY), saved);
    if (left === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, left);
  } catch {
    // No localStorage: nothing was noted.
  }
}
