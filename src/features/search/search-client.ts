import type { StoredDocument } from '../../lib/search/search-index';
import { searchFilePaths, type CourseShard, type SearchCatalog, type SearchPiece } from '../../lib/search/search-pieces';
import type { SearchResult } from '../../lib/search/search-results';
import { SearchStore, chunksOfQuery } from '../../lib/search/search-store';
import type { Lang } from '../../lib/routes';

export interface SearchAnswer {
  results: SearchResult[];
  /** Titles of the courses this answer could not look into: offline, and not saved on this device. */
  unsearched: string[];
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Search that downloads by the piece. Online: the catalog once, then only the term chunks of what is typed and the
 * pages of the results shown. When a piece cannot be fetched (no signal), it searches the course shards the device
 * has (saved courses) and names the courses it could not search.
 */
export function searchClient(lang: Lang, courses: { slug: string; title: string }[]) {
  const store = new SearchStore(lang);
  const loads = new Map<string, Promise<void>>();
  let catalog: Promise<SearchCatalog> | undefined;

  /** Fetches a file once; a failed fetch is tried again next time. */
  function load<T>(url: string, add: (body: T) => void): Promise<void> {
    let loading = loads.get(url);
    if (!loading) {
      loading = getJson<T>(url).then(add);
      loading.catch(() => loads.delete(url));
      loads.set(url, loading);
    }
    return loading;
  }

  async function searchOnline(query: string): Promise<SearchAnswer> {
    catalog ??= getJson<SearchCatalog>(searchFilePaths.catalog(lang));
    catalog.catch(() => (catalog = undefined));
    const current = await catalog;
    await Promise.all(chunksOfQuery(current, query).map((n) => load<SearchPiece>(searchFilePaths.chunk(current, n), (piece) => store.add(piece))));
    const missing = store.rank(query).filter(({ ref }) => !store.document(ref));
    await Promise.all(
      missing.map(({ ref }) => load<StoredDocument>(searchFilePaths.document(current, ref), (document) => store.addDocument(ref, document))),
    );
    return { results: store.results(query), unsearched: [] };
  }

  async function searchSaved(query: string): Promise<SearchAnswer> {
    const found = await Promise.all(
      courses.map((course) =>
        load<CourseShard>(searchFilePaths.shard(lang, course.slug), (shard) => store.add(shard)).then(
          () => undefined,
          () => course.title,
        ),
      ),
    );
    return { results: store.results(query), unsearched: found.filter((title): title is string => title !== undefined) };
  }

  return {
    /** Starts fetching the catalog: called when the learner focuses the search box. */
    prepare(): void {
      catalog ??= getJson<SearchCatalog>(searchFilePaths.catalog(lang));
      catalog.catch(() => (catalog = undefined));
    },
    async search(query: string): Promise<SearchAnswer> {
      try {
        return await searchOnline(query);
      } catch {
        return searchSaved(query);
      }
    },
  };
}
