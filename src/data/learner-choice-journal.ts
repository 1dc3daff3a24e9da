/** localStorage key of the learner chosen on this device (a profile id, or guest mode) while that choice is saved. */
const KEY = 'hocso.pendingLearner';

/**
 * Notes a choice of learner before it is saved: leaving the page a moment after tapping a name (or guest mode) can
 * abort the database's write, and the next page saves the choice from this note (savePendingLearner).
 */
export function notePendingLearner(choice: string): void {
  try {
    localStorage.setItem(KEY, choice);
  } catch {
    // No localStorage (or it is full): the choice is still saved, only not safe from leaving at once.
  }
}

/** The choice waiting to be saved; null when none does. */
export function pendingLearner(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Drops the note once `choice` is saved (a newer choice noted meanwhile stays), or whatever waits when no choice is given. */
export function forgetPendingLearner(choice?: string): void {
  try {
    if (choice === undefined || localStorage.getItem(KEY) === choice) localStorage.removeItem(KEY);
  } catch {
    // No localStorage: nothing was noted.
  }
}
