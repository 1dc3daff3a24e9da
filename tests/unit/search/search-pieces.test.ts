import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../../src/lib/search/search-index';
import { searchFilePaths, splitSearch } from '../../../src/lib/search/search-pieces';
import { documents, files } from './two-courses';

describe('splitSearch: one index cut into a catalog, chunks, pages and course shards', () => {
  test('the chunks hold every term once, in order', () => {
    const terms = files.chunks.flatMap((chunk) => chunk.terms.map((posting) => posting[0]));
    expect(terms).toEqual([...terms].sort());
    expect(new Set(terms).size).toBe(terms.length);
    expect(files.catalog.chunks).toEqual(files.chunks.map((chunk) => chunk.terms[0]?.[0]));
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
