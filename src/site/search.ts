import type { Lang } from '../lib/routes';
import { buildSearchIndex, type SerializedSearch } from '../lib/search/search-index';
import { searchDocumentsOf } from '../lib/search/search-documents';
import { loadCatalog, textEntry } from './catalog';

/** The search file of one language, from the catalog and the module texts its pages render. */
export async function searchFileFor(lang: Lang): Promise<SerializedSearch> {
  const catalog = await loadCatalog(lang);
  const bodies = new Map<string, string>();
  for (const module of catalog.flatMap((course) => course.modules)) {
    bodies.set(module.id, (await textEntry(module)).body ?? '');
  }
  return buildSearchIndex(lang, searchDocumentsOf(lang, catalog, (module) => bodies.get(module.id) ?? ''));
}
