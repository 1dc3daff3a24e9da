import { expect, test } from 'vitest';
import { fromBase64Url, sha256, toBase64Url, toHex } from '../../src/lib/encoding';

test('bytes survive the trip through URL-safe base64, which has no + / or = to break a link', () => {
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
  const text = toBase64Url(bytes);
  expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(fromBase64Url(text)).toEqual(bytes);
});

test('SHA-256 of text is of its UTF-8 bytes, written as lower-case hex', async () => {
  expect(toHex(await sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(await sha256('Học Số')).toEqual(await sha256(new TextEncoder().encode('Học Số')));
});
