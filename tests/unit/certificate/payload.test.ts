import { describe, expect, test } from 'vitest';
import {
  canonicalJson,
  certificateFragment,
  certificateId,
  certificatePayloadSchema,
  checkCertificateFragment,
  type CertificatePayload,
} from '../../../src/lib/certificate/payload';
import { sampleCertificate } from '../../fixtures/certificate';

const payload = sampleCertificate;

describe('certificate ID', () => {
  test('is the same for the same certificate, whatever the key order', async () => {
    const reordered = Object.fromEntries(Object.entries(payload).reverse()) as CertificatePayload;
    expect(await certificateId(reordered)).toBe(await certificateId(payload));
    expect(canonicalJson(reordered)).toBe(canonicalJson(payload));
  });

  test('is a 64-character SHA-256 hex digest', async () => {
    expect(await certificateId(payload)).toMatch(/^[0-9a-f]{64}$/);
  });

  test('changes when any field changes', async () => {
    expect(await certificateId({ ...payload, score: 93 })).not.toBe(await certificateId(payload));
  });
});

describe('the verify page reads a certificate from its link', () => {
  test('an untouched link is intact and gives back the same certificate', async () => {
    const check = await checkCertificateFragment(`#${await certificateFragment(payload)}`);
    expect(check).toEqual({ status: 'intact', payload, id: await certificateId(payload) });
  });

  test('a link without a certificate says so', async () => {
    expect(await checkCertificateFragment('')).toEqual({ status: 'missing' });
  });

  test('every one-character change anywhere in the link is reported as altered', async () => {
    const fragment = await certificateFragment(payload);
    const alphabet = 'AbZ09-_x=&';
    let checked = 0;
    for (let i = 0; i < fragment.length; i += 3) {
      const replacement = [...alphabet].find((c) => c !== fragment[i])!;
      const altered = fragment.slice(0, i) + replacement + fragment.slice(i + 1);
      const check = await checkCertificateFragment(altered);
      expect(check.status, `changing character ${i} of the link`).not.toBe('intact');
      checked += 1;
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('names on certificates', () => {
  test.each([
    ['Nguyễn Thị Ánh Tuyết', true],
    ['Đặng Hữu Phước', true],
    ["H'Hen Niê", true],
    ['<img src=x onerror=alert(1)>', true],
    ['', false],
    ['   ', false],
    ['x'.repeat(300), false],
    ['Tên\u202Eđảo ngược', false],
    ['Tên\u0000rỗng', false],
  ])('%j accepted: %s', (name, accepted) => {
    expect(certificatePayloadSchema.safeParse({ ...payload, name }).success).toBe(accepted);
  });
});
