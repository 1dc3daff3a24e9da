// Search rows for `npm run bench`: index size and query time on the real catalog and on a
// generated 1,000-module catalog. The large catalog is indexed with the same src/lib functions the build uses
// (catalog → search documents → lunr index); bench-offline.mjs makes the full Astro build of it.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { generateCatalog } from './generate-catalog.mjs';
import { importTypeScript } from './import-typescript.mjs';

const root = new URL('../', import.meta.url).pathname;

function loadSearchLib() {
  return importTypeScript(`export { buildCatalog } from './src/lib/catalog';
    export { searchDocumentsOf } from './src/lib/search/search-documents';
    export { buildSearchIndex } from './src/lib/search/search-index';
    export { loadSearch, rankResults } from './src/lib/search/search-results';`);
}

/** What learners type, and every prefix of it: the search runs on each keystroke. */
const QUERIES = [
  'dich vu cong', 'mật khẩu', 'mat khau manh', 'dinh danh muc 2', 'ma qr', 'lừa đảo', 'vneid', 'tro ly ai',
  'so hoa du lieu', 'khieu nai', 'nong san', 'chinh quyen hai cap', 'password', 'online public services', 'QR code',
].flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)).filter((prefix) => prefix.trim().length > 1));

function p95Ms(search, rankResults) {
  for (const query of QUERIES) rankResults(search, query); // warm up
  const times = QUERIES.map((query) => {
    const start = performance.now();
    rankResults(search, query);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length * 0.95)] ?? 0;
}

/** The content tree as collection entries, the shape src/site/catalog.ts hands to buildCatalog. */
function entriesOf(dir) {
  const courses = [];
  const modules = [];
  for (const course of readdirSync(join(dir, 'vi'))) {
    courses.push({ id: `vi/${course}/course`, data: parse(readFileSync(join(dir, 'vi', course, 'course.yaml'), 'utf8')) });
    for (const name of readdirSync(join(dir, 'vi', course)).filter((n) => n.endsWith('.mdx'))) {
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, 'vi', course, name), 'utf8')) ?? [];
      modules.push({ id: `vi/${course}/${name.replace(/\.mdx$/, '')}`, data: parse(frontmatter), body });
    }
  }
  const { competences } = parse(readFileSync(join(dir, 'framework.yaml'), 'utf8'));
  return { courses, courseTranslations: [], modules, moduleTranslations: [], competences: competences.map((c) => ({ id: c.id, data: c })) };
}

export async function searchRows(dist) {
  const lib = await loadSearchLib();
  const rows = [];

  for (const [lang, file] of [['vi', 'search-index.json'], ['en', 'en/search-index.json']]) {
    const json = readFileSync(join(dist, file));
    const search = lib.loadSearch(JSON.parse(json));
    rows.push({ row: `search index ${lang}, real catalog`, value: gzipSync(json).length, unit: 'bytes gz', budget: 300 * 1024 });
    rows.push({ row: `search p95 query ${lang}, real catalog`, value: p95Ms(search, lib.rankResults), unit: 'ms', budget: 50 });
  }

  const dir = mkdtempSync(join(tmpdir(), 'hocso-catalog-1000-'));
  try {
    generateCatalog(dir, 1000);
    const start = performance.now();
    const entries = entriesOf(dir);
    const bodies = new Map(entries.modules.map((entry) => [entry.id, entry.body]));
    const catalog = lib.buildCatalog('vi', entries);
    const file = lib.buildSearchIndex('vi', lib.searchDocumentsOf('vi', catalog, (module) => bodies.get(module.textEntryId) ?? ''));
    const json = JSON.stringify(file);
    const buildMs = performance.now() - start;
    const moduleCount = catalog.reduce((sum, course) => sum + course.modules.length, 0);
    rows.push({ row: 'search index build, 1,000-module catalog', value: buildMs, unit: 'ms', detail: `${moduleCount} modules`, budget: 120_000 });
    rows.push({ row: 'search index vi, 1,000-module catalog', value: gzipSync(json).length, unit: 'bytes gz' });
    rows.push({ row: 'search p95 query vi, 1,000-module catalog', value: p95Ms(lib.loadSearch(JSON.parse(json)), lib.rankResults), unit: 'ms', budget: 200 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
