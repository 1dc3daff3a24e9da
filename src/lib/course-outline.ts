import { modulePath, type CatalogCourse } from './catalog';
import { certificateFormPath, type Lang } from './routes';
import { z } from './zod';

/**
 * A course's outline in one language: what "Học tiếp", "My progress", certificates and backups need to know about its
 * modules. One small file per course and language, fetched only for the courses a learner studies, so the pages every
 * visitor keeps offline do not grow with the number of modules; it is saved with the course's offline pack.
 */

/** A path on this site: `//host/` would lead elsewhere. */
const sitePath = z.string().regex(/^\/(?!\/)/);

const inBothLanguages = z.object({ vi: z.string().min(1), en: z.string().min(1) } satisfies Record<Lang, z.ZodString>);

export const courseOutlineSchema = z.object({
  /** The course's slug: the first part of each of its module ids. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** The course's title in the outline's language. */
  title: z.string().min(1),
  /** Where the course's certificate is made: its section of "My progress". */
  certificatePath: sitePath,
  /** The national framework's competences the course trains, in both languages: a certificate prints in its own. */
  competences: z.array(z.object({ ref: z.string().optional(), name: inBothLanguages })),
  /** The framework's name in both languages and the address of its text. */
  framework: z.object({ name: inBothLanguages, url: z.string() }),
  /** The modules in order; an untranslated module keeps its Vietnamese title and page. */
  modules: z.array(
    z.object({
      /** `<course>/<module>`, the same in every language. */
      id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
      title: z.string().min(1),
      /** Where the module is read. */
      path: sitePath,
    }),
  ),
});
export type CourseOutline = z.infer<typeof courseOutlineSchema>;

/** The framework's name and address, and the competences a course trains, in both languages. */
export type OutlineFramework = CourseOutline['framework'] & { competencesOf: (course: CatalogCourse) => CourseOutline['competences'] };

/** A course's outline in `lang`, from the catalog of that language: titles and addresses only, no quiz answers. */
export function courseOutline(lang: Lang, course: CatalogCourse, framework: OutlineFramework): CourseOutline {
  return {
    slug: course.slug,
    title: course.title,
    certificatePath: certificateFormPath(lang, course.slug),
    competences: framework.competencesOf(course),
    framework: { name: framework.name, url: framework.url },
    modules: course.modules.map((m) => ({ id: m.id, title: m.title, path: modulePath(m) })),
  };
}
