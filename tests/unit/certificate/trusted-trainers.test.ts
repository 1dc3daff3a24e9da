import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { createTrainerKey } from '../../../src/lib/certificate/countersign';
import { parseTrustedTrainers } from '../../../src/lib/certificate/trusted-trainers';

const FILE = 'content/trusted-trainers.yaml';

async function entry() {
  const key = await createTrainerKey('Trần Văn Bình');
  return { name: key.name, organisation: 'Đoàn xã Tân Phú', algorithm: key.algorithm, publicKey: key.publicKey, fingerprint: key.fingerprint };
}

describe('the site’s list of trusted trainers', () => {
  test('ships empty: no made-up trainer is trusted in production', async () => {
    expect(await parseTrustedTrainers(readFileSync(FILE, 'utf8'), FILE)).toEqual([]);
  });

  test('a listed trainer becomes a trusted key with their organisation', async () => {
    const trainer = await entry();
    expect(await parseTrustedTrainers(stringify({ trainers: [trainer] }), FILE)).toEqual([
      { name: trainer.name, organisation: trainer.organisation, publicKey: trainer.publicKey, fingerprint: trainer.fingerprint },
    ]);
  });

  test.each<[string, (t: Awaited<ReturnType<typeof entry>>) => unknown, RegExp]>([
    ['a fingerprint copied wrong', (t) => ({ trainers: [{ ...t, fingerprint: '0000000000000000' }] }), /trainers\.0 \(Trần Văn Bình\): fingerprint 0000000000000000 does not match publicKey/],
    ['no organisation', (t) => ({ trainers: [{ ...t, organisation: undefined }] }), /trainers\.0\.organisation/],
    ['an unknown algorithm', (t) => ({ trainers: [{ ...t, algorithm: 'RSA' }] }), /trainers\.0\.algorithm/],
    ['the same key twice', (t) => ({ trainers: [t, { ...t, name: 'Bình' }] }), /trainers\.1 \(Bình\): this key is listed twice/],
    ['a misspelt top-level key', (t) => ({ trainer: [t] }), /content\/trusted-trainers\.yaml: the trusted-trainer list is not valid/],
  ])('the build stops on %s, naming the file and the entry', async (_name, spoil, message) => {
    await expect(parseTrustedTrainers(stringify(spoil(await entry())), FILE)).rejects.toThrow(message);
  });
});
