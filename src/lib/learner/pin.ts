/**
 * A PIN keeps other residents of a shared phone out of a profile. It is stored as a salted PBKDF2 hash
 * (WebCrypto), never as digits; it does not protect against someone with developer tools.
 */
export interface PinHash {
  /** Random salt, base64. */
  salt: string;
  /** PBKDF2-SHA-256 of the PIN, base64. */
  hash: string;
  iterations: number;
}

export const PIN_ITERATIONS = 100_000;

/** A PIN is 4 to 8 digits: easy on a phone keypad, easy to remember. */
export function isValidPin(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)), iterations };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  let difference = expected.length ^ actual.length;
  for (let i = 0; i < Math.min(expected.length, actual.length); i++) difference |= expected[i]! ^ actual[i]!;
  return difference === 0;
}
