import type {
  Competence,
  Course,
  CourseTranslation,
  ModuleFrontmatter,
  ModuleTranslation,
  Question,
  Source,
  TrainerNotes,
} from './content-schema';
import { DEFAULT_LANG, pathFor, type Lang } from './routes';

/** What a content collection entry looks like to the catalog: a path id, its data, its text. */
export interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
}

export interface CatalogSources {
  courses: Entry<Course>[];
  courseTranslations: Entry<CourseTranslation>[];
  modules: Entry<ModuleFrontmatter>[];
  moduleTranslations: Entry<ModuleTranslation>[];
  /** The framework's competences, in the order they are shown. */
  competences: Entry<Competence>[];
}

/** A competence as a page shows it: its name in the page's language. */
export interface CatalogCompetence {
  id: string;
  ref?: string | undefined;
  name: string;
}

export interface CatalogModule {
  /** `<course>/<module>`: the same in every language, so progress survives a language switch. */
  id: string;
  course: string;
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  quiz: Question[];
  trainer: TrainerNotes;
  sources: Source[];
  /** The day the module was last checked claim by claim, YYYY-MM-DD. */
  reviewed: string;
  /** Ids of the competences the module trains. */
  competences: string[];
  /** Language of the text and quiz the page shows; the default language when not translated. */
  textLang: Lang;
  /** Collection entry id of the text to render. */
  textEntryId: string;
}

export interface CatalogCourse {
  slug: string;
  title: string;
  summary: string;
  mandatory: boolean;
  order: number;
  minutes: number;
  passMark: number;
  audience: Course['audience'];
  /** The competences the course's modules train together, in the framework's order. */
  competences: CatalogCompetence[];
  sources: Course['sources'];
  modules: CatalogModule[];
}

/** `vi/<course>/01-<module>` → its parts; the number orders modules and is not part of the URL. */
export function parseEntryId(id: string): { lang: string; course: string; order: number; slug: string } {
  const match = /^([a-z]{2})\/([a-z0-9-]+)\/(?:(\d{2})-)?([a-z0-9-]+)$/.exec(id);
  if (!match) throw new Error(`content file "${id}" must be at <lang>/<course>/<NN-slug>`);
  const [, lang = '', course = '', order = '0', slug = ''] = match;
  return { lang, course, order: Number(order), slug };
}

function hasText(entry: Entry<unknown> | undefined): boolean {
  return (entry?.body ?? '').trim().length > 0;
}

/** The catalog as a learner in `lang` sees it: courses in order, each with its modules in order. */
export function buildCatalog(lang: Lang, sources: CatalogSources): CatalogCourse[] {
  const translation = <T>(entries: Entry<T>[], defaultId: string) =>
    lang === DEFAULT_LANG ? undefined : entries.find((e) => e.id === defaultId.replace(/^[a-z]{2}\//, `${lang}/`));

  return sources.courses
    .map((courseEntry): CatalogCourse => {
      const { course: slug } = parseEntryId(courseEntry.id);
      const words = translation(sources.courseTranslations, courseEntry.id)?.data ?? courseEntry.data;
      const modules = sources.modules
        .filter((m) => parseEntryId(m.id).course === slug)
        .sort((a, b) => parseEntryId(a.id).order - parseEntryId(b.id).order)
        .map((m): CatalogModule => {
          const translated = translation(sources.moduleTranslations, m.id);
          const full = hasText(translated) ? translated : undefined;
          return {
            id: `${slug}/${parseEntryId(m.id).slug}`,
            course: slug,
            slug: parseEntryId(m.id).slug,
            title: translated?.data.title ?? m.data.title,
            summary: translated?.data.summary ?? m.data.summary,
            minutes: m.data.minutes,
            objectives: full?.data.objectives ?? m.data.objectives,
            quiz: full?.data.quiz ?? m.data.quiz,
            trainer: full?.data.trainer ?? m.data.trainer,
            sources: m.data.sources,
            reviewed: m.data.reviewed,
            competences: m.data.competences,
            textLang: full ? lang : DEFAULT_LANG,
            textEntryId: full ? full.id : m.id,
          };
        });
      return {
        slug,
        title: words.title,
        summary: words.summary,
        mandatory: courseEntry.data.mandatory,
        order: courseEntry.data.order,
        minutes: courseEntry.data.minutes,
        passMark: courseEntry.data.passMark,
        audience: courseEntry.data.audience,
        competences: sources.competences
          .filter((c) => modules.some((m) => m.competences.includes(c.id)))
          .map((c) => ({ id: c.id, ref: c.data.ref, name: lang === DEFAULT_LANG ? c.data.vi : c.data.en })),
        sources: courseEntry.data.sources,
        modules,
      };
    })
    .sort((a, b) => Number(b.mandatory) - Number(a.mandatory) || a.order - b.order);
}

/** The modules before and after one in its course, for previous/next links. */
export function neighbours(course: CatalogCourse, moduleSlug: string): { previous?: CatalogModule; next?: CatalogModule } {
  const index = course.modules.findIndex((m) => m.slug === moduleSlug);
  if (index < 0) return {};
  const previous = course.modules[index - 1];
  const next = course.modules[index + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}

/**
 * Where a module is read: its page in the catalog's language when translated, otherwise its Vietnamese page.
 * Untranslated modules get no copy under /en/, which would double the site a phone must keep offline.
 */
export function modulePath(module: CatalogModule): string {
  return pathFor(module.textLang, { page: 'module', course: module.course, module: module.slug });
}
