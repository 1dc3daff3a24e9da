import type { ContinueCourse } from '../learner/ContinueLearning';
import { modulePath, type CatalogCourse } from '../../lib/catalog';
import { certificateFormPath, type Lang } from '../../lib/routes';

/** The catalog's courses as "Học tiếp" needs them, in the page's language. */
export function continueCourses(lang: Lang, courses: CatalogCourse[]): ContinueCourse[] {
  return courses.map((course) => ({
    title: course.title,
    certificatePath: certificateFormPath(lang, course.slug),
    modules: course.modules.map((m) => ({ id: m.id, title: m.title, path: modulePath(m) })),
  }));
}
