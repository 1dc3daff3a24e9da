import { describe, expect, test } from 'vitest';
import type { SearchPiece } from '../../../src/lib/search/search-pieces';
import { rankResults } from '../../../src/lib/search/search-results';
import { SearchStore, chunksOfQuery, termsOfQuery } from '../../../src/lib/search/search-store';
import { files, wholeSearch } from './two-courses';

const QUERIES = ['dich vu cong', 'mật khẩu', 'MAT KHAU', 'cong an xa', 'xac thu', 'nop ho so', 'lừa đảo'];

/** A store holding only what a browser fetches for `query`: its chunks, then the pages of the results. */
function storeFor(query: string): { store: SearchStore; fetched: number } {
  const store = new SearchStore('vi');
  const chunks = chunksOfQuery(files.catalog, query);
  chunks.forEach((n) => store.add(files.chunks[n] as SearchPiece));
  for (const { ref } of store.rank(query)) store.addDocument(ref, files.documents[ref]!);
  return { store, fetched: chunks.length };
}

describe('search by the piece: a query downloads a few chunks and finds what the whole index finds', () => {
  test('the index is cut into several chunks, and a query needs only some of them', () => {
    expect(files.chunks.length).toBeGreaterThan(4);
    for (const query of QUERIES) expect(storeFor(query).fetched, query).toBeLessThan(files.chunks.length / 2);
  });

  test.each(QUERIES)('"%s": same pages, same order as the whole index', (query) => {
    const expected = rankResults(wholeSearch, query).map((r) => r.document.url);
    expect(expected.length).toBeGreaterThan(0);
    expect(storeFor(query).store.results(query).map((r) => r.document.url)).toEqual(expected);
  });

  test('the course shards together find what the whole index finds', () => {
    const store = new SearchStore('vi');
    files.shards.forEach((shard) => store.add(shard));
    for (const query of QUERIES) {
      expect(store.results(query).map((r) => r.document.url), query).toEqual(rankResults(wholeSearch, query).map((r) => r.document.url));
    }
  });

  test('one course shard finds that course\'s pages only, ranked as in the whole index', () => {
    const store = new SearchStore('vi');
    store.add(files.shards[1]!);
    const expected = rankResults(wholeSearch, 'cong an xa').map((r) => r.document.url).filter((url) => url.startsWith('/an-toan/'));
    expect(store.results('cong an xa').map((r) => r.document.url)).toEqual(expected);
  });
});

describe('termsOfQuery: the index terms a query looks up', () => {
  test.each([
    ['vi', 'Dịch vụ CÔNG', ['dich', 'vu', 'cong', 'dich_vu', 'vu_cong'], 'cong'],
    ['vi', 'số', ['so'], undefined],
    ['en', 'passwords', ['password'], 'passwords'],
  ] as const)('%s "%s"', (lang, query, terms, prefix) => {
    expect(termsOfQuery(lang, query)).toEqual({ terms, ...(prefix && { prefix }) });
  });
});
