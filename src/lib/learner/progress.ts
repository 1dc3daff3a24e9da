/** Where a learner stopped reading a module: the last section heading passed and how far down the page. */
export interface ReadingPosition {
  /** Id of the section heading (`h2`) last scrolled past; empty at the top of the page. */
  heading: string;
  /** 0 at the top of the page, 1 at the bottom. */
  fraction: number;
  /** When the position was taken (ISO time); the newest position wins in a merge. */
  at: string;
}

/** The course a module id names: `vneid/cai-dat` → `vneid`. */
export const courseOfModule = (moduleId: string): string => moduleId.split('/')[0] ?? '';

export type ModuleStatus = 'not-started' | 'in-progress' | 'completed';

/** One learner's progress in one module. */
export interface ModuleProgress {
  profileId: string;
  /** `<course>/<module>`, the same in every language. */
  moduleId: string;
  status: ModuleStatus;
  /** Best quiz score in percent; null before the first attempt. */
  bestScore: number | null;
  /** Number of quiz attempts. */
  attempts: number;
  /** Seconds spent on the module page while it was visible. */
  secondsSpent: number;
  position: ReadingPosition | null;
  /** ISO time of the last change; "continue learning" picks the newest. */
  updatedAt: string;
  /** ISO time of the first pass. */
  completedAt: string | null;
}

export function emptyProgress(profileId: string, moduleId: string, now: string): ModuleProgress {
  return {
    profileId,
    moduleId,
    status: 'not-started',
    bestScore: null,
    attempts: 0,
    secondsSpent: 0,
    position: null,
    updatedAt: now,
    completedAt: null,
  };
}

/** Progress after a quiz attempt: a pass completes the module for good; a later lower score never undoes it. */
export function withAttempt(
  previous: ModuleProgress,
  attempt: { percent: number; passed: boolean; at: string },
): ModuleProgress {
  const completed = previous.status === 'completed' || attempt.passed;
  return {
    ...previous,
    status: completed ? 'completed' : 'in-progress',
    bestScore: Math.max(previous.bestScore ?? 0, attempt.percent),
    attempts: previous.attempts + 1,
    updatedAt: attempt.at,
    completedAt: previous.completedAt ?? (attempt.passed ? attempt.at : null),
  };
}

/** Progress after reading: the position moves, time adds up, and a module not started becomes in progress. */
export function withReading(previous: ModuleProgress, position: ReadingPosition, addSeconds: number): ModuleProgress {
  return {
    ...previous,
    status: previous.status === 'not-started' ? 'in-progress' : previous.status,
    position,
    secondsSpent: previous.secondsSpent + Math.max(0, Math.round(addSeconds)),
    updatedAt: position.at,
  };
}

export interface CourseProgress {
  completed: number;
  total: number;
  /** A course is complete when every one of its modules is passed. */
  complete: boolean;
  started: boolean;
}

export function courseProgress(moduleIds: readonly string[], rows: readonly ModuleProgress[]): CourseProgress {
  const byModule = new Map(rows.map((r) => [r.moduleId, r]));
  const completed = moduleIds.filter((id) => byModule.get(id)?.status === 'completed').length;
  const started = moduleIds.some((id) => (byModule.get(id)?.status ?? 'not-started') !== 'not-started');
  return { completed, total: moduleIds.length, complete: moduleIds.length > 0 && completed === moduleIds.length, started };
}

/** Where "Học tiếp" leads: a module and, when the learner has read some of it, where they stopped. */
export interface NextStep {
  moduleId: string;
  position: ReadingPosition | null;
}

/**
 * The module to continue, from the courses' modules in order: the most recently touched module while it is not
 * passed; once it is passed, the course's most recent unfinished module, or else its next module not yet passed.
 * A finished course hands over to the most recent unfinished module anywhere.
 */
export function continueModule(courses: readonly (readonly string[])[], rows: readonly ModuleProgress[]): NextStep | undefined {
  const byModule = new Map(rows.map((r) => [r.moduleId, r]));
  const newestFirst = (ids: readonly string[]) =>
    ids
      .map((id) => byModule.get(id))
      .filter((r): r is ModuleProgress => r !== undefined && r.status !== 'not-started')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const step = (r: ModuleProgress): NextStep => ({ moduleId: r.moduleId, position: r.position });
  const latest = newestFirst(courses.flat())[0];
  if (!latest) return undefined;
  if (latest.status === 'in-progress') return step(latest);
  const course = courses.find((ids) => ids.includes(latest.moduleId)) ?? [];
  const unfinished = newestFirst(course).find((r) => r.status === 'in-progress');
  if (unfinished) return step(unfinished);
  const after = course.indexOf(latest.moduleId) + 1;
  const next = [...course.slice(after), ...course.slice(0, after)].find((id) => byModule.get(id)?.status !== 'completed');
  if (next) return { moduleId: next, position: null };
  const elsewhere = newestFirst(courses.flat()).find((r) => r.status === 'in-progress');
  return elsewhere && step(elsewhere);
}
