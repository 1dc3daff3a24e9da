import { decode as fromBase45, encode as toBase45 } from '@digitalbazaar/base45';
import { z } from '../zod';
import { decodeDigested, encodeDigested, type ReportProblem } from '../digested-report';
import { sha256, toBase64Url } from '../encoding';
import { isValidName } from '../learner/learner';
import { dayNumber } from './report-day';
import type { ModuleProgress } from '../learner/progress';

/**
 * A learner's progress as they hand it to their trainer, by QR code or file. Keys are one letter and modules are
 * tuples so that a report of a whole course stays a QR code a phone camera reads at arm's length.
 * Its digest shows an accidental or careless edit; it is not a signature: anyone can make a new valid report.
 */

/** Bumped when the shape changes; a report from a newer app is refused with a message, not half-read. */
export const CLASS_REPORT_VERSION = 1;
/** A report of every course is under 2 KB; a QR code cannot hold more than 3 KB. */
export const MAX_CLASS_REPORT_BYTES = 8 * 1024;


/** One module a learner has started: [index in the course, 1 in progress | 2 completed, best score, minutes, days ago]. */
const reportedModuleSchema = z.tuple([
  /** Position of the module in the course, from 0, as the site lists it. */
  z.int().min(0).max(59),
  /** 1: started, 2: passed. Modules not started are left out. */
  z.union([z.literal(1), z.literal(2)]),
  /** Best quiz score in percent; null before any attempt. */
  z.int().min(0).max(100).nullable(),
  /** Minutes spent reading. */
  z.int().min(0).max(100_000),
  /** Day of the last change (completion if passed), as days before the report was made: small numbers, few bytes. */
  z.int().min(0).max(100_000),
]);
export type ReportedModule = z.infer<typeof reportedModuleSchema>;

const reportBodySchema = z.strictObject({
  /** Format version. */
  v: z.literal(CLASS_REPORT_VERSION),
  /** Stable learner key: derived from the profile id, so the profile id itself is not handed out. */
  k: z.string().regex(/^[A-Za-z0-9_-]{12}$/),
  /** The learner's name as they typed it; shown as text only. */
  n: z.string().max(40).refine(isValidName, 'name'),
  /** When the report was made (ISO time, seconds). */
  t: z.iso.datetime(),
  /** Courses reported, each with the modules the learner started. */
  c: z
    .array(
      z.strictObject({
        /** Course slug. */
        s: z.string().regex(/^[a-z0-9-]{1,80}$/),
        m: z.array(reportedModuleSchema).max(60),
      }),
    )
    .min(1)
    .max(30)
    // A course or a module named twice would make two roster lines disagree about one thing.
    .refine((courses) => new Set(courses.map((c) => c.s)).size === courses.length, 'course twice')
    .refine((courses) => courses.every((c) => new Set(c.m.map(([index]) => index)).size === c.m.length), 'module twice'),
});

/**
 * The report as carried: its body and `h`, the first 128 bits of the SHA-256 of the body's canonical JSON, base64url.
 * 128 bits make an accidental match impossible in practice; the full 256 would only make the QR code bigger.
 */
export const classReportSchema = reportBodySchema.extend({ h: z.string().regex(/^[A-Za-z0-9_-]{22}$/) }).strict();
export type ClassReport = z.infer<typeof classReportSchema>;
export type ClassReportBody = z.infer<typeof reportBodySchema>;

/** The learner's key in a trainer's class: the same for a profile on every device, and not its id. */
export async function learnerKey(profileId: string): Promise<string> {
  return toBase64Url(await sha256(`hoc-so/class-learner/${profileId}`)).slice(0, 12);
}

/** A course as the report needs it: its slug and module ids in the order the site lists them. */
export interface ReportCourse {
  slug: string;
  moduleIds: string[];
}

