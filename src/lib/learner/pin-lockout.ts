/**
 * How long a profile waits after wrong PINs. Four digits are 10,000 guesses: without a wait, a sibling on the shared
 * phone tries them all in an afternoon. The first 4 mistakes cost nothing (a finger slips); the 5th makes the profile
 * wait 30 s, and each further one doubles the wait, up to 15 minutes. A right PIN starts the count again.
 */

/** Wrong PINs in a row before the first wait. */
export const FREE_ATTEMPTS = 4;
export const FIRST_WAIT_SECONDS = 30;
export const LONGEST_WAIT_SECONDS = 15 * 60;

/** Kept with the profile (in IndexedDB), so a reload or a restart does not reset the count. */
export interface PinLock {
  /** Wrong PINs since the last right one. */
  failures: number;
  /** When the last wrong PIN was typed, ISO time; null when there is none. */
  lastFailureAt: string | null;
}

export const NO_PIN_LOCK: PinLock = { failures: 0, lastFailureAt: null };

/** Seconds to wait after `failures` wrong PINs in a row: 0 for the first 4, then 30, 60, 120 … at most 900. */
export function pinWaitSeconds(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** Math.min(failures - FREE_ATTEMPTS - 1, 10));
}

/** Milliseconds left before the profile takes another PIN at `now` (ms since 1970); 0 when it takes one now. */
export function pinWaitLeft(lock: PinLock, now: number): number {
  if (!lock.lastFailureAt) return 0;
  const until = Date.parse(lock.lastFailureAt) + pinWaitSeconds(lock.failures) * 1000;
  return Math.max(0, until - now);
}

/** The lock after a PIN was tried at `now`: a right one clears it, a wrong one counts. */
export function afterPinAttempt(lock: PinLock, right: boolean, now: number): PinLock {
  if (right) return NO_PIN_LOCK;
  return { failures: lock.failures + 1, lastFailureAt: new Date(now).toISOString() };
}

/** A wait as whole minutes and seconds, rounded up so "0 seconds" is never shown while the profile still waits. */
export function waitParts(milliseconds: number): { minutes: number; seconds: number } {
  const total = Math.ceil(milliseconds / 1000);
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
