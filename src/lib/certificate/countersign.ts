import { z } from '../zod';
import { fromBase64Url, sha256, toBase64Url, toHex } from '../encoding';
import { NAME_MAX_LENGTH, canonicalJson } from './payload';

/** The signature algorithms a trainer's key may use: Ed25519 where the browser has it, ECDSA P-256 otherwise. */
export const TRAINER_KEY_ALGORITHMS = ['Ed25519', 'ECDSA-P256'] as const;
export type TrainerKeyAlgorithm = (typeof TRAINER_KEY_ALGORITHMS)[number];

const base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/);
/** First 16 hex digits of the SHA-256 of the raw public key, upper case, no spaces. */
const fingerprintText = z.string().regex(/^[0-9A-F]{16}$/);
/** A trainer's name as they want it on confirmations. */
export const trainerNameSchema = z
  .string()
  .min(1)
  .max(NAME_MAX_LENGTH)
  .refine((name) => name.trim().length > 0, 'empty')
  // As for learners' names: a confirmation must read the same on screen and on paper.
  .refine((name) => !/[\p{Cc}\p{Cf}]/u.test(name), 'invisible-characters');

/** A trainer's public key as shared in a file or QR code: what a verifier imports to trust the trainer. */
export const trainerPublicKeySchema = z.strictObject({
  /** Says what this file is, so a backup or a certificate is not taken for a key. */
  format: z.literal('hoc-so-trainer-key'),
  /** Format version of the file. */
  v: z.literal(1),
  /** The trainer's name as it appears on their confirmations. */
  name: trainerNameSchema,
  algorithm: z.enum(TRAINER_KEY_ALGORITHMS),
  /** The raw public key (32 bytes Ed25519, 65 bytes uncompressed P-256), base64url. */
  publicKey: base64Url.max(100),
  /** Must match `publicKey`; checked by `checkTrainerPublicKey`. */
  fingerprint: fingerprintText,
});
export type TrainerPublicKey = z.infer<typeof trainerPublicKeySchema>;

/** What travels in the `t=` part of a confirmed certificate link: who confirmed, when, with which key, and the signature. */
export const confirmationSchema = z.strictObject({
  v: z.literal(1),
  /** Trainer's name. */
  n: trainerNameSchema,
  /** Algorithm. */
  a: z.enum(TRAINER_KEY_ALGORITHMS),
  /** Raw public key, base64url. */
  k: base64Url.max(100),
  /** The day the trainer checked the learner in person, YYYY-MM-DD. */
  d: z.iso.date(),
  /** Signature over `confirmationMessage`, base64url. */
  s: base64Url.max(200),
  /**
   * The trainer's signature of the certificate's Open Badge (a VC-JWT, see badge-jwt.ts), base64url; absent in
   * confirmations made before badges were signed, which then give no badge.
   */
  j: base64Url.max(200).optional(),
});
export type Confirmation = z.infer<typeof confirmationSchema>;

/** A trainer's signing key on their own device; the private half cannot be read out, only used. */
export interface TrainerKey {
  name: string;
  algorithm: TrainerKeyAlgorithm;
  privateKey: CryptoKey;
  /** Raw public key, base64url. */
  publicKey: string;
  fingerprint: string;
}

const SIGN_PARAMS: Record<TrainerKeyAlgorithm, AlgorithmIdentifier | EcdsaParams> = {
  Ed25519: { name: 'Ed25519' },
  'ECDSA-P256': { name: 'ECDSA', hash: 'SHA-256' },
};
const IMPORT_PARAMS: Record<TrainerKeyAlgorithm, AlgorithmIdentifier | EcKeyImportParams> = {
  Ed25519: { name: 'Ed25519' },
  'ECDSA-P256': { name: 'ECDSA', namedCurve: 'P-256' },
};

/** The key's fingerprint: first 16 hex digits of SHA-256 of the raw public key, what people compare by eye. */
export async function publicKeyFingerprint(publicKey: string): Promise<string> {
  return toHex((await sha256(fromBase64Url(publicKey))).slice(0, 8)).toUpperCase();
}

/** A fingerprint as people read it aloud: `3F2A 9C1B 0D4E 7788`. */
export function groupFingerprint(fingerprint: string): string {
  return fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;
}

async function generate(algorithm: TrainerKeyAlgorithm): Promise<CryptoKeyPair> {
  const params = algorithm === 'Ed25519' ? { name: 'Ed25519' } : { name: 'ECDSA', namedCurve: 'P-256' };
  // extractable: false applies to the private key; the public key can always be exported.
  return (await crypto.subtle.generateKey(params, false, ['sign', 'verify'])) as CryptoKeyPair;
}

/**
 * Makes a new signing key for a trainer. Ed25519 when the browser supports it; otherwise ECDSA P-256.
 * `prefer` exists so the fallback can be exercised where Ed25519 is available.
 */
export async function createTrainerKey(name: string, prefer: TrainerKeyAlgorithm = 'Ed25519'): Promise<TrainerKey> {
  let algorithm = prefer;
  let pair: CryptoKeyPair;
  try {
    pair = await generate(algorithm);
  } catch {
    // Older Safari and Chrome before 137 have no Ed25519 in WebCrypto.
    algorithm = 'ECDSA-P256';
    pair = await generate(algorithm);
  }
  const publicKey = toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  return { name, algorithm, privateKey: pair.privateKey, publicKey, fingerprint: await publicKeyFingerprint(publicKey) };
}

