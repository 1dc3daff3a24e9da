import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildCatalog, type CatalogCourse, type CatalogModule } from '../lib/catalog';
import { DEFAULT_LANG, LANGS, pathFor, type Lang, type Route } from '../lib/routes';

const cache = new Map<Lang, Promise<CatalogCourse[]>>();

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
      }))();
    cache.set(lang, catalog);
  }
  return catalog;
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
