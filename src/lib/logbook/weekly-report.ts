import { z } from '../zod';
import { decodeDigested, encodeDigested, type ReportProblem } from '../digested-report';
import { sha256, toBase64Url } from '../encoding';
import { isValidName } from '../learner/learner';
import { helpKindId, noteSchema, REASONS, RESULTS, TAGS, type LogEntry } from './entry';
import { inWeek } from './week';

/**
 * A volunteer's week as they send it to their team leader, by QR code or file. One-letter keys and counts as tuples
 * keep it a QR code a phone reads from a screen. It carries counts and the week's difficulties, never a resident.
 * It is carried like the class report (src/lib/digested-report.ts).
 */

/** Bumped when the shape changes; a report from a newer app is refused with a message, not half-read. */
export const WEEKLY_REPORT_VERSION = 1;
/** A full week with every difficulty is under 5 KB; anything much bigger is not ours. */
export const MAX_WEEKLY_REPORT_BYTES = 16 * 1024;
/** Difficulties carried in one report; more would not fit a QR code, and the file says the same. */
export const MAX_DIFFICULTIES = 20;

const count = z.int().min(0).max(10_000);

const reportBodySchema = z.strictObject({
  /** Format version. */
  v: z.literal(WEEKLY_REPORT_VERSION),
  /** Stable volunteer key derived from the profile id: the same every week, and not the id itself. */
  k: z.string().regex(/^[A-Za-z0-9_-]{12}$/),
  /** The volunteer's name as they typed it; shown as text only. */
  n: z.string().max(40).refine(isValidName, 'name'),
  /** The Monday the week starts on. */
  w: z.iso.date().refine((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1, 'not a Monday'),
  /** When the report was made (ISO time, seconds): a newer report of the same week replaces an older one. */
  t: z.iso.datetime(),
  /** Per kind of help: [kind, done, handed to an officer, could not]. */
  c: z
    .array(z.tuple([helpKindId, count, count, count]))
    .max(50)
    .refine((rows) => new Set(rows.map(([kind]) => kind)).size === rows.length, 'a kind twice'),
  /** Why help could not be given: [reason, times]. */
  r: z.array(z.tuple([z.enum(REASONS), count])).max(REASONS.length),
  /** Residents helped per tag: [tag, times]. */
  g: z.array(z.tuple([z.enum(TAGS), count])).max(TAGS.length),
  /** The difficulties written that week, oldest first. */
  d: z.array(noteSchema.refine((note) => note.trim() !== '', 'empty')).max(MAX_DIFFICULTIES),
});

/** The report as carried: its body and `h`, its digest. */
export const weeklyReportSchema = reportBodySchema.extend({ h: z.string().regex(/^[A-Za-z0-9_-]{22}$/) }).strict();
export type WeeklyReport = z.infer<typeof weeklyReportSchema>;
export type WeeklyReportBody = z.infer<typeof reportBodySchema>;
/** Counts of one kind of help: done, handed to an officer, could not. */
export type ResultCounts = [done: number, handedOver: number, couldNot: number];

/** The volunteer's key in their team's reports: the same for a profile on every device, and not its id. */
export async function volunteerKey(profileId: string): Promise<string> {
  return toBase64Url(await sha256(`hoc-so/logbook-volunteer/${profileId}`)).slice(0, 12);
}

function tally<K extends string>(keys: readonly K[], values: (K | null)[]): [K, number][] {
  return keys.map((key): [K, number] => [key, values.filter((v) => v === key).length]).filter(([, n]) => n > 0);
}

/** The report of the week starting `monday`, from the volunteer's logbook; kinds in the order given. */
export function buildWeeklyReport(
  volunteer: { key: string; name: string },
  monday: string,
  entries: readonly LogEntry[],
  kindOrder: readonly string[],
  now: string,
): WeeklyReportBody {
  const week = entries.filter((e) => inWeek(e.day, monday)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const kinds = [...new Set([...kindOrder, ...week.map((e) => e.kind)])].filter((kind) => week.some((e) => e.kind === kind));
  return {
    v: WEEKLY_REPORT_VERSION,
    k: volunteer.key,
    n: volunteer.name,
    w: monday,
    t: `${now.slice(0, 19)}Z`,
    c: kinds.map((kind) => {
      const of = week.filter((e) => e.kind === kind);
      return [kind, ...RESULTS.map((result) => of.filter((e) => e.result === result).length)] as [string, number, number, number];
    }),
    r: tally(REASONS, week.map((e) => e.reason)),
    g: tally(TAGS, week.flatMap((e) => e.tags)),
    d: week.map((e) => e.note.trim()).filter((note) => note !== '').slice(-MAX_DIFFICULTIES),
  };
}

/** The text put in the QR code and the file: compact JSON with the digest last. */
export function encodeWeeklyReport(body: WeeklyReportBody): Promise<string> {
  return encodeDigested(reportBodySchema, body);
}

/** Why a report was refused; each has a message in both languages (`team.error.<problem>`). */
export type WeeklyReportProblem = ReportProblem;

export type DecodedWeeklyReport = { ok: true; report: WeeklyReport } | { ok: false; problem: WeeklyReportProblem };

/** Reads a report from a QR code or file and checks all of it, digest included, before anything is kept. */
export function decodeWeeklyReport(text: string): Promise<DecodedWeeklyReport> {
  return decodeDigested(text, { maxBytes: MAX_WEEKLY_REPORT_BYTES, version: WEEKLY_REPORT_VERSION, keys: ['w'], schema: weeklyReportSchema });
}

/** A team's file holds every report its leader merged: up to a year of a large team's weeks. */
export const MAX_TEAM_FILE_BYTES = 2 * 1024 * 1024;

export type DecodedReportFile = { ok: true; reports: WeeklyReport[] } | { ok: false; problem: WeeklyReportProblem };

/** A team's reports as one file, merged on another device like a volunteer's file. */
export function encodeTeamFile(reports: readonly WeeklyReport[]): string {
  return JSON.stringify(reports);
}

/** A file a volunteer saved (one report) or a team leader saved (a list): checked whole, one bad report refuses it all. */
export async function decodeReportFile(text: string): Promise<DecodedReportFile> {
  if (!text.trimStart().startsWith('[')) {
    const one = await decodeWeeklyReport(text);
    return one.ok ? { ok: true, reports: [one.report] } : one;
  }
  if (new TextEncoder().encode(text).length > MAX_TEAM_FILE_BYTES) return { ok: false, problem: 'too-big' };
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-report' };
  }
  if (!Array.isArray(items) || items.length === 0) return { ok: false, problem: 'not-report' };
  const reports: WeeklyReport[] = [];
  for (const item of items) {
    const one = await decodeWeeklyReport(JSON.stringify(item));
    if (!one.ok) return one;
    reports.push(one.report);
  }
  return { ok: true, reports };
}