/** The report body for one learner's progress in the given courses; courses not started are left out. */
export function buildClassReport(
  learner: { key: string; name: string },
  courses: readonly ReportCourse[],
  progress: readonly ModuleProgress[],
  now: string,
): ClassReportBody | undefined {
  const byModule = new Map(progress.map((p) => [p.moduleId, p]));
  const today = dayNumber(now);
  const reported = courses
    .map((course) => ({
      s: course.slug,
      m: course.moduleIds.flatMap((id, index): ReportedModule[] => {
        const p = byModule.get(id);
        if (!p || p.status === 'not-started') return [];
        return [[index, p.status === 'completed' ? 2 : 1, p.bestScore, Math.round(p.secondsSpent / 60), Math.max(0, today - dayNumber(p.completedAt ?? p.updatedAt))]];
      }),
    }))
    .filter((course) => course.m.length > 0);
  if (reported.length === 0) return undefined;
  return { v: CLASS_REPORT_VERSION, k: learner.key, n: learner.name, t: `${now.slice(0, 19)}Z`, c: reported };
}

/** The text put in the QR code and the file: compact JSON with the digest last. */
export function encodeClassReport(body: ClassReportBody): Promise<string> {
  return encodeDigested(reportBodySchema, body);
}

/**
 * Starts a report packed for a QR code: the same JSON, deflated, in base45 (RFC 9285). Base45 uses only the characters
 * of a QR code's alphanumeric mode (5.5 bits each, not 8), so the code has far fewer, larger modules than the JSON would
 * need and a phone reads it from another phone's screen or a projected image.
 */
export const PACKED_REPORT_PREFIX = 'HS1:';

async function throughStream(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    // A few bytes can inflate to gigabytes: stop reading as soon as it is bigger than any real report.
    if (total > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) out.set(chunk, (at += chunk.length) - chunk.length);
  return out;
}

/** The QR code's text for a report made by `encodeClassReport`: prefix, then deflate-raw in base45. */
export async function packClassReport(encoded: string): Promise<string> {
  const deflated = await throughStream(new TextEncoder().encode(encoded), new CompressionStream('deflate-raw'), MAX_CLASS_REPORT_BYTES);
  if (!deflated) throw new RangeError('report too big');
  return PACKED_REPORT_PREFIX + toBase45(deflated);
}

/** The JSON inside a packed report; `too-big` when it inflates past any real report, `not-report` when it is damaged. */
async function unpackClassReport(packed: string): Promise<string | 'too-big' | 'not-report'> {
  let inflated: Uint8Array | undefined;
  try {
    const deflated = fromBase45(packed.slice(PACKED_REPORT_PREFIX.length)) as Uint8Array<ArrayBuffer>;
    inflated = await throughStream(deflated, new DecompressionStream('deflate-raw'), MAX_CLASS_REPORT_BYTES);
    if (!inflated) return 'too-big';
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return 'not-report';
  }
}

/** Why a report was refused; each has a message in both languages (`class.error.<problem>`). */
export type ClassReportProblem = ReportProblem;

export type DecodedClassReport = { ok: true; report: ClassReport } | { ok: false; problem: ClassReportProblem };

/**
 * Reads a report from a QR code or file and checks all of it, digest included, before anything is kept. Takes the packed
 * text of today's QR codes and the plain JSON of report files (and of the QR codes made before packing).
 */
export async function decodeClassReport(carried: string): Promise<DecodedClassReport> {
  if (new TextEncoder().encode(carried).length > MAX_CLASS_REPORT_BYTES) return { ok: false, problem: 'too-big' };
  const text = carried.startsWith(PACKED_REPORT_PREFIX) ? await unpackClassReport(carried) : carried;
  if (text === 'too-big' || text === 'not-report') return { ok: false, problem: text };
  return decodeDigested(text, { maxBytes: MAX_CLASS_REPORT_BYTES, version: CLASS_REPORT_VERSION, keys: [], schema: classReportSchema });
}
