import Dexie, { type EntityTable, type Table } from 'dexie';

export { liveQuery } from 'dexie';
import { certificateId } from '../lib/certificate/id';
import type { CertificatePayload } from '../lib/certificate/payload';
import { newRecoveryKey, type Attempt, type Certificate, type LearnerData, type Profile, type Setting } from '../lib/learner/learner';
import { afterPinAttempt, NO_PIN_LOCK, pinWaitLeft } from '../lib/learner/pin-lockout';
import { verifyPin, type PinHash } from '../lib/learner/pin';
import { planImport, type ImportPlan } from '../lib/learner/import-plan';
import type { Backup } from '../lib/learner/backup';
import { emptyProgress, withAttempt, withReading, type ModuleProgress, type ReadingPosition } from '../lib/learner/progress';
import { mergeBackups, profileClashes } from '../lib/learner/merge';
import { readingPreferencesKey } from '../lib/reading/reading-preferences';
import { forgetPendingLearner, notePendingLearner, pendingLearner } from './learner-choice-journal';
import type { Confirmation, TrainerKey, TrainerPublicKey } from '../lib/certificate/countersign';
import { DEFAULT_CLASS_ID, withReport, type RosterEntry, type RosterModule, type TrainerClass } from '../lib/trainer/roster';
import type { ClassReport } from '../lib/trainer/class-report';
import type { LogEntry } from '../lib/logbook/entry';
import type { WeeklyReport } from '../lib/logbook/weekly-report';
import { mergeTeamReports, type MergeOutcome } from '../lib/logbook/team-report';

import { DB_NAME, markLearnerData } from './learner-presence';
import { forgetPendingAttempts, pendingAttemptsText } from './attempt-journal';

export { DB_NAME };

export type LearnerDb = Dexie & {
  profiles: EntityTable<Profile, 'id'>;
  progress: Table<ModuleProgress, [string, string]>;
  attempts: EntityTable<Attempt, 'id'>;
  certificates: EntityTable<Certificate, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  trainerKeys: EntityTable<StoredTrainerKey, 'fingerprint'>;
  importedTrainerKeys: EntityTable<ImportedTrainerKey, 'fingerprint'>;
  classes: EntityTable<TrainerClass, 'id'>;
  roster: Table<RosterEntry, [string, string]>;
  logbook: EntityTable<LogEntry, 'id'>;
  teamReports: Table<TeamReportRow, [string, string, string]>;
};

/** A volunteer's weekly report a team leader merged, kept under the leader's profile. */
export interface TeamReportRow {
  leaderId: string;
  /** The volunteer's key and the week's Monday: one report each, the newer kept. */
  volunteer: string;
  week: string;
  report: WeeklyReport;
  mergedAt: string;
}

/** A trainer's own signing key; the private CryptoKey is stored as is (non-extractable keys survive structured clone). */
export type StoredTrainerKey = TrainerKey & { createdAt: string };
/** A trainer's public key the person verifying imported on this device, and so trusts. */
export type ImportedTrainerKey = TrainerPublicKey & { importedAt: string };

