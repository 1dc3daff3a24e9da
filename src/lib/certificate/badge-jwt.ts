import { CompactSign, jwtVerify } from 'jose';
import { fromBase64Url, toBase64Url } from '../encoding';
import { didKeyOf } from './did-key';
import { openBadgeCredential, type OpenBadgeCredential } from './open-badge';
import type { Confirmation, TrainerKey, TrainerKeyAlgorithm } from './countersign';
import type { CertificatePayload } from './payload';

/**
 * The Open Badge as a VC-JWT (Open Badges 3.0, "JSON Web Token proof format"), signed and checked with `jose`.
 *
 * How it travels without making the confirmed link long: the trainer's device builds the credential from the
 * certificate and its own confirmation, signs the JWT with the trainer's non-extractable key, and puts only the
 * 64-byte signature in the confirmation (`j`, 86 characters in the link). The learner's device rebuilds the same
 * header and payload from the same data (`badgeSigningInput`), attaches the signature, and checks the whole JWT
 * before offering it: a changed field, or another key, fails.
 *
 * This module loads jose; it is imported on demand only by the trainer's confirm page and the learner's badge export.
 */
const JOSE_ALG: Record<TrainerKeyAlgorithm, 'EdDSA' | 'ES256'> = { Ed25519: 'EdDSA', 'ECDSA-P256': 'ES256' };
const VERIFY_PARAMS: Record<TrainerKeyAlgorithm, AlgorithmIdentifier | EcKeyImportParams> = {
  Ed25519: { name: 'Ed25519' },
  'ECDSA-P256': { name: 'ECDSA', namedCurve: 'P-256' },
};

export interface BadgeJwtParts {
  header: { alg: 'EdDSA' | 'ES256'; kid: string; typ: 'JWT' };
  /** The credential with the JWT claims Open Badges 3.0 maps it to: iss, jti, nbf. */
  claims: OpenBadgeCredential & { iss: string; jti: string; nbf: number };
}

/** The JOSE header and JWT claims of the badge; the same on the trainer's device and the learner's. */
export function badgeJwtParts(payload: CertificatePayload, certificateId: string, confirmation: Confirmation, site: string): BadgeJwtParts {
  const credential = openBadgeCredential(payload, certificateId, confirmation, site);
  const { did, verificationMethod } = didKeyOf(confirmation.a, confirmation.k);
  return {
    header: { alg: JOSE_ALG[confirmation.a], kid: verificationMethod, typ: 'JWT' },
    claims: { ...credential, iss: did, jti: credential.id, nbf: Math.floor(Date.parse(credential.validFrom) / 1000) },
  };
}

const encodeJson = (value: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)));

/** `base64url(header).base64url(claims)`: the bytes the signature covers, as jose's CompactSign encodes them. */
export function badgeSigningInput(parts: BadgeJwtParts): string {
  return `${encodeJson(parts.header)}.${encodeJson(parts.claims)}`;
}

/** On the trainer's device: the badge's signature (base64url), made by jose with the trainer's CryptoKey. */
export async function signBadge(payload: CertificatePayload, certificateId: string, confirmation: Omit<Confirmation, 'j'>, key: TrainerKey, site: string): Promise<string> {
  const parts = badgeJwtParts(payload, certificateId, confirmation, site);
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(parts.claims))).setProtectedHeader(parts.header).sign(key.privateKey);
  const [header, body, signature] = jws.split('.');
  // jose encodes exactly as badgeSigningInput does; a difference would make every badge unverifiable.
  if (`${header}.${body}` !== badgeSigningInput(parts)) throw new Error('the badge would not rebuild the same');
  return signature!;
}

/** The trainer's public key as a CryptoKey that can only verify. */
export function trainerVerifyKey(confirmation: Pick<Confirmation, 'a' | 'k'>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64Url(confirmation.k), VERIFY_PARAMS[confirmation.a], false, ['verify']);
}

/**
 * On the learner's device: the complete badge JWT, checked by jose against the trainer's key in the confirmation;
 * undefined when the confirmation carries no badge signature or the rebuilt badge does not verify.
 */
export async function assembleBadge(payload: CertificatePayload, certificateId: string, confirmation: Confirmation, site: string): Promise<string | undefined> {
  if (!confirmation.j) return undefined;
  const parts = badgeJwtParts(payload, certificateId, confirmation, site);
  const jwt = `${badgeSigningInput(parts)}.${confirmation.j}`;
  try {
    await jwtVerify(jwt, await trainerVerifyKey(confirmation), { algorithms: [parts.header.alg], issuer: parts.claims.iss, typ: 'JWT' });
    return jwt;
  } catch {
    return undefined;
  }
}
