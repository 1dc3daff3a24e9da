import type { CourseOutline } from '../course-outline';
import type { KnownModules } from './backup-audit';
import { continueModule, courseOfModule, type ModuleProgress, type NextStep } from './progress';

/**
 * A course's outline as a page has it: the outline, `missing` when the site has no such course (any more), or
 * `unreachable` when it could not be fetched (offline and the course not saved). Not in the map: not fetched yet.
 */
export type OutlineState = CourseOutline | 'missing' | 'unreachable';
export type Outlines = ReadonlyMap<string, OutlineState>;

/** Whether an outline was had (not missing, unreachable or still to fetch). */
export const isOutline = (state: OutlineState | undefined): state is CourseOutline => typeof state === 'object';

/** The courses a learner has started (a module read or a quiz taken), the most recently touched first. */
export function startedCourses(rows: readonly ModuleProgress[]): string[] {
  const started = rows.filter((r) => r.status !== 'not-started').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return [...new Set(started.map((r) => courseOfModule(r.moduleId)))];
}

/** What "Học tiếp" can show, or which outlines it must fetch first. */
export type ContinuePlan =
  | { kind: 'fetch'; courses: string[] }
  | { kind: 'next'; next: NextStep; course: CourseOutline }
  /** The course studied last could not be fetched: there is no telling which of its modules comes next. */
  | { kind: 'unreachable'; course: string }
  | { kind: 'nothing' };

/**
 * The next module from as few outlines as possible: the course touched last is enough to continue it; the other
 * started courses are fetched only when it is finished (the next module is then elsewhere) or no longer lists the
 * module touched last. Gives the same module as `continueModule` over the whole catalog.
 */
export function planContinue(rows: readonly ModuleProgress[], outlines: Outlines): ContinuePlan {
  const named = startedCourses(rows).filter((course) => outlines.get(course) !== 'missing');
  const [newest] = named;
  if (newest === undefined) return { kind: 'nothing' };
  const own = outlines.get(newest);
  if (own === undefined) return { kind: 'fetch', courses: [newest] };
  // Not `missing`: those were left out above.
  if (!isOutline(own)) return { kind: 'unreachable', course: newest };
  const ids = (outline: CourseOutline) => outline.modules.map((m) => m.id);
  const latest = rows
    .filter((r) => r.status !== 'not-started' && courseOfModule(r.moduleId) === newest)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const step = continueModule([ids(own)], rows);
  if (step && latest && ids(own).includes(latest.moduleId)) return { kind: 'next', next: step, course: own };
  const unfetched = named.filter((course) => !outlines.has(course));
  if (unfetched.length > 0) return { kind: 'fetch', courses: unfetched };
  const known = named.map((course) => outlines.get(course)).filter(isOutline);
  const next = continueModule(known.map(ids), rows);
  const course = next && known.find((outline) => ids(outline).includes(next.moduleId));
  return next && course ? { kind: 'next', next, course } : { kind: 'nothing' };
}

/** What a backup's results are checked against: the modules of the outlines had; the courses that could not be fetched. */
export function knownModules(outlines: Outlines): KnownModules {
  const states = [...outlines];
  return {
    modules: new Set(states.flatMap(([, state]) => (isOutline(state) ? state.modules.map((m) => m.id) : []))),
    unchecked: new Set(states.filter(([, state]) => state === 'unreachable').map(([course]) => course)),
  };
}