/** The file and QR a trainer shares so others can recognise their confirmations. */
export function trainerPublicKeyFile(key: Pick<TrainerKey, 'name' | 'algorithm' | 'publicKey' | 'fingerprint'>): TrainerPublicKey {
  return { format: 'hoc-so-trainer-key', v: 1, name: key.name, algorithm: key.algorithm, publicKey: key.publicKey, fingerprint: key.fingerprint };
}

export type TrainerKeyProblem = 'not-json' | 'not-a-key' | 'fingerprint-mismatch';

/** Checks a shared key file whole: its shape, and that its fingerprint belongs to its key. */
export async function checkTrainerPublicKey(
  text: string,
): Promise<{ ok: true; key: TrainerPublicKey } | { ok: false; problem: TrainerKeyProblem }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const parsed = trainerPublicKeySchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'not-a-key' };
  if ((await publicKeyFingerprint(parsed.data.publicKey)) !== parsed.data.fingerprint) return { ok: false, problem: 'fingerprint-mismatch' };
  return { ok: true, key: parsed.data };
}

/**
 * The exact bytes a trainer signs: the certificate ID together with who confirms, with which key, and when,
 * so none of them can be swapped without breaking the signature.
 */
export function confirmationMessage(certificateId: string, confirmation: { name: string; algorithm: TrainerKeyAlgorithm; fingerprint: string; date: string }): string {
  return canonicalJson({
    type: 'hoc-so-confirmation',
    v: 1,
    certificate: certificateId,
    trainer: confirmation.name,
    algorithm: confirmation.algorithm,
    key: confirmation.fingerprint,
    date: confirmation.date,
  });
}

/** The trainer's signature on a certificate they checked in person on `date` (YYYY-MM-DD). */
export async function countersign(certificateId: string, key: TrainerKey, date: string): Promise<Confirmation> {
  const message = new TextEncoder().encode(confirmationMessage(certificateId, { ...key, date }));
  const signature = new Uint8Array(await crypto.subtle.sign(SIGN_PARAMS[key.algorithm], key.privateKey, message));
  return { v: 1, n: key.name, a: key.algorithm, k: key.publicKey, d: date, s: toBase64Url(signature) };
}

/** A key the person verifying trusts: from the site's list of trainers, or imported on their device. */
export interface TrustedKey {
  name: string;
  organisation?: string;
  publicKey: string;
  fingerprint: string;
}

export type ConfirmationCheck =
  | { status: 'confirmed'; trainer: TrustedKey; signedName: string; fingerprint: string; date: string }
  | { status: 'unknown-key'; signedName: string; fingerprint: string; date: string }
  | { status: 'bad-signature' };

/** Whether `confirmation` is a valid signature on the certificate, and whether its key is one the verifier trusts. */
export async function verifyConfirmation(certificateId: string, confirmation: Confirmation, trusted: readonly TrustedKey[]): Promise<ConfirmationCheck> {
  try {
    const fingerprint = await publicKeyFingerprint(confirmation.k);
    const publicKey = await crypto.subtle.importKey('raw', fromBase64Url(confirmation.k), IMPORT_PARAMS[confirmation.a], false, ['verify']);
    const message = new TextEncoder().encode(confirmationMessage(certificateId, { name: confirmation.n, algorithm: confirmation.a, fingerprint, date: confirmation.d }));
    const valid = await crypto.subtle.verify(SIGN_PARAMS[confirmation.a], publicKey, fromBase64Url(confirmation.s), message);
    if (!valid) return { status: 'bad-signature' };
    const trainer = trusted.find((t) => t.publicKey === confirmation.k);
    const facts = { signedName: confirmation.n, fingerprint, date: confirmation.d };
    return trainer ? { status: 'confirmed', trainer, ...facts } : { status: 'unknown-key', ...facts };
  } catch {
    // A key of the wrong length or a signature that is not base64url: the link was changed.
    return { status: 'bad-signature' };
  }
}

/** The `t=` value that a confirmed certificate link adds to the learner's `c=…&id=…`. */
export function confirmationParam(confirmation: Confirmation): string {
  return toBase64Url(new TextEncoder().encode(canonicalJson(confirmation)));
}

/** Reads the `t=` value back; undefined when it is not a well-formed confirmation. */
export function readConfirmationParam(encoded: string): Confirmation | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(encoded));
    const parsed = confirmationSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The learner's certificate link with the trainer's confirmation added: `…#c=…&id=…&t=…`. */
export function confirmedCertificateUrl(certificateUrl: string, confirmation: Confirmation): string {
  const [base, fragment = ''] = certificateUrl.split('#');
  const params = new URLSearchParams(fragment);
  return `${base}#c=${params.get('c')}&id=${params.get('id')}&t=${confirmationParam(confirmation)}`;
}

export type FragmentConfirmation = { status: 'none' } | { status: 'malformed' } | { status: 'present'; confirmation: Confirmation };

/** The confirmation in a verify-page fragment, if there is one. */
export function confirmationInFragment(fragment: string): FragmentConfirmation {
  const encoded = new URLSearchParams(fragment.replace(/^#/, '')).get('t');
  if (encoded === null) return { status: 'none' };
  const confirmation = readConfirmationParam(encoded);
  return confirmation ? { status: 'present', confirmation } : { status: 'malformed' };
}
