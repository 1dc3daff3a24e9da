import { LANGS, type Lang } from '../lib/routes';
import { buildSearchIndex } from '../lib/search/search-index';
import { searchDocumentsOf } from '../lib/search/search-documents';
import { splitSearch, type SearchFiles } from '../lib/search/search-pieces';
import { loadCatalog, textEntry } from './catalog';

const cache = new Map<Lang, Promise<SearchFiles>>();

/** The search files of one language (catalog, term chunks, pages, course shards), built once per build. */
export function searchFilesFor(lang: Lang): Promise<SearchFiles> {
  let files = cache.get(lang);
  if (!files) {
    files = (async () => {
      const catalog = await loadCatalog(lang);
      const bodies = new Map<string, string>();
      for (const module of catalog.flatMap((course) => course.modules)) {
        bodies.set(module.id, (await textEntry(module)).body ?? '');
      }
      const whole = buildSearchIndex(lang, searchDocumentsOf(lang, catalog, (module) => bodies.get(module.id) ?? ''));
      // searchDocumentsOf lists each course's page, then its modules, course by course.
      return splitSearch(whole, catalog.map((course) => ({ slug: course.slug, title: course.title, documents: 1 + course.modules.length })));
    })();
    cache.set(lang, files);
  }
  return files;
}

export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));
