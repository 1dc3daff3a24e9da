// Search rows for `npm run bench`: bytes a browser downloads for a first query, Học Số against Pagefind on the same
// pages, and p95 query time, on the real catalog and on a generated 1,000-module catalog built with a full
// `astro build`. Pagefind indexes a copy of the built site (its course and module pages, `main` only, as Học Số does);
// nothing of it ships.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importTypeScript } from './import-typescript.mjs';
import { launchBrowser, recordRequests, serveGzipped } from './bench-pages.mjs';

const root = new URL('../', import.meta.url).pathname;
/** What learners type first; Pagefind does not fold đ, so these have none. */
export const FIRST_QUERIES = ['dich vu cong', 'mat khau', 'lua dao qua dien thoai'];
const RESULTS_SHOWN = 10;

function loadSearchLib() {
  return importTypeScript(`export { SearchStore } from './src/lib/search/search-store';`);
}

/** What learners type, and every prefix of it: the search runs on each keystroke. */
const QUERIES = [
  'dich vu cong', 'mật khẩu', 'mat khau manh', 'dinh danh muc 2', 'ma qr', 'lừa đảo', 'vneid', 'tro ly ai',
  'so hoa du lieu', 'khieu nai', 'nong san', 'chinh quyen hai cap', 'password', 'online public services', 'QR code',
].flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)).filter((prefix) => prefix.trim().length > 1));

/** p95 of ranking every query in a store holding every chunk of the language: the most a device ever holds. */
export async function p95Ms(dist, lang, lib) {
  const catalog = JSON.parse(readFileSync(join(dist, 'search-index', lang, 'catalog.json'), 'utf8'));
  const store = new lib.SearchStore(lang);
  catalog.chunks.forEach((_, n) => store.add(JSON.parse(readFileSync(join(dist, 'search-index', lang, catalog.version, `terms-${n}.json`), 'utf8'))));
  // Warm up until the heap settles after loading, then time every query five times: p95 of all those runs.
  for (let round = 0; round < 3; round++) for (const query of QUERIES) store.rank(query);
  const times = Array.from({ length: 5 }, () =>
    QUERIES.map((query) => {
      const start = performance.now();
      store.rank(query);
      return performance.now() - start;
    }),
  )
    .flat()
    .sort((a, b) => a - b);
  return times[Math.floor(times.length * 0.95)] ?? 0;
}

/** A copy of the built site with a Pagefind index of the same pages Học Số searches, and a page that queries it. */
function pagefindCopy(dist) {
  const copy = mkdtempSync(join(tmpdir(), 'hocso-pagefind-'));
  cpSync(dist, copy, { recursive: true });
  const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? [join(dir, name), ...walk(join(dir, name))] : []));
  // Print views are not search results in Học Số either.
  for (const dir of walk(copy).filter((d) => /\/(bai-kiem-tra-giay|paper-quiz)$/.test(d))) rmSync(dir, { recursive: true, force: true });
  const run = spawnSync(join(root, 'node_modules/.bin/pagefind'), ['--site', copy, '--root-selector', 'main', '--glob', '{khoa-hoc,en/courses}/**/*.html'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pagefind failed: ${run.stderr}`);
  // Pagefind's own API, as its UI uses it: search, then the data (title, excerpt) of the results shown.
  writeFileSync(
    join(copy, 'pagefind-bench.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Pagefind</title></head><body><script>
      window.runSearch = async (query) => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(query);
        const shown = await Promise.all(search.results.slice(0, ${RESULTS_SHOWN}).map((result) => result.data()));
        return shown.map((data) => data.url);
      };
    </script></body></html>`,
  );
  return copy;
}

const bytesOf = (requests) => requests.reduce((sum, r) => sum + Math.max(0, r.bytes), 0);

/** Bytes fetched from typing a first query on the search page until its results are shown. */
async function hocSoFirstQuery(browser, origin, query) {
  const requests = await recordRequests(
    browser,
    async (page) => {
      await page.locator('#search-box-input').fill(query);
      await page.locator(`.search-box__results[data-query="${query}"]`).waitFor();
    },
    async (page) => {
      await page.goto(`${origin}/tim-kiem/`);
      await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
    },
  );
  return { bytes: bytesOf(requests), requests: requests.length };
}

async function pagefindFirstQuery(browser, origin, query) {
  let found = [];
  const requests = await recordRequests(
    browser,
    async (page) => {
      found = await page.evaluate((q) => window.runSearch(q), query);
    },
    async (page) => {
      await page.goto(`${origin}/pagefind-bench.html`);
      await page.waitForLoadState('networkidle');
    },
  );
  if (found.length === 0) throw new Error(`Pagefind found nothing for "${query}"`);
  return { bytes: bytesOf(requests), requests: requests.length };
}

/** First-query rows for one built site: Học Số and Pagefind, query by query, measured in the same run. */
export async function firstQueryRows(dist, label, port) {
  // The copy holds the whole built site and Pagefind's index: one server answers both engines alike.
  const copy = pagefindCopy(dist);
  const server = await serveGzipped(copy, port);
  const hocSo = server;
  const pagefind = server;
  const browser = await launchBrowser();
  const rows = [];
  try {
    for (const query of FIRST_QUERIES) {
      const ours = await hocSoFirstQuery(browser, hocSo.origin, query);
      const theirs = await pagefindFirstQuery(browser, pagefind.origin, query);
      rows.push({ row: `search first query "${query}", ${label}: Pagefind`, value: theirs.bytes, unit: 'bytes gz', detail: `${theirs.requests} requests` });
      rows.push({ row: `search first query "${query}", ${label}: Học Số`, value: ours.bytes, unit: 'bytes gz', budget: theirs.bytes, detail: `${ours.requests} requests; budget: Pagefind's` });
    }
  } finally {
    await browser.close();
    server.stop();
    rmSync(copy, { recursive: true, force: true });
  }
  return rows;
}

/** Search rows for the real catalogue (`dist`) and the generated one (`large`, from bench-large-catalog.mjs). */
export async function searchRows(dist, large, { port = 4406 } = {}) {
  const lib = await loadSearchLib();
  const rows = [];
  for (const lang of ['vi', 'en']) {
    rows.push({ row: `search p95 query ${lang}, real catalog`, value: await p95Ms(dist, lang, lib), unit: 'ms', budget: 5 });
  }
  rows.push(...(await firstQueryRows(dist, '34 modules', port)));
  if (!existsSync(join(large.dist, 'search-index/vi/catalog.json'))) {
    return [...rows, { row: 'search, 1,000-module catalog', value: NaN, unit: 'ms', problem: `search not measured at 1,000 modules: the build failed (${large.failure})` }];
  }
  rows.push({ row: 'search p95 query vi, 1,000-module catalog', value: await p95Ms(large.dist, 'vi', lib), unit: 'ms', budget: 5 });
  rows.push(...(await firstQueryRows(large.dist, '1,000 modules', port + 10)));
  return rows;
}
