import { describe, expect, test, vi } from 'vitest';
import {
  checkTrainerPublicKey,
  confirmationInFragment,
  confirmedCertificateUrl,
  countersign,
  createTrainerKey,
  groupFingerprint,
  publicKeyFingerprint,
  trainerPublicKeyFile,
  verifyConfirmation,
  type Confirmation,
  type TrainerKeyAlgorithm,
} from '../../../src/lib/certificate/countersign';
import { certificateFragment, certificateId, checkCertificateFragment } from '../../../src/lib/certificate/payload';
import { sampleCertificate } from '../../fixtures/certificate';

const trusted = (key: { name: string; publicKey: string; fingerprint: string }) => [{ name: key.name, publicKey: key.publicKey, fingerprint: key.fingerprint }];

function changeOneChar(text: string, at: number): string {
  return text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
}

describe.each<TrainerKeyAlgorithm>(['Ed25519', 'ECDSA-P256'])('a trainer key made with %s', (algorithm) => {
  test('confirms a certificate the trainer signed, naming the trainer and the day', async () => {
    const key = await createTrainerKey('Trần Văn Bình', algorithm);
    expect(key.algorithm).toBe(algorithm);
    expect(key.privateKey.extractable, 'the private key must never be readable out of the browser').toBe(false);
    const id = await certificateId(sampleCertificate);
    const confirmation = await countersign(id, key, '2026-11-22');
    expect(await verifyConfirmation(id, confirmation, trusted(key))).toEqual({
      status: 'confirmed',
      trainer: trusted(key)[0],
      signedName: 'Trần Văn Bình',
      fingerprint: key.fingerprint,
      date: '2026-11-22',
    });
  });

  test.each<[string, (c: Confirmation) => Confirmation]>([
    ['one character of the trainer name', (c) => ({ ...c, n: 'Trần Văn Bính' })],
    ['the date', (c) => ({ ...c, d: '2026-11-23' })],
    ['one character of the signature', (c) => ({ ...c, s: changeOneChar(c.s, 5) })],
  ])('a confirmation with a changed %s is refused', async (_what, spoil) => {
    const key = await createTrainerKey('Trần Văn Bình', algorithm);
    const id = await certificateId(sampleCertificate);
    const confirmation = await countersign(id, key, '2026-11-22');
    expect(await verifyConfirmation(id, spoil(confirmation), trusted(key))).toEqual({ status: 'bad-signature' });
  });

  test('a signature does not carry over to a certificate with one changed character', async () => {
    const key = await createTrainerKey('Trần Văn Bình', algorithm);
    const confirmation = await countersign(await certificateId(sampleCertificate), key, '2026-11-22');
    const otherId = await certificateId({ ...sampleCertificate, name: 'Nguyễn Thị Ánh Tuyêt' });
    expect(await verifyConfirmation(otherId, confirmation, trusted(key))).toEqual({ status: 'bad-signature' });
  });
});

