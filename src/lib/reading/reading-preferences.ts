import { READING_SPEEDS, type ReadingSpeed } from './read-aloud';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface ReadingPreferences {
  textSize: TextSize;
  contrast: boolean;
  speed: ReadingSpeed;
}

export const DEFAULT_READING_PREFERENCES: ReadingPreferences = { textSize: 'normal', contrast: false, speed: 1 };

/**
 * Reading preferences from stored JSON; each unknown or damaged field falls back to its default. Written by hand,
 * not with zod: it runs in the small script every page executes before its first paint.
 */
export function parseReadingPreferences(json: string | null | undefined): ReadingPreferences {
  let stored: Partial<Record<keyof ReadingPreferences, unknown>> = {};
  try {
    const value: unknown = JSON.parse(json ?? '{}');
    if (value && typeof value === 'object' && !Array.isArray(value)) stored = value;
  } catch {
    // Damaged JSON reads as no preferences at all.
  }
  return {
    textSize: TEXT_SIZES.find((size) => size === stored.textSize) ?? DEFAULT_READING_PREFERENCES.textSize,
    contrast: stored.contrast === true,
    speed: READING_SPEEDS.find((speed) => speed === stored.speed) ?? DEFAULT_READING_PREFERENCES.speed,
  };
}

/** The `settings` row holding one profile's reading preferences. */
export function readingPreferencesKey(profileId: string): string {
  return `readingPreferences:${profileId}`;
}
