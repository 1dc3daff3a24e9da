import { certificateId } from '../certificate/id';
import { courseOfModule } from './progress';
import { placeOf, type Backup, type BackupPlace } from './backup';

/**
 * Checks a well-formed backup against facts its shape cannot tell: the clock, the certificate IDs, one row per ID.
 * A date from the future would win every later merge; a certificate whose ID is not its content's digest was edited;
 * two rows with one ID would lose one of them without a word. Any of these refuses the whole file.
 */

/** Phones' clocks differ; a day of skew is forgiven. */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

export type BackupRefusalReason = 'future-date' | 'certificate-id' | 'duplicate-id';
export interface BackupRefusal {
  reason: BackupRefusalReason;
  where: BackupPlace;
}
export type BackupAudit = { ok: true; unknownModules: number; uncheckedModules: number } | { ok: false; refusal: BackupRefusal };

/** What a file's results are checked against: the site's modules, as far as they could be looked up. */
export interface KnownModules {
  /** Module ids this version of the site has. */
  modules: ReadonlySet<string>;
  /** Courses whose modules could not be looked up (offline, not saved): their results are counted apart, never as gone. */
  unchecked: ReadonlySet<string>;
}

type Path = (string | number)[];

/** Every date in the file, with where it is. A YYYY-MM-DD date counts from the start of its day (UTC). */
function* datesOf(backup: Backup): Generator<[string, Path]> {
  yield [backup.exportedAt, ['exportedAt']];
  for (const [i, p] of backup.profiles.entries()) yield [p.createdAt, ['profiles', i, 'createdAt']];
  for (const [i, p] of backup.progress.entries()) {
    yield [p.updatedAt, ['progress', i, 'updatedAt']];
    if (p.completedAt) yield [p.completedAt, ['progress', i, 'completedAt']];
    if (p.position) yield [p.position.at, ['progress', i, 'position', 'at']];
  }
  for (const [i, a] of backup.attempts.entries()) yield [a.at, ['attempts', i, 'at']];
  for (const [i, c] of backup.certificates.entries()) {
    yield [c.issuedAt, ['certificates', i, 'issuedAt']];
    if (c.payload) yield [c.payload.date, ['certificates', i, 'payload', 'date']];
    if (c.confirmation) yield [c.confirmation.d, ['certificates', i, 'confirmation', 'd']];
  }
}

function firstDuplicate<T>(rows: T[], key: (row: T) => string): number | undefined {
  const seen = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const k = key(row);
    if (seen.has(k)) return i;
    seen.add(k);
  }
  return undefined;
}

/**
 * Whether the file may be imported at `now` (ms); how many of its results are for modules the site no longer has, and
 * how many could not be checked. Neither refuses the file: those results are imported and kept.
 */
export async function auditBackup(backup: Backup, now: number, known: KnownModules): Promise<BackupAudit> {
  const refuse = (reason: BackupRefusalReason, path: Path): BackupAudit => ({ ok: false, refusal: { reason, where: placeOf(backup, path) } });

  for (const [date, path] of datesOf(backup)) {
    if (Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date) > now + CLOCK_SKEW_MS) return refuse('future-date', path);
  }
  const duplicates: [keyof Pick<Backup, 'progress' | 'attempts' | 'certificates'>, number | undefined, string][] = [
    ['attempts', firstDuplicate(backup.attempts, (a) => a.id), 'id'],
    ['certificates', firstDuplicate(backup.certificates, (c) => c.id), 'id'],
    ['progress', firstDuplicate(backup.progress, (p) => `${p.profileId}\u0000${p.moduleId}`), 'moduleId'],
  ];
  for (const [table, index, field] of duplicates) if (index !== undefined) return refuse('duplicate-id', [table, index, field]);
  for (const [i, c] of backup.certificates.entries()) {
    // A certificate from a v1 file has a random ID and no payload: there is nothing to check it against.
    if (c.payload && (await certificateId(c.payload)) !== c.id) return refuse('certificate-id', ['certificates', i, 'id']);
  }

  const unknown = new Set<string>();
  const unchecked = new Set<string>();
  for (const row of [...backup.progress, ...backup.attempts]) {
    if (known.modules.has(row.moduleId)) continue;
    (known.unchecked.has(courseOfModule(row.moduleId)) ? unchecked : unknown).add(`${row.profileId}\u0000${row.moduleId}`);
  }
  return { ok: true, unknownModules: unknown.size, uncheckedModules: unchecked.size };
}
