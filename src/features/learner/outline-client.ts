import { courseOutlineSchema } from '../../lib/course-outline';
import type { OutlineState } from '../../lib/learner/course-outlines';
import { outlinePath, type Lang } from '../../lib/routes';

/**
 * A course's outline from the site: from its saved offline pack when there is one (the service worker answers),
 * otherwise from the network. Loaded on demand: it brings the schema, which a first visit does not need.
 */
async function fetchOutline(lang: Lang, course: string): Promise<OutlineState> {
  try {
    const response = await fetch(outlinePath(lang, course));
    if (response.status === 404) return 'missing';
    if (!response.ok) return 'unreachable';
    const parsed = courseOutlineSchema.safeParse(await response.json());
    // A file of another shape (kept from an older version, say) is as good as none; it never names another course.
    return parsed.success && parsed.data.slug === course ? parsed.data : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

/** The outlines of `courses` in `lang`, fetched side by side. */
export async function fetchOutlines(lang: Lang, courses: readonly string[]): Promise<Map<string, OutlineState>> {
  const unique = [...new Set(courses)];
  return new Map(await Promise.all(unique.map(async (course) => [course, await fetchOutline(lang, course)] as const)));
}
