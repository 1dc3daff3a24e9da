import { READING_SPEEDS, type ReadingSpeed } from '../lib/read-aloud';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface ReadingPreferences {
  textSize: TextSize;
  contrast: boolean;
  speed: ReadingSpeed;
}

const KEY = 'hocso.reading';
export const DEFAULT_READING_PREFERENCES: ReadingPreferences = { textSize: 'normal', contrast: false, speed: 1 };

/** The reader's choices on this device; unknown or damaged values fall back to the defaults. */
export function loadReadingPreferences(): ReadingPreferences {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ReadingPreferences>;
    return {
      textSize: TEXT_SIZES.includes(stored.textSize as TextSize) ? (stored.textSize as TextSize) : DEFAULT_READING_PREFERENCES.textSize,
      contrast: stored.contrast === true,
      speed: READING_SPEEDS.includes(stored.speed as ReadingSpeed) ? (stored.speed as ReadingSpeed) : DEFAULT_READING_PREFERENCES.speed,
    };
  } catch {
    return DEFAULT_READING_PREFERENCES;
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
