import { translator, type Strings } from '../../i18n/strings';
import { courseProgress } from '../../lib/learner/progress';
import { useLearner, useLive } from './learner-hooks';

interface Props {
  strings: Strings;
  moduleIds: string[];
}

/** On a course page: how many of its modules the current learner has passed. */
export default function CourseProgress({ strings, moduleIds }: Props) {
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
  if (!profileId || !rows) return null;
  const summary = courseProgress(moduleIds, rows);
  return (
    <p className="banner banner--ok course-progress-line">
      <strong>{t('course.progress')}:</strong>{' '}
      {summary.complete ? t('progress.courseComplete') : t('progress.courseCount', { done: summary.completed, total: summary.total })}
    </p>
  );
}
