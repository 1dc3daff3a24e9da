import { expect, test } from 'vitest';
import { hashPin, isValidPin, verifyPin } from '../../../src/lib/learner/pin';

test('the right PIN opens the profile, a wrong one does not', async () => {
  const stored = await hashPin('2468', 10_000);
  expect(await verifyPin('2468', stored)).toBe(true);
  expect(await verifyPin('2469', stored)).toBe(false);
  expect(await verifyPin('', stored)).toBe(false);
});

test('two profiles with the same PIN store different hashes (salted), and never the digits', async () => {
  const [a, b] = await Promise.all([hashPin('1234', 10_000), hashPin('1234', 10_000)]);
  expect(a.hash).not.toBe(b.hash);
  expect(JSON.stringify(a)).not.toContain('1234');
});

test.each([
  ['1234', true],
  ['12345678', true],
  ['123', false],
  ['123456789', false],
  ['12a4', false],
  [' 1234', false],
])('PIN "%s" is accepted: %s', (pin, ok) => {
  expect(isValidPin(pin)).toBe(ok);
});