/** Opens (or creates) the learner database; every released schema stays here, oldest first. */
export function openLearnerDb(name = DB_NAME): LearnerDb {
  const db = new Dexie(name) as LearnerDb;
  // v1 (first release): profiles, progress per [profile+module], attempts, certificates, settings.
  db.version(1).stores({
    profiles: 'id, createdAt',
    progress: '[profileId+moduleId], profileId, updatedAt',
    attempts: 'id, profileId, [profileId+moduleId], at',
    certificates: 'id, profileId',
    settings: 'key',
  });
  // v2: certificates keep what was printed (payload) and are found by [profileId+course]; v1 rows get payload null.
  db.version(2)
    .stores({ certificates: 'id, profileId, [profileId+course]' })
    .upgrade((tx) =>
      tx
        .table('certificates')
        .toCollection()
        .modify((row: Partial<Certificate>) => {
          row.payload ??= null;
        }),
    );
  // v3: a trainer's classes and their roster, one row per [class+learner]; nothing older changes.
  db.version(3).stores({
    classes: 'id, createdAt',
    roster: '[classId+learnerId], classId, updatedAt',
  });
  // v4: a trainer's own signing keys, and trainers' public keys imported by someone checking certificates.
  db.version(4).stores({
    trainerKeys: 'fingerprint, createdAt',
    importedTrainerKeys: 'fingerprint',
  });
  // v5: a certificate keeps the trainer's confirmation the learner saved; existing rows get confirmation null.
  db.version(5)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('certificates')
        .toCollection()
        .modify((row: Partial<Certificate>) => {
          row.confirmation ??= null;
        }),
    );
  // ---- v6 (issue 16, a shared phone keeps each learner's secrets) ----
  // A profile keeps its count of wrong PINs (the wait survives a restart) and gets a random recovery key, which only
  // backups made while it is open carry (a forgotten PIN is reset by importing one). No index changes.
  db.version(6)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('profiles')
        .toCollection()
        .modify((row: Partial<Profile>) => {
          row.pinLock ??= NO_PIN_LOCK;
          row.recoveryKey ??= newRecoveryKey();
        }),
    );
  // ---- end of v6 ----
  // v7: the volunteer's logbook (help given, by profile and day) and the weekly reports a team leader merged.
  // New tables only: nothing older changes. (7, not 6: the PIN attempt counts were numbered 6 at the same time.)
  db.version(7).stores({
    logbook: 'id, profileId, [profileId+day]',
    teamReports: '[leaderId+volunteer+week], leaderId',
  });
  return db;
}

/** What went wrong with storage, in words the UI can explain. */
export type StorageProblem = 'full' | 'unavailable' | 'newer-version' | 'failed';

/** Sorts a storage error into something a learner can act on. */
export function storageProblem(error: unknown): StorageProblem {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  const names = [e?.name, e?.inner?.name];
  // Dexie wraps QuotaExceededError in AbortError (Chrome).
  if (names.includes('QuotaExceededError')) return 'full';
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'SecurityError')) return 'unavailable';
  if (names.some((n) => n === 'VersionError' || n === 'DatabaseClosedError')) return 'newer-version';
  if (names.includes('OpenFailedError')) return 'unavailable';
  return 'failed';
}

// ---- The live database and its state, shared by every island on the page.

