import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { base58 } from '@scure/base';
import { decodeJwt, importJWK, jwtVerify, type JWK } from 'jose';
import { Resolver } from 'did-resolver';
import { getResolver } from 'key-did-resolver';
import { describe, expect, test } from 'vitest';
import schema from '../../fixtures/open-badges/ob_v3p0_achievementcredential_schema.json';
import { assembleBadge, signBadge } from '../../../src/lib/certificate/badge-jwt';
import { countersign, createTrainerKey, type Confirmation, type TrainerKey, type TrainerKeyAlgorithm } from '../../../src/lib/certificate/countersign';
import { openBadgeCredential, openBadgeCredentialSchema } from '../../../src/lib/certificate/open-badge';
import { certificateId, type CertificatePayload } from '../../../src/lib/certificate/payload';
import { toBase64Url } from '../../../src/lib/encoding';

const site = 'https://hocso.example.org';
const payload: CertificatePayload = {
  v: 1,
  name: 'Nguyễn Thị <b>Lan</b>',
  course: 'vneid',
  courseTitle: 'VNeID – ứng dụng định danh điện tử quốc gia',
  lang: 'vi',
  date: '2026-11-20',
  score: 88,
  modules: ['VNeID là gì', 'Cài đặt và đăng ký'],
};

const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const validateOb3 = ajv.compile(schema);

/** A trainer confirms on their device: the confirmation with the badge's signature, as the confirmed link carries it. */
async function confirmOnTrainersDevice(key: TrainerKey): Promise<Confirmation> {
  const id = await certificateId(payload);
  const confirmation = await countersign(id, key, '2026-11-22');
  return { ...confirmation, j: await signBadge(payload, id, confirmation, key, site) };
}

/** An independent check: the issuer's did:key resolved by Ceramic's resolver, the JWT verified by jose with that key. */
async function verifyIndependently(jwt: string) {
  const { iss } = decodeJwt(jwt);
  const { didDocument } = await new Resolver(getResolver()).resolve(String(iss));
  const method = didDocument?.verificationMethod?.[0];
  if (!method) throw new Error('the issuer did not resolve');
  const jwk: JWK = method.publicKeyJwk
    ? (method.publicKeyJwk as JWK)
    : { kty: 'OKP', crv: 'Ed25519', x: toBase64Url(base58.decode(method.publicKeyBase58!)) };
  return jwtVerify(jwt, await importJWK(jwk, jwk.kty === 'OKP' ? 'EdDSA' : 'ES256'), { issuer: String(iss) });
}

describe.each<TrainerKeyAlgorithm>(['Ed25519', 'ECDSA-P256'])('an Open Badge confirmed with an %s key', (algorithm) => {
  test('validates against the Open Badges 3.0 JSON schema and our own reading of the spec', async () => {
    const key = await createTrainerKey('Trần Văn Bình', algorithm);
    const credential = openBadgeCredential(payload, await certificateId(payload), await confirmOnTrainersDevice(key), site);
    const valid = validateOb3(JSON.parse(JSON.stringify(credential)));
    expect(validateOb3.errors ?? [], 'the 1EdTech schema accepts the credential').toEqual([]);
    expect(valid).toBe(true);
    expect(openBadgeCredentialSchema.safeParse(credential).error?.issues ?? []).toEqual([]);
    expect(credential.issuer.id).toMatch(algorithm === 'Ed25519' ? /^did:key:z6Mk/ : /^did:key:zDn/);
    expect(credential.credentialSubject.identifier[0]!.identityHash, 'the name is data, exactly as typed').toBe('Nguyễn Thị <b>Lan</b>');
  });

  test('rebuilt on the learner’s device from the link, it verifies with an independent did:key resolver and jose', async () => {
    const key = await createTrainerKey('Trần Văn Bình', algorithm);
    const jwt = await assembleBadge(payload, await certificateId(payload), await confirmOnTrainersDevice(key), site);
    expect(jwt, 'the learner’s device rebuilds the badge the trainer signed').toBeDefined();
    const { payload: claims, protectedHeader } = await verifyIndependently(jwt!);
    expect(protectedHeader.alg).toBe(algorithm === 'Ed25519' ? 'EdDSA' : 'ES256');
    expect(protectedHeader.kid).toBe(`${claims.iss}#${String(claims.iss).slice('did:key:'.length)}`);
    expect(claims.jti).toBe(`urn:sha256:${await certificateId(payload)}`);
    expect(validateOb3(claims), 'the JWT payload is itself the credential').toBe(true);
  });

  test('altering any field of the signed badge fails verification', async () => {
    const key = await createTrainerKey('Trần Văn Bình', algorithm);
    const jwt = (await assembleBadge(payload, await certificateId(payload), await confirmOnTrainersDevice(key), site))!;
    const [header, , signature] = jwt.split('.');
    const claims = decodeJwt(jwt) as Record<string, unknown>;
    const leaves: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
      else leaves.push(path);
    };
    walk(claims, []);
    expect(leaves.length).toBeGreaterThan(20);
    for (const path of leaves) {
      const altered = structuredClone(claims);
      const parent = path.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, altered);
      const last = path.at(-1)!;
      parent[last] = typeof parent[last] === 'number' ? (parent[last] as number) - 1 : `${String(parent[last])}x`;
      const forged = `${header}.${toBase64Url(new TextEncoder().encode(JSON.stringify(altered)))}.${signature}`;
      await expect(verifyIndependently(forged), `changing ${path.join('.')} must break the signature`).rejects.toThrow();
    }
  });

  test('a badge signed with another key fails verification, and the learner’s device will not hand it out', async () => {
    const trainer = await createTrainerKey('Trần Văn Bình', algorithm);
    const impostor = await createTrainerKey('Trần Văn Bình', algorithm);
    const id = await certificateId(payload);
    const confirmation = await countersign(id, trainer, '2026-11-22');
    // The impostor signs the very same badge bytes, claiming to be the trainer.
    const genuine = (await assembleBadge(payload, id, { ...confirmation, j: (await confirmOnTrainersDevice(trainer)).j }, site))!;
    const [header, body] = genuine.split('.');
    const forged = await signBadge(payload, id, confirmation, impostor, site);
    await expect(verifyIndependently(`${header}.${body}.${forged}`), 'the trainer’s badge with the impostor’s signature').rejects.toThrow();
    expect(await assembleBadge(payload, id, { ...confirmation, j: forged }, site), 'the learner’s device refuses it').toBeUndefined();
  });
});

test('a confirmation made before badges were signed gives no badge', async () => {
  const key = await createTrainerKey('Trần Văn Bình');
  const id = await certificateId(payload);
  expect(await assembleBadge(payload, id, await countersign(id, key, '2026-11-22'), site)).toBeUndefined();
});

test('the badge is valid from the start of the confirmation day in Vietnam, and was awarded on the completion day', async () => {
  const key = await createTrainerKey('Trần Văn Bình');
  const credential = openBadgeCredential(payload, await certificateId(payload), await confirmOnTrainersDevice(key), site);
  expect(credential.validFrom).toBe('2026-11-22T00:00:00+07:00');
  expect(credential.awardedDate).toBe('2026-11-20T00:00:00+07:00');
  expect(credential.credentialSubject.achievement.id).toBe(`${site}/khoa-hoc/vneid/`);
});
