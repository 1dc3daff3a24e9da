/**
 * Whether this device may hold learner data, answered without loading the database library: a visitor who never made a
 * profile reads every page without downloading Dexie. The answer is a hint in localStorage that the learner hooks keep
 * true to the database whenever they have it open; without the hint (first visit since this release), the browser's
 * list of databases says whether ours was ever created.
 */
export const DB_NAME = 'hoc-so';
const HINT = 'hocso.learnerOnDevice';
/** Same-tab notice: `storage` events only reach other tabs. */
const CHANGED = 'hocso:learner-presence';

function readHint(): boolean | undefined {
  try {
    const hint = localStorage.getItem(HINT);
    return hint === null ? undefined : hint === 'yes';
  } catch {
    return undefined;
  }
}

export async function mayHoldLearnerData(): Promise<boolean> {
  const hint = readHint();
  if (hint !== undefined) return hint;
  if (typeof indexedDB === 'undefined') return false;
  // Browsers without indexedDB.databases() (Firefox before 126) load the database to find out.
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((db) => db.name === DB_NAME);
  } catch {
    return true;
  }
}

export function markLearnerData(present: boolean): void {
  // The database module also runs outside a page (tests, workers), where there is no hint to keep.
  if (typeof window === 'undefined' || readHint() === present) return;
  try {
    localStorage.setItem(HINT, present ? 'yes' : 'no');
  } catch {
    // No localStorage: every page asks the browser's database list instead.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** Calls `listener` when the hint changes, in this tab or another. */
export function onLearnerPresenceChange(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => event.key === HINT && listener();
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, listener);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, listener);
  };
}
