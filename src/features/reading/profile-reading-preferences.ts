import { useEffect } from 'react';
import { ownerOfChoice, parseReadingPreferences, readingPreferencesKey, type ReadingPreferences } from '../../lib/reading/reading-preferences';
import { loadStore } from '../learner/learner-hooks';
import {
  applyReadingPreferences,
  loadReadingPreferences,
  READING_PREFERENCES_CHANGED,
  saveReadingPreferences,
  settleUnsavedChoice,
  unsavedChoice,
} from './reading-preferences';

/** Stores a profile's reading preferences, so they come back when that learner picks their name again. */
export async function saveProfileReadingPreferences(profileId: string, prefs: ReadingPreferences): Promise<void> {
  const { setSetting } = await loadStore();
  await setSetting(readingPreferencesKey(profileId), JSON.stringify(prefs));
}

/**
 * Writes a reader's choice that has not reached a profile row yet to the row of the learner who made it, now that
 * the page knows who is signed in (`active`; null for nobody). Returns whether the preferences in force are the
 * active learner's own choice, which then must not be replaced by what their row held before.
 */
export async function keepUnsavedChoice(active: string | null): Promise<boolean> {
  const choice = unsavedChoice();
  if (!choice) return false;
  const owner = ownerOfChoice(choice, active);
  const { learnerDb } = await loadStore();
  // A learner removed since they chose keeps no row: removing a profile leaves no trace of it.
  if (owner && (await learnerDb().profiles.get(owner))) await saveProfileReadingPreferences(owner, loadReadingPreferences());
  settleUnsavedChoice(choice);
  return owner !== null && owner === active;
}

async function restoreProfileReadingPreferences(profileId: string, cancelled: () => boolean): Promise<void> {
  if (await keepUnsavedChoice(profileId)) return;
  const { getSetting } = await loadStore();
  const stored = await getSetting(readingPreferencesKey(profileId));
  // A tap while the row was read is newer than the row: it wins and is stored instead.
  if (cancelled() || (await keepUnsavedChoice(profileId))) return;
  if (typeof stored !== 'string') return saveProfileReadingPreferences(profileId, loadReadingPreferences());
  const prefs = parseReadingPreferences(stored);
  applyReadingPreferences(prefs);
  saveReadingPreferences(prefs);
  window.dispatchEvent(new CustomEvent(READING_PREFERENCES_CHANGED, { detail: prefs }));
}

/**
 * Puts the learner's own text size, contrast and reading speed in force when they are the one learning: on a shared
 * phone the grandmother's large text should not follow her grandson. A profile with none yet keeps what is in force.
 */
export function useProfileReadingPreferences(profileId: string | undefined): void {
  useEffect(() => {
    if (!profileId) return;
    let cancelled = false;
    restoreProfileReadingPreferences(profileId, () => cancelled).catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [profileId]);
}
