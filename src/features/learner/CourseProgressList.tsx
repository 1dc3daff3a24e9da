import { t } from '../../i18n';
import type { CourseOutline } from '../../lib/course-outline';
import { isOutline, startedCourses, type Outlines } from '../../lib/learner/course-outlines';
import type { Profile } from '../../lib/learner/learner';
import { courseProgress, type ModuleProgress } from '../../lib/learner/progress';
import { pathFor, type Lang } from '../../lib/routes';
import CertificateSection from '../certificate/CertificateSection';
import type { ListedCourse } from './progress-course';

interface Props {
  lang: Lang;
  profile: Profile;
  /** Every course of the catalog, in order. */
  courses: ListedCourse[];
  rows: ModuleProgress[];
  /** The outlines of the courses she has started, as fetched so far. */
  outlines: Outlines;
}

function minutes(seconds: number) {
  return Math.max(0, Math.round(seconds / 60));
}

/**
 * A learner's courses on "My progress": each course she has started with its modules, from its outline (or why they
 * cannot be shown: offline and the course not saved); each other course on one line that leads to it.
 */
export default function CourseProgressList({ lang, profile, courses, rows, outlines }: Props) {
  const started = new Set(startedCourses(rows));
  const notStarted = courses.filter((c) => !started.has(c.slug));
  const byModule = new Map(rows.map((r) => [r.moduleId, r]));
  return (
    <>
      {courses.filter((c) => started.has(c.slug)).map((listed) => {
        const course = outlines.get(listed.slug);
        return isOutline(course) ? (
          <section key={listed.slug} className="card course-progress" data-course={listed.slug} aria-labelledby={`course-${listed.slug}`}>
            <CourseModules lang={lang} profile={profile} course={course} rows={rows} byModule={byModule} />
          </section>
        ) : (
          <section key={listed.slug} className="card course-progress" data-course={listed.slug} aria-labelledby={`course-${listed.slug}`}>
            <h3 id={`course-${listed.slug}`}>{listed.title}</h3>
            <p className={course ? 'banner banner--warning' : 'muted'}>{t(lang, course ? 'progress.outline.unreachable' : 'progress.outline.loading')}</p>
          </section>
        );
      })}

      {notStarted.length > 0 && (
        <ul className="course-progress__others">
          {notStarted.map((c) => (
            <li key={c.slug} data-course={c.slug} data-status="not-started">
              <a href={pathFor(lang, { page: 'course', course: c.slug })}>{c.title}</a>
              <span className="status status--not-started">{t(lang, 'progress.status.not-started')}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A started course: how much is done, each module with its status, score and time; its certificate once complete. */
function CourseModules({ lang, profile, course, rows, byModule }: { lang: Lang; profile: Profile; course: CourseOutline; rows: ModuleProgress[]; byModule: Map<string, ModuleProgress> }) {
  const summary = courseProgress(course.modules.map((m) => m.id), rows);
  return (
    <>
      <h3 id={`course-${course.slug}`}>{course.title}</h3>
      <p className="course-progress__summary">
        {summary.complete ? t(lang, 'progress.courseComplete') : t(lang, 'progress.courseCount', { done: summary.completed, total: summary.total })}
      </p>
      <ul className="course-progress__modules">
        {course.modules.map((m) => {
          const p = byModule.get(m.id);
          const status = p?.status ?? 'not-started';
          const href = p?.position?.heading ? `${m.path}#${p.position.heading}` : m.path;
          return (
            <li key={m.id} data-module={m.id} data-status={status}>
              <a href={href}>{m.title}</a>
              <span className={`status status--${status}`}>{t(lang, `progress.status.${status}`)}</span>
              {p && p.attempts > 0 && <span className="muted"> · {t(lang, 'progress.best', { score: p.bestScore ?? 0, n: p.attempts })}</span>}
              {p && p.secondsSpent >= 60 && <span className="muted"> · {t(lang, 'progress.time', { n: minutes(p.secondsSpent) })}</span>}
              {status === 'in-progress' && p?.position && (
                <> · <a href={href}>{t(lang, 'progress.continue')}<span className="visually-hidden">: {m.title}</span></a></>
              )}
            </li>
          );
        })}
      </ul>
      {summary.complete && <CertificateSection lang={lang} profile={profile} course={course} rows={rows} />}
    </>
  );
}
