import type { APIRoute } from 'astro';
import { LANGS } from '../../../../lib/routes';
import { searchFilesFor } from '../../../../site/search';

/** The term chunks (`terms-<n>`) and the pages (`page-<ref>`) of a language's index, under its version. */
export async function getStaticPaths() {
  const paths = await Promise.all(
    LANGS.map(async (lang) => {
      const { catalog, chunks, documents } = await searchFilesFor(lang);
      const params = (piece: string) => ({ lang, version: catalog.version, piece });
      return [
        ...chunks.map((chunk, n) => ({ params: params(`terms-${n}`), props: { body: chunk } })),
        ...documents.map((document, ref) => ({ params: params(`page-${ref}`), props: { body: document } })),
      ];
    }),
  );
  return paths.flat();
}
export const GET: APIRoute = ({ props }) => Response.json((props as { body: unknown }).body);
