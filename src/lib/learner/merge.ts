import type { Attempt, Certificate, LearnerData, Profile } from './learner';
import type { ModuleProgress, ModuleStatus } from './progress';

const RANK: Record<ModuleStatus, number> = { 'not-started': 0, 'in-progress': 1, completed: 2 };

const newer = (a: string | null | undefined, b: string | null | undefined) => ((a ?? '') >= (b ?? '') ? a : b);
const older = (a: string | null, b: string | null) => (a && b ? (a <= b ? a : b) : (a ?? b));

/** One module's progress from two devices: best score wins, counts never go down, the newest position wins. */
export function mergeProgress(a: ModuleProgress, b: ModuleProgress): ModuleProgress {
  const best = a.bestScore === null ? b.bestScore : b.bestScore === null ? a.bestScore : Math.max(a.bestScore, b.bestScore);
  const position = (a.position?.at ?? '') >= (b.position?.at ?? '') ? a.position : b.position;
  return {
    profileId: a.profileId,
    moduleId: a.moduleId,
    status: RANK[a.status] >= RANK[b.status] ? a.status : b.status,
    bestScore: best,
    attempts: Math.max(a.attempts, b.attempts),
    secondsSpent: Math.max(a.secondsSpent, b.secondsSpent),
    position: position ?? null,
    updatedAt: newer(a.updatedAt, b.updatedAt) ?? a.updatedAt,
    completedAt: older(a.completedAt, b.completedAt),
  };
}

function unite<T>(a: T[], b: T[], key: (row: T) => string, merge: (x: T, y: T) => T = (x) => x): T[] {
  const rows = new Map<string, T>();
  for (const row of [...a, ...b]) {
    const k = key(row);
    const existing = rows.get(k);
    rows.set(k, existing ? merge(existing, row) : row);
  }
  return [...rows.values()];
}

/** Profiles in `incoming` that share an id with a different person in `existing` (another name or creation time). */
export function profileClashes<P extends Pick<Profile, 'id' | 'createdAt'>>(existing: Profile[], incoming: P[]): P[] {
  const byId = new Map(existing.map((p) => [p.id, p]));
  return incoming.filter((p) => {
    const other = byId.get(p.id);
    return other !== undefined && other.createdAt !== p.createdAt;
  });
}

/**
 * Two backups of the same learners as one: attempts and certificates united (a certificate a trainer confirmed wins
 * over the same one unconfirmed), progress merged per module (see mergeProgress), a profile taken from `b` (what may
 * change in it is decided before: see import-plan.ts); logbook entries united, the last edited kept.
 */
export function mergeBackups(a: LearnerData, b: LearnerData): LearnerData {
  const progressKey = (p: ModuleProgress) => `${p.profileId}\u0000${p.moduleId}`;
  const attempts = unite<Attempt>(a.attempts, b.attempts, (x) => x.id);
  const progress = unite(a.progress, b.progress, progressKey, mergeProgress).map((p) => ({
    ...p,
    attempts: Math.max(p.attempts, attempts.filter((x) => x.profileId === p.profileId && x.moduleId === p.moduleId).length),
  }));
  return {
    profiles: unite<Profile>(a.profiles, b.profiles, (p) => p.id, (_, y) => y),
    progress,
    attempts,
    certificates: unite<Certificate>(a.certificates, b.certificates, (c) => c.id, (x, y) => (x.confirmation === null && y.confirmation !== null ? y : x)),
    logbook: unite(a.logbook, b.logbook, (e) => e.id, (x, y) => (y.updatedAt > x.updatedAt ? y : x)),
  };
}
