import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildCatalog, type CatalogCourse, type CatalogModule } from '../lib/catalog';
import { DEFAULT_LANG, LANGS, pathFor, type Lang, type Route } from '../lib/routes';

const cache = new Map<Lang, Promise<CatalogCourse[]>>();

/** The framework's competences in the order of content/framework.yaml. */
async function competencesInOrder() {
  const order = (await getEntry('framework', 'framework'))?.data.order ?? [];
  return (await getCollection('competences')).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** The catalog for one language, read from the content collections once per build. */
export function loadCatalog(lang: Lang): Promise<CatalogCourse[]> {
  let catalog = cache.get(lang);
  if (!catalog) {
    catalog = (async () =>
      buildCatalog(lang, {
        courses: await getCollection('courses'),
        courseTranslations: await getCollection('courseTranslations'),
        modules: await getCollection('modules'),
        moduleTranslations: await getCollection('moduleTranslations'),
        competences: await competencesInOrder(),
      }))();
    cache.set(lang, catalog);
  }
  return catalog;
}

/** A competence the course trains, named in both languages (a certificate prints in its own language). */
export interface FrameworkCompetence {
  ref?: string | undefined;
  name: Record<Lang, string>;
}

/** The framework's name and address, and a course's competences in both languages, for certificates. */
export async function loadFramework() {
  const framework = await getEntry('framework', 'framework');
  if (!framework) throw new Error('content/framework.yaml was not loaded');
  const competences = new Map((await getCollection('competences')).map((c) => [c.id, c.data]));
  return {
    name: { vi: framework.data.name.vi, en: framework.data.name.en } satisfies Record<Lang, string>,
    url: framework.data.source.url ?? '',
    competencesOf: (course: CatalogCourse): FrameworkCompetence[] =>
      course.competences.map(({ id }) => {
        const c = competences.get(id)!;
        return { ref: c.ref, name: { vi: c.vi, en: c.en } };
      }),
  };
}

/** The collection entry holding the text a module page renders: its translation or the original. */
export async function textEntry(
  module: CatalogModule,
): Promise<CollectionEntry<'modules'> | CollectionEntry<'moduleTranslations'>> {
  const entry =
    module.textLang === DEFAULT_LANG
      ? await getEntry('modules', module.textEntryId)
      : await getEntry('moduleTranslations', module.textEntryId);
  if (!entry) throw new Error(`no content entry "${module.textEntryId}" for module ${module.id}`);
  return entry;
}

/** Static paths for course pages in one language. */
export async function coursePaths(lang: Lang) {
  return (await loadCatalog(lang)).map((course) => ({ params: { course: course.slug }, props: { lang, course } }));
}

/** Static paths for module pages in one language. */
export async function modulePaths(lang: Lang) {
  return (await loadCatalog(lang)).flatMap((course) =>
    course.modules.filter((module) => module.textLang === lang).map((module) => ({
      params: { course: course.slug, module: module.slug },
      props: { lang, course, module },
    })),
  );
}

/**
 * Where the language switch of a module's page leads, for each language where that is not simply the same page:
 * a module not translated there has no page there, so the switch leads to its course.
 */
export async function moduleAlternates(lang: Lang, module: CatalogModule): Promise<Partial<Record<Lang, string>>> {
  const alternates: Partial<Record<Lang, string>> = {};
  for (const other of LANGS.filter((l) => l !== lang)) {
    const there = (await loadCatalog(other)).find((c) => c.slug === module.course)?.modules.find((m) => m.slug === module.slug);
    const course: Route = { page: 'course', course: module.course };
    if (there?.textLang !== other) alternates[other] = pathFor(other, course);
  }
  return alternates;
}
