import type { ReactNode } from 'react';
import { translator, type Strings } from '../../i18n/strings';
import { continueModule, courseProgress, type NextStep } from '../../lib/learner/progress';
import { useLearner, useLive } from './learner-hooks';

/** A course as "Học tiếp" needs it: its modules in order, with their titles and addresses in this language. */
export interface ContinueCourse {
  title: string;
  /** Where the course's certificate is made, shown once every module is passed. */
  certificatePath: string;
  modules: { id: string; title: string; path: string }[];
}

interface Props {
  strings: Strings;
  /** Every course (home page) or one (its course page). */
  courses: ContinueCourse[];
  /** Shown while there is nothing to continue, and before the island runs: the first step for a new visitor. */
  children?: ReactNode;
}

/**
 * "Học tiếp": back to the next module, at the section where the learner stopped reading, with how much of its course
 * is done. On a course page with every module passed: the course is done and its certificate is waiting.
 */
export default function ContinueLearning({ strings, courses, children }: Props) {
  const t = translator(strings);
  const learner = useLearner();
  const profileId = learner.kind === 'profile' ? learner.profile.id : undefined;
  const rows = useLive(async ({ learnerDb }) => {
    if (!profileId) return [];
    try {
      return await learnerDb().progress.where('profileId').equals(profileId).toArray();
    } catch {
      return [];
    }
  }, [profileId], profileId !== undefined);
  if (!profileId || !rows) return <>{children}</>;
  const name = learner.kind === 'profile' ? learner.profile.name : '';
  const next = continueModule(courses.map((c) => c.modules.map((m) => m.id)), rows);
  // On the home page, a learner who has not started yet is offered the first module of the first course.
  const first = courses.length > 1 && rows.length === 0 ? courses[0] : undefined;
  if (first?.modules[0]) {
    const module = first.modules[0];
    return (
      <section aria-labelledby="continue-title" className="continue card">
        <h2 id="continue-title">{t('home.continue.title')}</h2>
        <p>{t('home.continue.first', { name, course: first.title })}</p>
        <p>
          <a className="button continue__link" href={module.path}>{t('home.continue.start', { title: module.title })}</a>
        </p>
      </section>
    );
  }
  const course = next ? courses.find((c) => c.modules.some((m) => m.id === next.moduleId)) : courses.length === 1 ? courses[0] : undefined;
  if (!course) return <>{children}</>;
  const summary = courseProgress(course.modules.map((m) => m.id), rows);
  const count = (
    <p className="continue__count">
      <strong>{course.title}:</strong>{' '}
      {summary.complete ? t('progress.courseComplete') : t('progress.courseCount', { done: summary.completed, total: summary.total })}
      <progress className="continue__bar" max={summary.total} value={summary.completed} aria-hidden="true" />
    </p>
  );
  if (summary.complete) {
    return (
      <section aria-labelledby="continue-title" className="continue card">
        <h2 id="continue-title">{t('home.continue.done')}</h2>
        {count}
        <p>
          <a className="button" href={course.certificatePath}>{t('home.continue.certificate')}</a>
        </p>
      </section>
    );
  }
  if (!next) return <>{children}</>;
  return <NextModule t={t} name={name} course={course} next={next} count={count} />;
}

function NextModule({ t, name, course, next, count }: { t: ReturnType<typeof translator>; name: string; course: ContinueCourse; next: NextStep; count: ReactNode }) {
  const index = course.modules.findIndex((m) => m.id === next.moduleId);
  const module = course.modules[index]!;
  const href = next.position?.heading ? `${module.path}#${next.position.heading}` : module.path;
  const read = Math.round((next.position?.fraction ?? 0) * 100);
  return (
    <section aria-labelledby="continue-title" className="continue card">
      <h2 id="continue-title">{t('home.continue.title')}</h2>
      <p>{t(read > 0 ? 'home.continue.read' : next.position ? 'home.continue.lead' : 'home.continue.next', { name, n: index + 1, percent: read })}</p>
      <p>
        <a className="button continue__link" href={href}>
          {t('home.continue.link', { title: module.title })}
        </a>
      </p>
      {count}
    </section>
  );
}
