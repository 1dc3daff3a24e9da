import type { APIRoute } from 'astro';
import { courseOutline, type CourseOutline } from '../../../lib/course-outline';
import { LANGS } from '../../../lib/routes';
import { loadCatalog, loadFramework } from '../../../site/catalog';

/** One outline per course and language: fetched by the pages that need it, saved with the course's offline pack. */
export async function getStaticPaths() {
  const framework = await loadFramework();
  const paths = await Promise.all(
    LANGS.map(async (lang) =>
      (await loadCatalog(lang)).map((course) => ({ params: { lang, course: course.slug }, props: { outline: courseOutline(lang, course, framework) } })),
    ),
  );
  return paths.flat();
}
export const GET: APIRoute = ({ props }) => Response.json((props as { outline: CourseOutline }).outline);
