import { describe, expect, test } from 'vitest';
import { afterPinAttempt, NO_PIN_LOCK, pinWaitLeft, pinWaitSeconds, waitParts, type PinLock } from '../../../src/lib/learner/pin-lockout';

describe('how long a profile waits after wrong PINs in a row', () => {
  test.each([
    [0, 0],
    [1, 0],
    [4, 0],
    [5, 30],
    [6, 60],
    [7, 120],
    [8, 240],
    [9, 480],
    [10, 900],
    [11, 900],
    [20, 900],
    [10_000, 900],
  ])('after %i wrong PINs the wait is %i s', (failures, seconds) => {
    expect(pinWaitSeconds(failures)).toBe(seconds);
  });
});

const at = (iso: string) => Date.parse(iso);

describe('the wait counts from the last wrong PIN', () => {
  const lock: PinLock = { failures: 5, lastFailureAt: '2026-11-29T10:00:00.000Z' };
  test.each([
    ['right after the 5th wrong PIN, 30 s are left', '2026-11-29T10:00:00.000Z', 30_000],
    ['10 s later, 20 s are left', '2026-11-29T10:00:10.000Z', 20_000],
    ['30 s later, the profile takes a PIN again', '2026-11-29T10:00:30.000Z', 0],
    ['an hour later, nothing is left', '2026-11-29T11:00:00.000Z', 0],
  ])('%s', (_, now, left) => {
    expect(pinWaitLeft(lock, at(now))).toBe(left);
  });

  test('a profile with no wrong PIN never waits', () => {
    expect(pinWaitLeft(NO_PIN_LOCK, at('2026-11-29T10:00:00.000Z'))).toBe(0);
  });
});

test('wrong PINs count up, and the right one clears the count', () => {
  let lock = NO_PIN_LOCK;
  for (let i = 0; i < 6; i++) lock = afterPinAttempt(lock, false, at('2026-11-29T10:00:00.000Z') + i);
  expect(lock.failures).toBe(6);
  expect(lock.lastFailureAt).toBe('2026-11-29T10:00:00.005Z');
  expect(afterPinAttempt(lock, true, at('2026-11-29T11:00:00.000Z'))).toEqual(NO_PIN_LOCK);
});

test.each([
  [30_000, { minutes: 0, seconds: 30 }],
  [29_001, { minutes: 0, seconds: 30 }],
  [1, { minutes: 0, seconds: 1 }],
  [90_000, { minutes: 1, seconds: 30 }],
  [900_000, { minutes: 15, seconds: 0 }],
])('%i ms is shown as %o (rounded up: never "0 seconds" while waiting)', (ms, parts) => {
  expect(waitParts(ms)).toEqual(parts);
});
