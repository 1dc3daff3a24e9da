import type { ClassReport, ReportCourse } from './class-report';
import { dayDate, dayNumber } from './report-day';

/** The class a trainer keeps on their device; one for now, but every roster row names its class. */
export interface TrainerClass {
  id: string;
  createdAt: string;
}

export const DEFAULT_CLASS_ID = 'default';

/** What the trainer knows of one module of one learner, from the learner's latest report of its course. */
export interface RosterModule {
  /** `<course>/<module>`, as in the learner's progress. */
  moduleId: string;
  status: 'in-progress' | 'completed';
  /** Best quiz score in percent; null before any attempt. */
  score: number | null;
  minutes: number;
  /** Day of the last change, YYYY-MM-DD. */
  date: string;
  /** When the report this came from was made; an older report never overwrites a newer one. */
  reportedAt: string;
}

/** One learner in a trainer's class. */
export interface RosterEntry {
  classId: string;
  /** The report's learner key: the same learner scanned again updates this row. */
  learnerId: string;
  name: string;
  modules: RosterModule[];
  /** When the newest report of this learner was made. */
  reportedAt: string;
  /** When the trainer last added a report of this learner. */
  updatedAt: string;
}

export type ResolvedReport = { ok: true; modules: RosterModule[] } | { ok: false; problem: 'unknown-module' };

/** The report's modules by id, read against the courses this site has; a module this site lacks refuses it whole. */
export function resolveReport(report: ClassReport, courses: readonly ReportCourse[]): ResolvedReport {
  const bySlug = new Map(courses.map((c) => [c.slug, c]));
  const modules: RosterModule[] = [];
  const reportDay = dayNumber(report.t);
  for (const course of report.c) {
    const known = bySlug.get(course.s);
    for (const [index, status, score, minutes, daysAgo] of course.m) {
      const moduleId = known?.moduleIds[index];
      if (!moduleId) return { ok: false, problem: 'unknown-module' };
      modules.push({ moduleId, status: status === 2 ? 'completed' : 'in-progress', score, minutes, date: dayDate(reportDay - daysAgo), reportedAt: report.t });
    }
  }
  return { ok: true, modules };
}

const courseOf = (moduleId: string) => moduleId.split('/')[0]!;

/**
 * A learner's roster row after a report: each course the report covers is replaced by what it says, unless the
 * row already holds a newer report of that course; courses the report does not cover are kept.
 */
export function withReport(
  entry: RosterEntry | undefined,
  report: ClassReport,
  modules: readonly RosterModule[],
  classId: string,
  now: string,
): RosterEntry {
  const reported = new Set(report.c.map((c) => c.s));
  const previous = entry?.modules ?? [];
  const newerCourses = new Set(previous.filter((m) => m.reportedAt > report.t).map((m) => courseOf(m.moduleId)));
  const kept = previous.filter((m) => !reported.has(courseOf(m.moduleId)) || newerCourses.has(courseOf(m.moduleId)));
  const incoming = modules.filter((m) => !newerCourses.has(courseOf(m.moduleId)));
  const newest = !entry || report.t >= entry.reportedAt;
  return {
    classId,
    learnerId: report.k,
    name: newest ? report.n : entry.name,
    modules: [...kept, ...incoming].sort((a, b) => a.moduleId.localeCompare(b.moduleId)),
    reportedAt: newest ? report.t : entry.reportedAt,
    updatedAt: now,
  };
}
