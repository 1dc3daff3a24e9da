import type { ContinueCourse, FirstModule } from '../learner/ContinueLearning';
import { modulePath, type CatalogCourse } from '../../lib/catalog';
import { certificateFormPath, type Lang } from '../../lib/routes';

/** A course as "Học tiếp" needs it on its own page, in the page's language. */
export function continueCourse(lang: Lang, course: CatalogCourse): ContinueCourse {
  return {
    title: course.title,
    certificatePath: certificateFormPath(lang, course.slug),
    modules: course.modules.map((m) => ({ id: m.id, title: m.title, path: modulePath(m) })),
  };
}

/** The first module of the first course: what the home page offers a learner who has not started, whatever the catalog's size. */
export function firstModule(courses: CatalogCourse[]): FirstModule | undefined {
  const [course] = courses;
  const module = course?.modules[0];
  return course && module && { course: course.title, title: module.title, path: modulePath(module) };
}
