import { modulePath, type CatalogCourse, type CatalogModule } from '../catalog';
import { headingsOf, mdxToPlainText } from '../plain-text';
import { pathFor, type Lang } from '../routes';
import type { SearchDocument } from './search-index';

/**
 * Every course and module of a language as search documents. `bodyOf` gives a module's MDX; a module not yet
 * translated leads to its Vietnamese page.
 */
export function searchDocumentsOf(
  lang: Lang,
  catalog: CatalogCourse[],
  bodyOf: (module: CatalogModule) => string,
): SearchDocument[] {
  return catalog.flatMap((course) => [
    {
      url: pathFor(lang, { page: 'course', course: course.slug }),
      title: course.title,
      course: course.title,
      summary: course.summary,
      headings: course.modules.map((module) => module.title),
      text: '',
    },
    ...course.modules.map((module) => {
      // An untranslated module is found by its translated title and summary; its text is in the Vietnamese index.
      const body = module.textLang === lang ? bodyOf(module) : '';
      return {
        url: modulePath(module),
        title: module.title,
        course: course.title,
        summary: module.summary,
        headings: headingsOf(body),
        text: body ? [module.objectives.join(' '), mdxToPlainText(body)].join(' ') : '',
      };
    }),
  ]);
}
