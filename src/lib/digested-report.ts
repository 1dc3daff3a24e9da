// A report a learner or volunteer hands on by QR code or file: compact JSON whose `h` is a digest of the rest. The class
// report and the logbook's weekly report are both carried this way. The digest shows an accidental or careless edit;
// it is not a signature: anyone can make a new valid report.

import type { z } from './zod';
import { canonicalJson } from './certificate/payload';
import { sha256, toBase64Url } from './encoding';

/** Why a report was refused. */
export type ReportProblem = 'too-big' | 'not-report' | 'newer-version' | 'invalid' | 'altered';

/** The first 128 bits of the SHA-256 of the body's canonical JSON, base64url: an accidental match is impossible in practice. */
export async function reportDigest(body: object): Promise<string> {
  return toBase64Url((await sha256(canonicalJson(body))).slice(0, 16));
}

/** The text put in the QR code and the file: the checked body as compact JSON, with the digest last. */
export async function encodeDigested<B extends object>(schema: z.ZodType<B>, body: B): Promise<string> {
  const checked = schema.parse(body);
  return JSON.stringify({ ...checked, h: await reportDigest(checked) });
}

interface ReportFormat<R extends { h: string; v: number }> {
  /** Over this, it is not one of ours. */
  maxBytes: number;
  /** The newest format version this app reads. */
  version: number;
  /** Keys only this kind of report has, besides `h` and `v`: another report is "not a report", not "invalid". */
  keys: string[];
  schema: z.ZodType<R>;
}

/** Reads a report and checks all of it, digest included, before anything is kept. */
export async function decodeDigested<R extends { h: string; v: number }>(
  text: string,
  format: ReportFormat<R>,
): Promise<{ ok: true; report: R } | { ok: false; problem: ReportProblem }> {
  if (new TextEncoder().encode(text).length > format.maxBytes) return { ok: false, problem: 'too-big' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-report' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !['h', 'v', ...format.keys].every((key) => key in data)) {
    return { ok: false, problem: 'not-report' };
  }
  const version = (data as { v?: unknown }).v;
  if (typeof version === 'number' && version > format.version) return { ok: false, problem: 'newer-version' };
  const parsed = format.schema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  const { h, ...body } = parsed.data;
  if ((await reportDigest(body)) !== h) return { ok: false, problem: 'altered' };
  return { ok: true, report: parsed.data };
}
