import type { Lang } from '../routes';
import type { ModuleProgress } from '../learner/progress';
import { courseProgress } from '../learner/progress';
import type { CertificatePayload } from './payload';

/** What a certificate needs to know about a course, in the language it is printed in. */
export interface CertifiedCourse {
  slug: string;
  title: string;
  /** In course order. */
  modules: { id: string; title: string }[];
}

/** A day as the learner's calendar shows it, YYYY-MM-DD (a pass at 06:00 in Hà Nội is still that day). */
export function localDay(iso: string): string {
  const d = new Date(iso);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/**
 * The certificate a completed course earns, for the name the learner confirms (trimmed at the ends, NFC, so the
 * same letters typed on any keyboard print the same); undefined while a module is not passed.
 */
export function draftCertificate(course: CertifiedCourse, rows: readonly ModuleProgress[], name: string, lang: Lang): CertificatePayload | undefined {
  if (!courseProgress(course.modules.map((m) => m.id), rows).complete) return undefined;
  const byModule = new Map(rows.map((r) => [r.moduleId, r]));
  const passed = course.modules.map((m) => byModule.get(m.id)!);
  const lastPass = passed.map((r) => r.completedAt ?? r.updatedAt).sort().at(-1)!;
  const score = Math.round(passed.reduce((sum, r) => sum + (r.bestScore ?? 0), 0) / passed.length);
  return {
    v: 1,
    name: name.trim().normalize('NFC'),
    course: course.slug,
    courseTitle: course.title,
    lang,
    date: localDay(lastPass),
    score,
    modules: course.modules.map((m) => m.title),
  };
}
