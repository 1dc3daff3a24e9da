import { base58 } from '@scure/base';
import { fromBase64Url } from '../encoding';
import type { TrainerKeyAlgorithm } from './countersign';

/**
 * A trainer's public key as a `did:key` (W3C CCG did:key method): the key itself is the identifier, so a verifier
 * needs no server and no registry to find it, only this string. multibase base58btc ('z') of the multicodec-prefixed
 * key: ed25519-pub (0xed, varint ed 01) with the 32 raw bytes; p256-pub (0x1200, varint 80 24) with the 33-byte
 * compressed point.
 */
const MULTICODEC: Record<TrainerKeyAlgorithm, number[]> = { Ed25519: [0xed, 0x01], 'ECDSA-P256': [0x80, 0x24] };

/** An uncompressed P-256 point (04 ‖ X ‖ Y) as its compressed form (02|03 ‖ X): the parity of Y picks the prefix. */
function compressP256(raw: Uint8Array): Uint8Array {
  if (raw.length !== 65 || raw[0] !== 0x04) throw new Error('not an uncompressed P-256 public key');
  return Uint8Array.from([raw[64]! & 1 ? 0x03 : 0x02, ...raw.subarray(1, 33)]);
}

/** The multibase part of the did:key, also used as the fragment of its verification method. */
function multibaseKey(algorithm: TrainerKeyAlgorithm, publicKey: string): string {
  const raw = fromBase64Url(publicKey);
  const key = algorithm === 'Ed25519' ? raw : compressP256(raw);
  return `z${base58.encode(Uint8Array.from([...MULTICODEC[algorithm], ...key]))}`;
}

/** `did:key:z…` of a trainer's raw public key (base64url), and the id of its verification method (`…#z…`). */
export function didKeyOf(algorithm: TrainerKeyAlgorithm, publicKey: string): { did: string; verificationMethod: string } {
  const multibase = multibaseKey(algorithm, publicKey);
  return { did: `did:key:${multibase}`, verificationMethod: `did:key:${multibase}#${multibase}` };
}