describe('a browser without Ed25519', () => {
  test('gets an ECDSA P-256 key that signs and verifies', async () => {
    const generateKey = crypto.subtle.generateKey.bind(crypto.subtle);
    const spy = vi.spyOn(crypto.subtle, 'generateKey').mockImplementation((async (params: AlgorithmIdentifier, extractable: boolean, usages: KeyUsage[]) => {
      if ((params as { name: string }).name === 'Ed25519') throw new DOMException('Unrecognized name', 'NotSupportedError');
      return generateKey(params, extractable, usages);
    }) as typeof crypto.subtle.generateKey);
    try {
      const key = await createTrainerKey('Trần Văn Bình');
      expect(key.algorithm).toBe('ECDSA-P256');
      const id = await certificateId(sampleCertificate);
      expect((await verifyConfirmation(id, await countersign(id, key, '2026-11-22'), trusted(key))).status).toBe('confirmed');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('keys the verifier does not know', () => {
  test('a valid signature by a key that is not trusted is reported as an unknown key, with its fingerprint', async () => {
    const key = await createTrainerKey('Người lạ');
    const someoneElse = await createTrainerKey('Trần Văn Bình');
    const id = await certificateId(sampleCertificate);
    const check = await verifyConfirmation(id, await countersign(id, key, '2026-11-22'), trusted(someoneElse));
    expect(check).toEqual({ status: 'unknown-key', signedName: 'Người lạ', fingerprint: key.fingerprint, date: '2026-11-22' });
  });

  test('swapping in a trusted key without its signature fails', async () => {
    const impostor = await createTrainerKey('Trần Văn Bình');
    const real = await createTrainerKey('Trần Văn Bình');
    const id = await certificateId(sampleCertificate);
    const forged = { ...(await countersign(id, impostor, '2026-11-22')), k: real.publicKey };
    expect(await verifyConfirmation(id, forged, trusted(real))).toEqual({ status: 'bad-signature' });
  });

  test('an algorithm label that does not fit the key fails instead of throwing', async () => {
    const key = await createTrainerKey('Trần Văn Bình', 'Ed25519');
    const id = await certificateId(sampleCertificate);
    const relabelled: Confirmation = { ...(await countersign(id, key, '2026-11-22')), a: 'ECDSA-P256' };
    expect(await verifyConfirmation(id, relabelled, trusted(key))).toEqual({ status: 'bad-signature' });
  });
});

describe('fingerprints and key files', () => {
  test('a fingerprint is 16 hex digits of the key, read in groups of four', async () => {
    const key = await createTrainerKey('Trần Văn Bình');
    expect(key.fingerprint).toMatch(/^[0-9A-F]{16}$/);
    expect(await publicKeyFingerprint(key.publicKey)).toBe(key.fingerprint);
    expect(groupFingerprint('3F2A9C1B0D4E7788')).toBe('3F2A 9C1B 0D4E 7788');
  });

  test('a shared key file is accepted whole, and refused when its fingerprint is not its key’s', async () => {
    const key = await createTrainerKey('Trần Văn Bình');
    const file = trainerPublicKeyFile(key);
    expect(await checkTrainerPublicKey(JSON.stringify(file))).toEqual({ ok: true, key: file });
    expect(await checkTrainerPublicKey(JSON.stringify({ ...file, fingerprint: '0000000000000000' }))).toEqual({ ok: false, problem: 'fingerprint-mismatch' });
    expect(await checkTrainerPublicKey(JSON.stringify({ ...file, name: '<b>x</b>\u202e' }))).toEqual({ ok: false, problem: 'not-a-key' });
    expect(await checkTrainerPublicKey(JSON.stringify({ ...file, extra: 1 }))).toEqual({ ok: false, problem: 'not-a-key' });
    expect(await checkTrainerPublicKey('{"profiles": [')).toEqual({ ok: false, problem: 'not-json' });
  });
});

describe('the confirmed certificate link', () => {
  test('keeps the learner’s certificate as it was and adds the confirmation', async () => {
    const key = await createTrainerKey('Trần Văn Bình');
    const id = await certificateId(sampleCertificate);
    const learnerUrl = `https://hocso.example.org/xac-minh/#${await certificateFragment(sampleCertificate)}`;
    const confirmation = await countersign(id, key, '2026-11-22');
    const url = confirmedCertificateUrl(learnerUrl, confirmation);
    const fragment = new URL(url).hash;
    expect(await checkCertificateFragment(fragment)).toEqual({ status: 'intact', payload: sampleCertificate, id });
    expect(confirmationInFragment(fragment)).toEqual({ status: 'present', confirmation });
    expect(url.length, 'the link must stay short enough for a QR code a phone can read').toBeLessThan(1200);
  });

  test.each([
    ['no confirmation', '#c=abc&id=def', { status: 'none' }],
    ['a confirmation that is not base64url JSON', '#c=abc&id=def&t=%%%', { status: 'malformed' }],
    ['a confirmation with a field missing', `#c=abc&id=def&t=${btoa('{"v":1}')}`, { status: 'malformed' }],
  ])('a link with %s', (_name, fragment, expected) => {
    expect(confirmationInFragment(fragment)).toEqual(expected);
  });
});
