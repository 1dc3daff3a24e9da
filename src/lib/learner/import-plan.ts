import type { Backup, BackupProfile } from './backup';
import type { LearnerData, Profile } from './learner';
import { NO_PIN_LOCK } from './pin-lockout';

/**
 * What an import may do to each learner in a file. The rule: nothing another person does through the UI reads or
 * changes a locked profile (one with a PIN that is not open on this device now).
 *
 * - A learner new to this device is added, without a PIN: backups carry none, so she sets it again.
 * - A learner already here whose profile is open, or has no PIN, gets the file's progress, name and picture; her PIN
 *   stays as it is on this device.
 * - A locked learner is left out whole: not her name, not a single result, unless the file carries her recovery key,
 *   the secret that only backups made while her profile was open carry. Then the file is her own backup, and it
 *   resets her profile: the PIN she forgot is removed, her progress is merged, and she sets a new PIN.
 *
 * The limit, said plainly: whoever holds her backup file holds her recovery key. Keep backups where others on the
 * phone cannot open them. None of this stands against someone with the browser's developer tools.
 */
export type ImportOutcome = 'added' | 'updated' | 'reset' | 'left-out';

export interface ImportPlan {
  /** Rows to merge into the database: only those of learners not left out, profiles as they must be stored. */
  data: LearnerData;
  /** Each learner of the file with what happens to them, in file order. */
  outcomes: { name: string; outcome: ImportOutcome }[];
}

/** A profile is locked when it has a PIN and is not the one open on this device now. */
export function isLocked(profile: Pick<Profile, 'id' | 'pin'>, openId: string | undefined): boolean {
  return profile.pin !== null && profile.id !== openId;
}

/** The plan for `backup` on a device holding `existing` profiles, with `openId` open now; `newKey` makes a recovery key. */
export function planImport(existing: Profile[], openId: string | undefined, backup: Pick<Backup, 'profiles' | 'progress' | 'attempts' | 'certificates' | 'logbook'>, newKey: () => string): ImportPlan {
  const here = new Map(existing.map((p) => [p.id, p]));
  const outcomes: ImportPlan['outcomes'] = [];
  const profiles: Profile[] = [];
  for (const incoming of backup.profiles) {
    const stored = here.get(incoming.id);
    const outcome = outcomeOf(stored, incoming, openId);
    outcomes.push({ name: outcome === 'left-out' ? stored!.name : incoming.name, outcome });
    if (outcome === 'left-out') continue;
    const { id, name, avatar, createdAt } = incoming;
    profiles.push(
      stored && outcome === 'updated'
        ? { ...stored, name, avatar }
        : { id, name, avatar, createdAt, pin: null, pinLock: NO_PIN_LOCK, recoveryKey: stored?.recoveryKey ?? incoming.recoveryKey ?? newKey() },
    );
  }
  const kept = new Set(profiles.map((p) => p.id));
  const mine = <T extends { profileId: string }>(rows: T[]) => rows.filter((r) => kept.has(r.profileId));
  return { data: { profiles, progress: mine(backup.progress), attempts: mine(backup.attempts), certificates: mine(backup.certificates), logbook: mine(backup.logbook) }, outcomes };
}

function outcomeOf(stored: Profile | undefined, incoming: BackupProfile, openId: string | undefined): ImportOutcome {
  if (!stored) return 'added';
  if (!isLocked(stored, openId)) return 'updated';
  return incoming.recoveryKey !== null && incoming.recoveryKey === stored.recoveryKey ? 'reset' : 'left-out';
}
