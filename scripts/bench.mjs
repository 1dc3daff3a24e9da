// The built site against DESIGN.md's budgets, as a browser downloads it. Run after `astro build` (npm run bench does
// both). Pages: cold visits in Chromium through a server that gzips like the README's nginx (bench-pages.mjs), beside
// a Starlight build of the same modules; search (bench-search.mjs); Lighthouse; the certificate PDF.
import { readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lighthouseFailures, measurePages } from './lighthouse.mjs';
import { searchRows } from './bench-search.mjs';
import { certificateRows } from './bench-certificate.mjs';
import { offlineRows } from './bench-offline.mjs';
import { launchBrowser, serveGzipped, weighVisit } from './bench-pages.mjs';
import { buildStarlight } from './bench-starlight.mjs';
import { buildLargeCatalog } from './bench-large-catalog.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const KB = 1024;
/** DESIGN.md: ≤ 60 KB gzipped to read a page cold (HTML, CSS, fonts), ≤ 120 KB with everything interactive on it. */
const BUDGET = { read: 60 * KB, interactive: 120 * KB };
const PORT = 4406;
const STARLIGHT_PORT = 4416;

const gz = (path) => gzipSync(readFileSync(path)).length;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const htmlGz = (page) => gz(join(dist, page, 'index.html'));

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run bench`, which builds first.');
  process.exit(1);
}

const modulePages = walk(join(dist, 'khoa-hoc'))
  .filter((p) => p.endsWith('index.html') && p.split('/').length - join(dist, 'khoa-hoc').split('/').length === 3)
  .map((p) => p.slice(dist.length).replace(/index\.html$/, ''));
const heaviestModule = `/${modulePages.sort((a, b) => htmlGz(b) - htmlGz(a))[0]}`;
const firstCourse = readdirSync(join(dist, 'khoa-hoc')).find((d) => statSync(join(dist, 'khoa-hoc', d)).isDirectory());

const pages = [
  { type: 'home', page: '/' },
  { type: 'catalog', page: '/khoa-hoc/' },
  { type: 'course', page: `/khoa-hoc/${firstCourse}/` },
  { type: 'module (heaviest)', page: heaviestModule },
];

const distBytes = walk(dist).reduce((sum, path) => sum + statSync(path).size, 0);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const failures = [];

const browser = await launchBrowser();
const rows = [];
const server = await serveGzipped(dist, PORT);
try {
  for (const page of pages) rows.push({ site: 'Học Số', ...page, ...(await weighVisit(browser, server.origin, page.page)) });
} finally {
  server.stop();
}
// The same module content as a Starlight site (plain Markdown: Học Số's MDX components are its own).
let starlight;
try {
  starlight = buildStarlight();
  const starlightServer = await serveGzipped(starlight.dist, STARLIGHT_PORT);
  const samePage = heaviestModule.replace(/^\/khoa-hoc/, '');
  try {
    for (const [type, page] of [['home', '/'], ['module (same text)', starlight.pages.includes(samePage) ? samePage : starlight.pages[0]]]) {
      rows.push({ site: 'Starlight', type, page, ...(await weighVisit(browser, starlightServer.origin, page)) });
    }
  } finally {
    starlightServer.stop();
  }
} catch (error) {
  console.log(`Starlight comparison not measured: ${error instanceof Error ? error.message : error}`);
} finally {
  if (starlight) rmSync(starlight.dir, { recursive: true, force: true });
  await browser.close();
}

console.log('| site | page type | page | read: HTML+CSS+fonts gz | requests | interactive: everything gz | requests |');
console.log('|---|---|---|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.site} | ${row.type} | ${row.page} | ${kb(row.read)} | ${row.readRequests} | ${kb(row.interactive)} | ${row.requests} |`);
  if (row.site !== 'Học Số') continue;
  for (const kind of ['read', 'interactive']) {
    if (row[kind] > BUDGET[kind]) failures.push(`${row.type} ${row.page}: ${kind} ${kb(row[kind])} > budget ${kb(BUDGET[kind])}`);
  }
}
console.log(`\n| dist/ total | ${(distBytes / KB / KB).toFixed(2)} MB in ${walk(dist).length} files |`);
console.log(`| module pages | ${modulePages.length} |`);

const moduleWithQuiz = heaviestModule;
console.log('\n| Lighthouse, mobile, median of 3 | performance | accessibility | best practices | SEO | LCP | TBT | CLS |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const row of await measurePages(['/', '/khoa-hoc/', moduleWithQuiz])) {
  console.log(
    `| ${row.path} | ${row.performance} | ${row.accessibility} | ${row['best-practices']} | ${row.seo} | ${Math.round(row.lcp)} ms | ${Math.round(row.tbt)} ms | ${row.cls.toFixed(3)} |`,
  );
  if (row.failing.length) console.log(`|   audits below 1: ${row.failing.join(', ')} |`);
  failures.push(...lighthouseFailures(row));
}

const format = (value, unit) =>
  unit === 'ms' ? `${value.toFixed(1)} ms` : unit === 'bytes' ? `${(value / KB / KB).toFixed(2)} MB` : unit === 'raw' ? kb(value) : `${kb(value)} gz`;
console.log('\n| offline, search and certificates | value | budget | detail |');
console.log('|---|---:|---:|---|');
/** Prints a group's rows as soon as they are measured; a group that cannot be measured is a failure, not the end. */
async function report(group, measureRows) {
  try {
    for (const { row, value, unit, budget, detail = '', problem } of await measureRows()) {
      console.log(`| ${row} | ${Number.isNaN(value) ? '–' : format(value, unit)} | ${budget ? format(budget, unit) : '–'} | ${detail} |`);
      if (budget && value > budget) failures.push(`${row}: ${format(value, unit)} > budget ${format(budget, unit)}`);
      if (problem) failures.push(problem);
    }
  } catch (error) {
    failures.push(`${group} not measured: ${error instanceof Error ? error.message : error}`);
  }
}
const BUILD_BUDGET_MS = 60_000;
const large = await buildLargeCatalog(1000);
try {
  await report('1,000-module build', async () => [
    {
      row: 'full astro build, 1,000-module catalog',
      value: large.buildMs,
      unit: 'ms',
      budget: BUILD_BUDGET_MS,
      detail: large.failure ? `FAILED: ${large.failure.replace(/\n/g, ' ')}` : 'every budget held',
      ...(large.failure && { problem: `the 1,000-module catalog does not build: ${large.failure.replace(/\n/g, ' ')}` }),
    },
  ]);
  await report('offline', () => offlineRows(dist, large));
  await report('search', () => searchRows(dist, large, { port: PORT }));
} finally {
  large.remove();
}
await report('certificates', () => certificateRows());

if (failures.length) {
  console.error(`\nOver budget:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets hold (pages: ≤ 60 KB to read, ≤ 120 KB interactive, gzipped as fetched; service worker after a first visit ≤ 300 KB, +50 KB at most at 1,000 modules; course pack ≤ 600 KB; certificate PDF ≤ 150 KB; search: no more than Pagefind, p95 < 5 ms).');
