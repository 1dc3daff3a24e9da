import { z } from '../zod';
import { confirmationSchema } from '../certificate/countersign';
import { certificatePayloadSchema } from '../certificate/payload';
import { logEntrySchema } from '../logbook/entry';
import { AVATARS, isValidName, type LearnerData, type Profile } from './learner';

/** Names the file format, so any other JSON file is refused before it is read further. */
export const BACKUP_FORMAT = 'hoc-so-backup';
/**
 * Bumped when the file's shape changes; a file from a newer app is refused with a message, not half-read.
 * 2: certificates carry their payload (what was printed) and a trainer's confirmation.
 * 3: no PIN hash (a restored profile sets its PIN again); a profile carries its recovery key; the volunteer's logbook.
 * Files of versions 1 and 2 are still read; their PIN hashes are dropped on reading, their logbook is empty.
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

/** A profile as a backup carries it: never its PIN hash nor its count of wrong PINs. */
export const profileSchema = z.strictObject({
  id,
  name: z.string().refine(isValidName, 'a name is 1–40 characters of plain text'),
  avatar: z.enum(AVATARS),
  createdAt: time,
  /** The profile's recovery key (see Profile.recoveryKey). */
  recoveryKey: z.string().regex(/^[0-9a-f]{32}$/),
});
/** Versions 1 and 2 carried the PIN hash and no recovery key. */
const profileV2Schema = profileSchema.omit({ recoveryKey: true }).extend({ pin: pinSchema.nullable() });

/** A profile as read from any backup version: an old file has no recovery key. */
export type BackupProfile = Omit<z.infer<typeof profileSchema>, 'recoveryKey'> & { recoveryKey: string | null };

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

/** Quiz attempts noted before they were saved (see pending-attempts.ts), checked like a backup's rows; [] if not. */
export function readPendingAttempts(text: string): z.infer<typeof attemptSchema>[] {
  try {
    const parsed = z.array(attemptSchema).max(100).safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const certificateV1Schema = z.strictObject({
  id,
  profileId: id,
  course: z.string().regex(/^[a-z0-9-]{1,80}$/),
  issuedAt: time,
});

export const certificateSchema = certificateV1Schema
  .extend({ payload: certificatePayloadSchema.nullable(), confirmation: confirmationSchema.nullable() })
  .refine((row) => row.payload === null || row.payload.course === row.course, { path: ['payload', 'course'], message: 'not the row’s course' });

function tablesOf<V extends number, P extends z.ZodType<{ id: string }>, C extends z.ZodType<{ profileId: string }>>(version: V, profile: P, certificate: C) {
  return {
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(version),
    exportedAt: time,
    profiles: z.array(profile).min(1).max(100),
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
  .strictObject({ ...tablesOf(BACKUP_VERSION, profileSchema, certificateSchema), logbook: z.array(logEntrySchema).max(50_000) })
  .superRefine(ownedByProfiles);
/** A file made before profiles dropped their PIN hash and before the logbook; read, then brought to today's shape. */
const backupV2Schema = z.strictObject(tablesOf(2, profileV2Schema, certificateSchema)).superRefine(ownedByProfiles);
/** A file made before certificates kept their payload; read, then brought to today's shape. */
const backupV1Schema = z.strictObject(tablesOf(1, profileV2Schema, certificateV1Schema)).superRefine(ownedByProfiles);

/** A backup as read: any version, in today's shape; profiles of an old file have no recovery key. */
export type Backup = Omit<z.infer<typeof backupSchema>, 'profiles'> & { profiles: BackupProfile[] };

// The schema's rows are the stored rows: a change to one without the other fails type-checking here.
true satisfies Omit<z.infer<typeof profileSchema>, 'recoveryKey'> extends Omit<Profile, 'pin' | 'pinLock' | 'recoveryKey'> ? true : false;
true satisfies LearnerData['progress'][number] extends Backup['progress'][number] ? true : false;
true satisfies Backup['certificates'][number] extends LearnerData['certificates'][number] ? true : false;
true satisfies Backup['logbook'][number] extends LearnerData['logbook'][number] ? true : false;

/** Why a file was refused; each has a message in both languages (`backup.error.<reason>`). */
export type BackupProblem = 'too-big' | 'not-json' | 'not-backup' | 'newer-version' | 'invalid';

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem; detail: string; where?: BackupPlace };

/** Where in a file a refused value is, as a person would look for it: whose, which module or course, which field. */
export interface BackupPlace {
  /** The learner's name as the file gives it, when the row belongs to one. */
  learner?: string;
  /** `course/module` of the row, when it has one. */
  module?: string;
  /** A certificate's course slug, when the row is a certificate. */
  course?: string;
  /** The field's name, e.g. `completedAt`, `position.at`. */
  field: string;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type RawRow = { profileId?: unknown; moduleId?: unknown; course?: unknown; id?: unknown; name?: unknown };

/** The learner, module and field that `path` points to in a file's raw data. */
export function placeOf(data: unknown, path: readonly PropertyKey[]): BackupPlace {
  const [table, index, ...rest] = path;
  const tables = data as Record<string, RawRow[] | undefined>;
  const row = typeof table === 'string' && typeof index === 'number' ? tables?.[table]?.[index] : undefined;
  const field = (typeof index === 'number' ? rest : path).map(String).join('.') || String(table ?? '');
  if (!row || typeof row !== 'object') return { field };
  const profileId = table === 'profiles' ? row.id : row.profileId;
  const profile = Array.isArray(tables.profiles) ? tables.profiles.find((p) => p && p.id === profileId) : undefined;
  return {
    field,
    ...(typeof profile?.name === 'string' && { learner: profile.name }),
    ...(typeof row.moduleId === 'string' && { module: row.moduleId }),
    ...(typeof row.course === 'string' && { course: row.course }),
  };
}

function invalid(data: unknown, error: z.ZodError): ParsedBackup {
  const issue = error.issues[0];
  // A field that must not be there is named by the issue's keys, not its path.
  const path = [...(issue?.path ?? []), ...(issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
  return { ok: false, problem: 'invalid', detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`, where: placeOf(data, path) };
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
  // An old file's PIN hash is dropped: a PIN is set again on the device (it could be tried against offline).
  const withoutPin = ({ pin: _pin, ...profile }: z.infer<typeof profileV2Schema>): BackupProfile => ({ ...profile, recoveryKey: null });
  if (version === 1) {
    const old = backupV1Schema.safeParse(data);
    if (!old.success) return invalid(data, old.error);
    // A v1 certificate row holds no payload nor confirmation: it stays, and is issued again from the learner's progress.
    const certificates = old.data.certificates.map((row) => ({ ...row, payload: null, confirmation: null }));
    return { ok: true, backup: { ...old.data, version: BACKUP_VERSION, profiles: old.data.profiles.map(withoutPin), certificates, logbook: [] } };
  }
  if (version === 2) {
    const old = backupV2Schema.safeParse(data);
    if (!old.success) return invalid(data, old.error);
    return { ok: true, backup: { ...old.data, version: BACKUP_VERSION, profiles: old.data.profiles.map(withoutPin), logbook: [] } };
  }
  const result = backupSchema.safeParse(data);
  if (!result.success) return invalid(data, result.error);
  return { ok: true, backup: result.data };
}

/** A backup file's content for the given data: no PIN hash, no count of wrong PINs. */
export function makeBackup(data: LearnerData, now: string): z.infer<typeof backupSchema> {
  const profiles = data.profiles.map(({ id, name, avatar, createdAt, recoveryKey }) => ({ id, name, avatar, createdAt, recoveryKey }));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, ...data, profiles };
}
