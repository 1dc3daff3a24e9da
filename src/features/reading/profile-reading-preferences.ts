import { useEffect } from 'react';
import { parseReadingPreferences, readingPreferencesKey, type ReadingPreferences } from '../../lib/reading/reading-preferences';
import { loadStore } from '../learner/learner-hooks';
import {
  applyReadingPreferences,
  loadReadingPreferences,
  READING_PREFERENCES_CHANGED,
  readerChoseOnThisPage,
  saveReadingPreferences,
} from './reading-preferences';

/** Stores a profile's reading preferences, so they come back when that learner picks their name again. */
export async function saveProfileReadingPreferences(profileId: string, prefs: ReadingPreferences): Promise<void> {
  const { setSetting } = await loadStore();
  await setSetting(readingPreferencesKey(profileId), JSON.stringify(prefs));
}

/**
 * Puts the learner's own text size, contrast and reading speed in force when they are the one learning: on a shared
 * phone the grandmother's large text should not follow her grandson. A profile with none yet, or whose reader has
 * just chosen on this page, keeps what is in force.
 */
export function useProfileReadingPreferences(profileId: string | undefined): void {
  useEffect(() => {
    if (!profileId) return;
    let cancelled = false;
    loadStore()
      .then(async ({ getSetting }) => {
        const stored = await getSetting(readingPreferencesKey(profileId));
        if (cancelled) return;
        // What the reader just chose on this page wins; the reading aids keep it for the profile themselves.
        if (readerChoseOnThisPage()) return;
        if (typeof stored !== 'string') return saveProfileReadingPreferences(profileId, loadReadingPreferences());
        const prefs = parseReadingPreferences(stored);
        applyReadingPreferences(prefs);
        saveReadingPreferences(prefs);
        window.dispatchEvent(new CustomEvent(READING_PREFERENCES_CHANGED, { detail: prefs }));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [profileId]);
}
