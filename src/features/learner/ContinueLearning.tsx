import type { ReactNode } from 'react';
import { translator, type Strings } from '../../i18n/strings';
import type { CourseOutline } from '../../lib/course-outline';
import { planContinue } from '../../lib/learner/course-outlines';
import { continueModule, courseProgress, type ModuleProgress, type NextStep } from '../../lib/learner/progress';
import type { Lang } from '../../lib/routes';
import { useLearner, useLive } from './learner-hooks';
import { useOutlines } from './use-outlines';

/** A course as "Học tiếp" needs it: its modules in order, with their titles and addresses in this language. */
export type ContinueCourse = Pick<CourseOutline, 'title' | 'certificatePath' | 'modules'>;

/** What the home page offers a learner who has not started: the first module of the first course. */
export interface FirstModule {
  course: string;
  title: string;
  path: string;
}

type Props = {
  strings: Strings;
  /** Shown while there is nothing to continue, and before the island runs: the first step for a new visitor. */
  children?: ReactNode;
} & (
  | {
      /** On a course page: its course. */
      course: ContinueCourse;
    }
  | {
      /** On the home page: the language of the outlines fetched for the courses the learner has started. */
      lang: Lang;
      first: FirstModule | undefined;
    }
);

type T = ReturnType<typeof translator>;

/**
 * "Học tiếp": back to the next module, at the section where the learner stopped reading, with how much of its course
 * is done. On a course page with every module passed: the course is done and its certificate is waiting. The home page
 * knows no module of any course: it fetches the outlines of the courses the learner studies, the last one first.
 */
export default function ContinueLearning(props: Props) {
  const { strings, children } = props;
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
  const home = 'lang' in props ? props : undefined;
  const outlines = useOutlines(home?.lang ?? 'vi', (known) => {
    const plan = home && profileId && rows ? planContinue(rows, known) : undefined;
    return plan?.kind === 'fetch' ? plan.courses : [];
  });
  if (!profileId || !rows) return <>{children}</>;
  const name = learner.kind === 'profile' ? learner.profile.name : '';

  if (!home) {
    const { course } = props as { course: ContinueCourse };
    return <CourseStep t={t} name={name} course={course} next={continueModule([course.modules.map((m) => m.id)], rows)} rows={rows} fallback={children} />;
  }
  if (rows.length === 0 && home.first) {
    const { first } = home;
    return (
      <section aria-labelledby="continue-title" className="continue card">
        <h2 id="continue-title">{t('home.continue.title')}</h2>
        <p>{t('home.continue.first', { name, course: first.course })}</p>
        <p>
          <a className="button continue__link" href={first.path}>{t('home.continue.start', { title: first.title })}</a>
        </p>
      </section>
    );
  }
  const plan = planContinue(rows, outlines);
  if (plan.kind === 'unreachable') {
    return (
      <section aria-labelledby="continue-title" className="continue card">
        <h2 id="continue-title">{t('home.continue.title')}</h2>
        <p>{t('home.continue.unreachable', { name })}</p>
      </section>
    );
  }
  if (plan.kind !== 'next') return <>{children}</>;
  return <CourseStep t={t} name={name} course={plan.course} next={plan.next} rows={rows} fallback={children} />;
}

/** A course's next module and how much of the course is done; once every module is passed, its certificate. */
function CourseStep({ t, name, course, next, rows, fallback }: { t: T; name: string; course: ContinueCourse; next: NextStep | undefined; rows: ModuleProgress[]; fallback: ReactNode }) {
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
  if (!next) return <>{fallback}</>;
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
