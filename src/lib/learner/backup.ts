import { z } from '../zod';
import { confirmationSchema } from '../certificate/countersign';
import { certificatePayloadSchema } from '../certificate/payload';
import { logEntrySchema } from '../logbook/entry';
import { AVATARS, isValidName, type LearnerData } from './learner';

/** Names the file format, so any other JSON file is refused before it is read further. */
export const BACKUP_FORMAT = 'hoc-so-backup';
/**
 * Bumped when the file's shape changes; a file from a newer app is refused with a message, not half-read.
 * 2: certificates carry their payload (what was printed) and a trainer's confirmation.
 * 3: the volunteer's logbook. Files of versions 1 and 2 are still read.
 */
export const BACKUP_VERSION = 3;
/** A backup of a whole family's progress is a few hundred KB; anything over this is not ours. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

const id = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const moduleId = z.string().regex(/^[a-z0-9-]{1,80}\/[a-z0-9-]{1,80}$/);
const time = z.iso.datetime({ offset: true });
const percent = z.int().min(0).max(100);

const pinSchema = z.strictObject({
  salt: z.base64().max(64),
  hash: z.base64().max(128),
  iterations: z.int().min(10_000).max(10_000_000),
});

export const profileSchema = z.strictObject({
  id,
  name: z.string().refine(isValidName, 'a name is 1–40 characters of plain text'),
  avatar: z.enum(AVATARS),
  pin: pinSchema.nullable(),
  createdAt: time,
});

export const progressSchema = z.strictObject({
  profileId: id,
  moduleId,
  status: z.enum(['not-started', 'in-progress', 'completed']),
  bestScore: percent.nullable(),
  attempts: z.int().min(0).max(100_000),
  secondsSpent: z.int().min(0).max(10_000_000),
  position: z
    .strictObject({
      heading: z.string().regex(/^[\p{L}\p{N}_-]{0,200}$/u),
      fraction: z.number().min(0).max(1),
      at: time,
    })
    .nullable(),
  updatedAt: time,
  completedAt: time.nullable(),
});

const answerSchema = z.union([z.int().min(0).max(50), z.array(z.int().min(0).max(50)).max(50), z.boolean()]);

export const attemptSchema = z.strictObject({
  id,
  profileId: id,
  moduleId,
  at: time,
  percent,
  passed: z.boolean(),
  answers: z.record(z.string().regex(/^[a-z0-9-]{1,80}$/), answerSchema),
});

const certificateV1Schema = z.strictObject({
  id,
  profileId: id,
  course: z.string().regex(/^[a-z0-9-]{1,80}$/),
  issuedAt: time,
});

export const certificateSchema = certificateV1Schema
  .extend({ payload: certificatePayloadSchema.nullable(), confirmation: confirmationSchema.nullable() })
  .refine((row) => row.payload === null || row.payload.course === row.course, { path: ['payload', 'course'], message: 'not the row’s course' });

function tablesOf<V extends number, C extends z.ZodType<{ profileId: string }>>(version: V, certificate: C) {
  return {
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(version),
    exportedAt: time,
    profiles: z.array(profileSchema).min(1).max(100),
    progress: z.array(progressSchema).max(20_000),
    attempts: z.array(attemptSchema).max(100_000),
    certificates: z.array(certificate).max(10_000),
  };
}

const OWNED_TABLES = ['progress', 'attempts', 'certificates', 'logbook'] as const;

/** Every row belongs to a profile of the file, and no two profiles share an id. */
function ownedByProfiles(backup: { profiles: { id: string }[] } & Partial<Record<(typeof OWNED_TABLES)[number], { profileId: string }[]>>, ctx: z.RefinementCtx) {
  const ids = new Set<string>();
  for (const [index, profile] of backup.profiles.entries()) {
    if (ids.has(profile.id)) ctx.addIssue({ code: 'custom', path: ['profiles', index, 'id'], message: 'two profiles have one id' });
    ids.add(profile.id);
  }
  for (const table of OWNED_TABLES) {
    (backup[table] ?? []).forEach((row, index) => {
      if (!ids.has(row.profileId)) ctx.addIssue({ code: 'custom', path: [table, index, 'profileId'], message: 'belongs to no profile in the file' });
    });
  }
}

export const backupSchema = z
  .strictObject({ ...tablesOf(BACKUP_VERSION, certificateSchema), logbook: z.array(logEntrySchema).max(50_000) })
  .superRefine(ownedByProfiles);
/** A file made before the logbook; read, then given an empty one. */
const backupV2Schema = z.strictObject(tablesOf(2, certificateSchema)).superRefine(ownedByProfiles);
/** A file made before certificates kept their payload; read, then brought to today's shape. */
const backupV1Schema = z.strictObject(tablesOf(1, certificateV1Schema)).superRefine(ownedByProfiles);

export type Backup = z.infer<typeof backupSchema>;

// The schema's rows are the stored rows: a change to one without the other fails type-checking here.
true satisfies Backup['profiles'][number] extends LearnerData['profiles'][number] ? true : false;
true satisfies LearnerData['progress'][number] extends Backup['progress'][number] ? true : false;
true satisfies Backup['certificates'][number] extends LearnerData['certificates'][number] ? true : false;
true satisfies Backup['logbook'][number] extends LearnerData['logbook'][number] ? true : false;

/** Why a file was refused; each has a message in both languages (`backup.error.<reason>`). */
export type BackupProblem = 'too-big' | 'not-json' | 'not-backup' | 'newer-version' | 'invalid';

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem; detail: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function invalid(error: z.ZodError): ParsedBackup {
  const issue = error.issues[0];
  return { ok: false, problem: 'invalid', detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` };
}

/** Reads a backup file's text and checks all of it before anything may be written. */
export function parseBackup(text: string): ParsedBackup {
  if (new TextEncoder().encode(text).length > MAX_BACKUP_BYTES) {
    return { ok: false, problem: 'too-big', detail: `over ${MAX_BACKUP_BYTES} bytes` };
  }
  let data: unknown;
  let forbidden = '';
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    });
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: String(error) };
  }
  if (forbidden) return { ok: false, problem: 'invalid', detail: `forbidden key "${forbidden}"` };
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: 'not-backup', detail: 'no "format": "hoc-so-backup"' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return { ok: false, problem: 'newer-version', detail: `version ${version}` };
  }
  if (version === 1) {
    const old = backupV1Schema.safeParse(data);
    if (!old.success) return invalid(old.error);
    // A v1 certificate row holds no payload nor confirmation: it stays, and is issued again from the learner's progress.
    const certificates = old.data.certificates.map((row) => ({ ...row, payload: null, confirmation: null }));
    return { ok: true, backup: { ...old.data, version: BACKUP_VERSION, certificates, logbook: [] } };
  }
  if (version === 2) {
    const old = backupV2Schema.safeParse(data);
    if (!old.success) return invalid(old.error);
    return { ok: true, backup: { ...old.data, version: BACKUP_VERSION, logbook: [] } };
  }
  const result = backupSchema.safeParse(data);
  if (!result.success) return invalid(result.error);
  return { ok: true, backup: result.data };
}

/** A backup file's content for the given data. */
export function makeBackup(data: LearnerData, now: string): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, ...data };
}
