import type { APIRoute } from 'astro';
import { LANGS } from '../../../lib/routes';
import type { CourseShard } from '../../../lib/search/search-pieces';
import { searchFilesFor } from '../../../site/search';

/** One shard per course and language: saved with the course's offline pack. */
export async function getStaticPaths() {
  const paths = await Promise.all(
    LANGS.map(async (lang) => (await searchFilesFor(lang)).shards.map((shard) => ({ params: { lang, course: shard.course }, props: { shard } }))),
  );
  return paths.flat();
}
export const GET: APIRoute = ({ props }) => Response.json((props as { shard: CourseShard }).shard);