type StorageState = 'ok' | 'unavailable' | 'newer-version' | 'blocked';
let state: StorageState = 'ok';
const listeners = new Set<() => void>();
function setState(next: StorageState) {
  if (state === next) return;
  state = next;
  listeners.forEach((l) => l());
}
export const storageState = {
  get: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

let instance: LearnerDb | undefined;

/** The page's database; it marks storage unavailable when the browser has no IndexedDB. */
export function learnerDb(): LearnerDb {
  if (!instance) {
    instance = openLearnerDb();
    instance.on('versionchange', () => {
      // A newer version of the site opened in another tab: step aside, and ask this tab to reload.
      instance?.close();
      setState('newer-version');
      return false;
    });
    // An old version of the site in another tab that does not let go of the database holds up this upgrade;
    // Dexie resumes by itself once that tab closes or reloads.
    instance.on('blocked', () => setState('blocked'));
    instance.open().then(
      () => {
        if (state === 'blocked') setState('ok');
      },
      (error: unknown) => {
        const problem = storageProblem(error);
        setState(problem === 'newer-version' ? 'newer-version' : 'unavailable');
      },
    );
  }
  return instance;
}

const now = () => new Date().toISOString();

// ---- Settings

export const ACTIVE_PROFILE = 'activeProfile';
export const GUEST = 'guest';
export const IDLE_MINUTES = 'idleMinutes';
const PERSIST_ASKED = 'persistAsked';

export async function getSetting(key: string): Promise<Setting['value'] | undefined> {
  return (await learnerDb().settings.get(key))?.value;
}
export async function setSetting(key: string, value: Setting['value']): Promise<void> {
  // Choosing a learner or guest mode is told to other pages at once (before the write, which a page left at once may
  // still finish): pages skip the database when the hint says no one learns here.
  if (key === ACTIVE_PROFILE) markLearnerData(true);
  // The choice itself is noted too: a page left at once can abort the write, and the next page then saves it.
  const choice = key === ACTIVE_PROFILE && typeof value === 'string' ? value : undefined;
  if (choice !== undefined) notePendingLearner(choice);
  await learnerDb().settings.put({ key, value });
  if (choice !== undefined) forgetPendingLearner(choice);
}

/** Saves the choice of learner a page was left on before it was stored; a profile deleted since is not chosen. */
export async function savePendingLearner(): Promise<void> {
  const choice = pendingLearner();
  if (choice === null) return;
  const db = learnerDb();
  if (choice === GUEST || (await db.profiles.get(choice))) await db.settings.put({ key: ACTIVE_PROFILE, value: choice });
  forgetPendingLearner(choice);
}

/** No one learns on this device until someone is chosen again; a choice still waiting to be saved is dropped with it. */
export async function signOut(): Promise<void> {
  forgetPendingLearner();
  await learnerDb().settings.delete(ACTIVE_PROFILE);
}

// ---- Profiles

export async function createProfile(profile: Omit<Profile, 'createdAt' | 'pinLock' | 'recoveryKey'>): Promise<Profile> {
  const row: Profile = { ...profile, pinLock: NO_PIN_LOCK, recoveryKey: newRecoveryKey(), createdAt: now() };
  const db = learnerDb();
  markLearnerData(true);
  await db.transaction('rw', db.profiles, db.settings, async () => {
    await db.profiles.add(row);
    await db.settings.put({ key: ACTIVE_PROFILE, value: row.id });
  });
  return row;
}

/** What came of typing a PIN: the profile opens, the PIN was wrong, or the profile still waits (ms left). */
export type PinTry = { result: 'right' } | { result: 'wrong'; waitMs: number } | { result: 'waiting'; waitMs: number };

/**
 * Checks a PIN for a profile, counting wrong ones with the profile so a reload does not reset the wait. While the
 * profile waits, no PIN is checked at all, the right one included. Opening is left to the caller.
 */
export async function tryPin(profileId: string, pin: string): Promise<PinTry> {
  const db = learnerDb();
  const profile = await db.profiles.get(profileId);
  if (!profile?.pin) return { result: 'right' };
  const waiting = pinWaitLeft(profile.pinLock, Date.now());
  if (waiting > 0) return { result: 'waiting', waitMs: waiting };
  // PBKDF2 takes a moment and cannot run inside an IndexedDB transaction: check first, then count.
  const right = await verifyPin(pin, profile.pin);
  const lock = await db.transaction('rw', db.profiles, async () => {
    const current = await db.profiles.get(profileId);
    if (!current) return NO_PIN_LOCK;
    const next = afterPinAttempt(current.pinLock, right, Date.now());
    await db.profiles.update(profileId, { pinLock: next });
    return next;
  });
  return right ? { result: 'right' } : { result: 'wrong', waitMs: pinWaitLeft(lock, Date.now()) };
}

/** Opens a profile after its right PIN: it becomes the one learning on this device. */
export async function openWithPin(profileId: string, pin: string): Promise<PinTry> {
  const outcome = await tryPin(profileId, pin);
  if (outcome.result === 'right') await setSetting(ACTIVE_PROFILE, profileId);
  return outcome;
}

/** Sets, changes or removes the PIN of the profile open now; another profile's PIN cannot be changed. */
export async function setPin(profileId: string, pin: PinHash | null): Promise<boolean> {
  const db = learnerDb();
  return db.transaction('rw', db.profiles, db.settings, async () => {
    if ((await db.settings.get(ACTIVE_PROFILE))?.value !== profileId) return false;
    return (await db.profiles.update(profileId, { pin, pinLock: NO_PIN_LOCK })) === 1;
  });
}

/** Removes a profile and every row that belongs to it, in one transaction. */
export async function deleteProfile(profileId: string): Promise<void> {
  const db = learnerDb();
  await db.transaction('rw', [db.profiles, db.progress, db.attempts, db.certificates, db.settings, db.logbook, db.teamReports], async () => {
    await db.progress.where('profileId').equals(profileId).delete();
    await db.logbook.where('profileId').equals(profileId).delete();
    await db.teamReports.where('leaderId').equals(profileId).delete();
    await db.attempts.where('profileId').equals(profileId).delete();
    await db.certificates.where('profileId').equals(profileId).delete();
    await db.profiles.delete(profileId);
    await db.settings.delete(readingPreferencesKey(profileId));
    if ((await db.settings.get(ACTIVE_PROFILE))?.value === profileId) await db.settings.delete(ACTIVE_PROFILE);
  });
}

// ---- Progress

async function progressOf(profileId: string, moduleId: string): Promise<ModuleProgress> {
  return (await learnerDb().progress.get([profileId, moduleId])) ?? emptyProgress(profileId, moduleId, now());
}

/**
 * Stores a quiz attempt and the progress it makes, together. Returns the updated progress. An attempt whose id is
 * already stored (one noted before leaving a page, saved again) is not counted twice.
 */
export async function recordAttempt(attempt: Omit<Attempt, 'id' | 'at'> & Partial<Pick<Attempt, 'id' | 'at'>>): Promise<ModuleProgress> {
  const db = learnerDb();
  const row: Attempt = { id: crypto.randomUUID(), at: now(), ...attempt };
  const progress = await db.transaction('rw', db.attempts, db.progress, async () => {
    const current = await progressOf(row.profileId, row.moduleId);
    if (await db.attempts.get(row.id)) return current;
    const next = withAttempt(current, row);
    await db.attempts.add(row);
    await db.progress.put(next);
    return next;
  });
  forgetPendingAttempts([row.id]);
  if (progress.status === 'completed') void askPersistence();
  return progress;
}

export async function recordReading(
  profileId: string,
  moduleId: string,
  position: Omit<ReadingPosition, 'at'>,
  addSeconds: number,
): Promise<void> {
  const db = learnerDb();
  await db.transaction('rw', db.progress, async () => {
    await db.progress.put(withReading(await progressOf(profileId, moduleId), { ...position, at: now() }, addSeconds));
  });
}

/**
 * Saves the quiz attempts noted on a page the learner left before they were stored (see attempt-journal.ts); an
 * attempt of a profile deleted since is dropped with it.
 */
export async function savePendingAttempts(): Promise<void> {
  const text = pendingAttemptsText();
  if (!text) return;
  // The checker (zod) is loaded only when something waits, which is rare.
  const pending = (await import('../lib/learner/backup')).readPendingAttempts(text);
  const profiles = new Set(await learnerDb().profiles.bulkGet(pending.map((a) => a.profileId)).then((rows) => rows.flatMap((p) => (p ? [p.id] : []))));
  for (const attempt of pending) {
    if (profiles.has(attempt.profileId)) await recordAttempt(attempt);
  }
  // A note that does not read as attempts is dropped whole: it was not written by this app.
  forgetPendingAttempts(pending.length ? pending.map((a) => a.id) : 'all');
}

/** Asks the browser once to keep this site's data when space runs low, after the first completed module. */
async function askPersistence(): Promise<void> {
  try {
    if ((await getSetting(PERSIST_ASKED)) || !navigator.storage?.persist) return;
    await setSetting(PERSIST_ASKED, true);
    await navigator.storage.persist();
  } catch {
    // Not asking is no loss: the data is still saved.
  }
}

// ---- Certificates

/** Stores a certificate as printed. The ID is the payload's digest, so the same certificate issued twice is one row. */
export async function issueCertificate(profileId: string, payload: CertificatePayload): Promise<Certificate> {
  const db = learnerDb();
  const id = await certificateId(payload);
  return db.transaction('rw', db.certificates, async () => {
    const existing = await db.certificates.get(id);
    if (existing) return existing;
    const row: Certificate = { id, profileId, course: payload.course, issuedAt: now(), payload, confirmation: null };
    await db.certificates.add(row);
    return row;
  });
}

/** Why a checked confirmation could not be kept with the certificate on this device. */
export type SaveConfirmationProblem = 'no-profile' | 'not-on-device';

/** The active profile's certificate with this ID on this device, or why there is none. */
export async function certificateOfActiveProfile(id: string): Promise<{ certificate: Certificate } | { problem: SaveConfirmationProblem }> {
  const db = learnerDb();
  return db.transaction('r', db.settings, db.certificates, async () => {
    const active = (await db.settings.get(ACTIVE_PROFILE))?.value;
    if (typeof active !== 'string' || active === GUEST) return { problem: 'no-profile' };
    const certificate = await db.certificates.get(id);
    return certificate?.profileId === active ? { certificate } : { problem: 'not-on-device' };
  });
}

/** Keeps a trainer's confirmation, already checked against the certificate ID, with the active profile's certificate. */
export async function saveConfirmation(id: string, confirmation: Confirmation): Promise<SaveConfirmationProblem | undefined> {
  const db = learnerDb();
  return db.transaction('rw', db.settings, db.certificates, async () => {
    const found = await certificateOfActiveProfile(id);
    if ('problem' in found) return found.problem;
    await db.certificates.put({ ...found.certificate, confirmation });
    return undefined;
  });
}

// ---- Backup

/** Every row of the given profiles (all profiles when none are given). */
export async function exportData(profileIds?: string[]): Promise<LearnerData> {
  const db = learnerDb();
  return db.transaction('r', [db.profiles, db.progress, db.attempts, db.certificates, db.logbook], async () => {
    const profiles = profileIds ? (await db.profiles.bulkGet(profileIds)).filter((p) => p !== undefined) : await db.profiles.toArray();
    const ids = profiles.map((p) => p.id);
    return {
      profiles,
      progress: await db.progress.where('profileId').anyOf(ids).toArray(),
      attempts: await db.attempts.where('profileId').anyOf(ids).toArray(),
      certificates: await db.certificates.where('profileId').anyOf(ids).toArray(),
      logbook: await db.logbook.where('profileId').anyOf(ids).toArray(),
    };
  });
}

export class ProfileClashError extends Error {
  constructor(readonly names: string[]) {
    super(`profile id already used by ${names.join(', ')}`);
    this.name = 'ProfileClashError';
  }
}

/**
 * Merges a checked backup into the database in one transaction: all of it is written, or nothing. Which learners it
 * may touch, and how, is planned against the profiles and the open profile inside the same transaction (see
 * import-plan.ts): a locked profile is never changed by a file that is not her own backup.
 */
export async function importData(incoming: Pick<Backup, 'profiles' | 'progress' | 'attempts' | 'certificates' | 'logbook'>): Promise<ImportPlan['outcomes']> {
  const db = learnerDb();
  if (incoming.profiles.length > 0) markLearnerData(true);
  return db.transaction('rw', [db.profiles, db.progress, db.attempts, db.certificates, db.settings, db.logbook], async () => {
    const existing = await exportData(incoming.profiles.map((p) => p.id));
    const clashes = profileClashes(existing.profiles, incoming.profiles);
    if (clashes.length > 0) throw new ProfileClashError(clashes.map((p) => p.name));
    const open = (await db.settings.get(ACTIVE_PROFILE))?.value;
    const plan = planImport(existing.profiles, typeof open === 'string' ? open : undefined, incoming, newRecoveryKey);
    const merged = mergeBackups(existing, plan.data);
    const kept = new Set(plan.data.profiles.map((p) => p.id));
    const written = <T extends { profileId: string }>(rows: T[]) => rows.filter((r) => kept.has(r.profileId));
    await db.profiles.bulkPut(merged.profiles.filter((p) => kept.has(p.id)));
    await db.progress.bulkPut(written(merged.progress));
    await db.attempts.bulkPut(written(merged.attempts));
    await db.certificates.bulkPut(written(merged.certificates));
    await db.logbook.bulkPut(written(merged.logbook));
    return plan.outcomes;
  });
}

// ---- The volunteer's logbook

/** A volunteer's entries of the given days (all days when none are given), oldest first. */
export async function logEntries(profileId: string, days?: { from: string; to: string }): Promise<LogEntry[]> {
  const table = learnerDb().logbook;
  const rows = days
    ? await table.where('[profileId+day]').between([profileId, days.from], [profileId, days.to], true, true).toArray()
    : await table.where('profileId').equals(profileId).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Keeps a checked entry, new or edited. */
export async function saveLogEntry(entry: LogEntry): Promise<void> {
  await learnerDb().logbook.put(entry);
}

export async function deleteLogEntry(id: string): Promise<void> {
  await learnerDb().logbook.delete(id);
}

/** The weekly reports a team leader merged. */
export async function teamReports(leaderId: string): Promise<WeeklyReport[]> {
  return (await learnerDb().teamReports.where('leaderId').equals(leaderId).toArray()).map((row) => row.report);
}

/** Merges checked weekly reports into the leader's in one transaction; one per volunteer and week, the newer kept. */
export async function mergeIntoTeam(leaderId: string, incoming: WeeklyReport[]): Promise<Omit<MergeOutcome, 'reports'>> {
  const db = learnerDb();
  return db.transaction('rw', db.teamReports, async () => {
    const { reports, ...outcome } = mergeTeamReports(await teamReports(leaderId), incoming);
    const at = now();
    await db.teamReports.bulkPut(reports.map((report) => ({ leaderId, volunteer: report.k, week: report.w, report, mergedAt: at })));
    return outcome;
  });
}

/** Empties the leader's merged reports. */
export async function clearTeam(leaderId: string): Promise<void> {
  await learnerDb().teamReports.where('leaderId').equals(leaderId).delete();
}

// ---- Trainer keys

/** The trainer's newest signing key on this device, if they made one. */
export async function currentTrainerKey(): Promise<StoredTrainerKey | undefined> {
  return learnerDb().trainerKeys.orderBy('createdAt').last();
}

export async function saveTrainerKey(key: TrainerKey): Promise<void> {
  await learnerDb().trainerKeys.put({ ...key, createdAt: now() });
}

/** Public keys imported on this device by someone checking certificates. */
export async function importedTrainerKeys(): Promise<ImportedTrainerKey[]> {
  return learnerDb().importedTrainerKeys.toArray();
}

export async function importTrainerKey(key: TrainerPublicKey): Promise<void> {
  await learnerDb().importedTrainerKeys.put({ ...key, importedAt: now() });
}

// ---- A trainer's class

/** Adds a checked class report to the class, or updates the learner's row if they are already in it. */
export async function addToClass(report: ClassReport, modules: RosterModule[], classId = DEFAULT_CLASS_ID): Promise<RosterEntry> {
  const db = learnerDb();
  return db.transaction('rw', db.classes, db.roster, async () => {
    if (!(await db.classes.get(classId))) await db.classes.add({ id: classId, createdAt: now() });
    const entry = withReport(await db.roster.get([classId, report.k]), report, modules, classId, now());
    await db.roster.put(entry);
    return entry;
  });
}

export async function removeFromClass(learnerId: string, classId = DEFAULT_CLASS_ID): Promise<void> {
  await learnerDb().roster.delete([classId, learnerId]);
}

/** Empties the class: every learner's row goes, the class stays. */
export async function clearClass(classId = DEFAULT_CLASS_ID): Promise<void> {
  await learnerDb().roster.where('classId').equals(classId).delete();
}
