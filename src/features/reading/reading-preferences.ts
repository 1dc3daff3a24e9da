import { parseReadingPreferences, parseUnsavedChoice, type ReadingPreferences, type UnsavedChoice } from '../../lib/reading/reading-preferences';

const KEY = 'hocso.reading';
const UNSAVED = 'hocso.reading.unsaved';
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

/**
 * The reader chose `prefs`: in force at once, and noted as owed to `owner`'s profile (see UnsavedChoice) before any
 * asynchronous save starts, so leaving the page straight after a tap loses nothing.
 */
export function chooseReadingPreferences(prefs: ReadingPreferences, owner: string | null | undefined): UnsavedChoice {
  applyReadingPreferences(prefs);
  saveReadingPreferences(prefs);
  const choice: UnsavedChoice = owner === undefined ? { id: crypto.randomUUID() } : { id: crypto.randomUUID(), owner };
  writeUnsavedChoice(choice);
  return choice;
}

export function unsavedChoice(): UnsavedChoice | undefined {
  try {
    return parseUnsavedChoice(localStorage.getItem(UNSAVED));
  } catch {
    return undefined;
  }
}

function writeUnsavedChoice(choice: UnsavedChoice): void {
  try {
    localStorage.setItem(UNSAVED, JSON.stringify(choice));
  } catch {
    // Without localStorage nothing outlives the page anyway; the save in progress still runs.
  }
}

/** The choice reached its owner's row (or was nobody's): forget the note, unless a newer choice replaced it meanwhile. */
export function settleUnsavedChoice(choice: UnsavedChoice): void {
  try {
    if (unsavedChoice()?.id === choice.id) localStorage.removeItem(UNSAVED);
  } catch {
    // Nothing to forget without localStorage.
  }
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
