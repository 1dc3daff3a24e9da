import { parseReadingPreferences, type ReadingPreferences } from '../../lib/reading/reading-preferences';

const KEY = 'hocso.reading';
let chosenOnThisPage = false;
/** Fired on window when the preferences in force change, so every island showing them can follow. */
export const READING_PREFERENCES_CHANGED = 'hocso:reading-preferences';

/**
 * The preferences in force on this device: those of the learner using it, kept in localStorage so every page can
 * apply them before its first paint (IndexedDB answers too late for that).
 */
export function loadReadingPreferences(): ReadingPreferences {
  try {
    return parseReadingPreferences(localStorage.getItem(KEY));
  } catch {
    return parseReadingPreferences(null);
  }
}

export function saveReadingPreferences(prefs: ReadingPreferences): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Private mode or a full disk: the choice still holds for this page.
  }
}

/** Text size and contrast are attributes on <html>, so every page's CSS can follow them. */
export function applyReadingPreferences(prefs: ReadingPreferences): void {
  const root = document.documentElement;
  root.dataset.textSize = prefs.textSize;
  if (prefs.contrast) root.dataset.theme = 'contrast';
  else delete root.dataset.theme;
}

/** The reader changed a preference on this page: that choice wins over what their profile had stored before. */
export function noteReaderChoice(): void {
  chosenOnThisPage = true;
}
export function readerChoseOnThisPage(): boolean {
  return chosenOnThisPage;
}

/** Drops the preferences in force, when the learner whose they were is deleted: the next reader starts from the defaults. */
export function forgetReadingPreferences(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
  const defaults = parseReadingPreferences(null);
  applyReadingPreferences(defaults);
  window.dispatchEvent(new CustomEvent(READING_PREFERENCES_CHANGED, { detail: defaults }));
}
