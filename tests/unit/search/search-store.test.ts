import { describe, expect, test } from 'vitest';
import { buildSearchIndex, type SearchDocument } from '../../../src/lib/search/search-index';
import { searchFilePaths, splitSearch, type SearchPiece } from '../../../src/lib/search/search-pieces';
import { loadSearch, rankResults } from '../../../src/lib/search/search-results';
import { SearchStore, chunksOfQuery, termsOfQuery } from '../../../src/lib/search/search-store';

const doc = (url: string, title: string, text: string, course: string): SearchDocument => ({ url, title, course, summary: '', headings: [], text });

// Two courses of two pages each, long enough that the index is cut into several chunks.
const filler = (seed: string) => Array.from({ length: 400 }, (_, i) => `${seed}${i}`).join(' ');
const documents = [
  doc('/dvc/', 'Dịch vụ công trực tuyến', `Nộp hồ sơ tại nhà. ${filler('a')}`, 'Dịch vụ công'),
  doc('/dvc/nop/', 'Nộp hồ sơ trực tuyến', `Dịch vụ công giúp bạn nộp hồ sơ. Công an xã. ${filler('b')}`, 'Dịch vụ công'),
  doc('/an-toan/', 'An toàn trên mạng', `Mật khẩu và lừa đảo. ${filler('c')}`, 'An toàn'),
  doc('/an-toan/mat-khau/', 'Mật khẩu mạnh', `Đặt mật khẩu dài, bật xác thực hai bước. Công an xã không hỏi mật khẩu. ${filler('d')}`, 'An toàn'),
];
const whole = buildSearchIndex('vi', documents);
const files = JSON.parse(JSON.stringify(splitSearch(whole, [
  { slug: 'dvc', title: 'Dịch vụ công', documents: 2 },
  { slug: 'an-toan', title: 'An toàn', documents: 2 },
]))) as ReturnType<typeof splitSearch>;
const wholeSearch = loadSearch(JSON.parse(JSON.stringify(whole)));
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

  test('the catalog names each course and its pages', () => {
    expect(files.catalog.courses).toEqual([
      { slug: 'dvc', title: 'Dịch vụ công', refs: [0, 1] },
      { slug: 'an-toan', title: 'An toàn', refs: [2, 3] },
    ]);
    expect(files.shards.map((s) => Object.keys(s.documents))).toEqual([['0', '1'], ['2', '3']]);
  });

  test('a rebuilt index with other text gets another version, so its files never mix with the old ones', () => {
    const other = splitSearch(buildSearchIndex('vi', documents.slice(1)), [{ slug: 'x', title: 'X', documents: 3 }]);
    expect(other.catalog.version).not.toBe(files.catalog.version);
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

describe('searchFilePaths: each language searches its own files, the pieces under the version of their index', () => {
  test.each([
    ['vi', '/search-index/vi/catalog.json', '/search-index/vi/an-toan.json'],
    ['en', '/search-index/en/catalog.json', '/search-index/en/an-toan.json'],
  ] as const)('%s', (lang, catalog, shard) => {
    expect(searchFilePaths.catalog(lang)).toBe(catalog);
    expect(searchFilePaths.shard(lang, 'an-toan')).toBe(shard);
  });

  test('chunks and pages are named under the version', () => {
    expect(searchFilePaths.chunk(files.catalog, 3)).toBe(`/search-index/vi/${files.catalog.version}/terms-3.json`);
    expect(searchFilePaths.document(files.catalog, 12)).toBe(`/search-index/vi/${files.catalog.version}/page-12.json`);
  });
});
