import type { CatalogCourse, CatalogModule } from './catalog';
import { headingsOf, mdxToPlainText } from './plain-text';
import { pathFor, type Lang } from './routes';
import type { SearchDocument } from './search-index';

/**
 * Every course and module page of a language as search documents. `bodyOf` gives the MDX a module page shows,
 * which is the Vietnamese text for a module not yet translated: it is found under the page's own address.
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
      const body = bodyOf(module);
      return {
        url: pathFor(lang, { page: 'module', course: course.slug, module: module.slug }),
        title: module.title,
        course: course.title,
        summary: module.summary,
        headings: headingsOf(body),
        text: [module.objectives.join(' '), mdxToPlainText(body)].join(' '),
      };
    }),
  ]);
}
