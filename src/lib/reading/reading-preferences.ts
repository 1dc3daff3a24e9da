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

/**
 * A choice a reader made that has not reached its owner's profile row yet. The page may close before IndexedDB
 * answers, so this note lives in localStorage beside the preferences in force until the row is written.
 */
export interface UnsavedChoice {
  /** Tells one choice from the next, so a slow save never clears a newer choice's note. */
  id: string;
  /** The profile that chose; null when nobody was signed in; absent when the page did not know yet. */
  owner?: string | null;
}

/** The note from stored JSON; anything damaged reads as no note, so it can never stop a learner's own preferences. */
export function parseUnsavedChoice(json: string | null | undefined): UnsavedChoice | undefined {
  try {
    const value: unknown = JSON.parse(json ?? 'null');
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const { id, owner } = value as Record<string, unknown>;
    if (typeof id !== 'string') return undefined;
    if (owner === undefined) return { id };
    return typeof owner === 'string' || owner === null ? { id, owner } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whose profile row a choice still owed belongs to, once the page knows who is signed in (`active`): the one who
 * chose if the page knew it then, else whoever is signed in now, since nobody can switch learner without a page
 * that loads the profile first. null: the choice was nobody's to keep.
 */
export function ownerOfChoice(choice: UnsavedChoice, active: string | null): string | null {
  return choice.owner === undefined ? active : choice.owner;
}
