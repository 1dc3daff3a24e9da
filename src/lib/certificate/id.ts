import { sha256, toHex } from '../encoding';

// Apart from the payload schema, so the learner database can name a certificate without loading zod.

/** JSON with keys in a fixed order, so the same certificate always has the same bytes and digest. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The certificate ID: lower-case hex SHA-256 of the canonical payload. It takes any JSON value, so this module needs
 * nothing from payload.ts, which imports it.
 */
export async function certificateId(payload: unknown): Promise<string> {
  return toHex(await sha256(canonicalJson(payload)));
}
