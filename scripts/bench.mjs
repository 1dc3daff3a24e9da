// Page weights of the built site against DESIGN.md's budgets. Run after `astro build` (npm run bench does both).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lighthouseFailures, measurePages } from './lighthouse.mjs';
import { searchRows } from './bench-search.mjs';
import { certificateRows } from './bench-certificate.mjs';
import { offlineRows } from './bench-offline.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const KB = 1024;
const BUDGET = { html: 20 * KB, css: 20 * KB, js: 80 * KB };

const gz = (path) => gzipSync(readFileSync(path)).length;
const fileOf = (url) => join(dist, decodeURI(url.split(/[?#]/)[0]));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** JS a page loads at start: its module scripts, island components and renderers, and everything they import. */
function scriptsOf(html) {
  const entries = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g),
  ].map((m) => m[1]);
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.pop();
    if (seen.has(url) || !existsSync(fileOf(url))) continue;
    seen.add(url);
    const source = readFileSync(fileOf(url), 'utf8');
    for (const [, spec] of source.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      queue.push(new URL(spec, `http://x${url}`).pathname);
    }
  }
  return [...seen];
}

function weigh(page) {
  const path = join(dist, page, 'index.html');
  const html = readFileSync(path, 'utf8');
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  return {
    html: gz(path),
    css: css.reduce((sum, url) => sum + gz(fileOf(url)), 0) + (inlineCss ? gzipSync(inlineCss).length : 0),
    js: scriptsOf(html).reduce((sum, url) => sum + gz(fileOf(url)), 0),
  };
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run bench`, which builds first.');
  process.exit(1);
}

const modulePages = walk(join(dist, 'khoa-hoc'))
  .filter((p) => p.endsWith('index.html') && p.split('/').length - join(dist, 'khoa-hoc').split('/').length === 3)
  .map((p) => p.slice(dist.length).replace(/index\.html$/, ''));
const heaviestModule = modulePages
  .map((page) => ({ page, ...weigh(page) }))
  .sort((a, b) => b.html - a.html)[0];
const firstCourse = readdirSync(join(dist, 'khoa-hoc')).find((d) => statSync(join(dist, 'khoa-hoc', d)).isDirectory());

const rows = [
  { type: 'home', page: '/', ...weigh('') },
  { type: 'catalog', page: '/khoa-hoc/', ...weigh('khoa-hoc') },
  { type: 'course', page: `/khoa-hoc/${firstCourse}/`, ...weigh(`khoa-hoc/${firstCourse}`) },
  { type: 'module (heaviest)', ...heaviestModule, page: `/${heaviestModule.page}` },
  { type: 'verify', page: '/xac-minh/', ...weigh('xac-minh') },
];

const distBytes = walk(dist).reduce((sum, path) => sum + statSync(path).size, 0);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const failures = [];

console.log('| page type | page | HTML gz | CSS gz | JS gz |');
console.log('|---|---|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.type} | ${row.page} | ${kb(row.html)} | ${kb(row.css)} | ${kb(row.js)} |`);
  for (const kind of ['html', 'css', 'js']) {
    if (row[kind] > BUDGET[kind]) failures.push(`${row.type} ${row.page}: ${kind} ${kb(row[kind])} > budget ${kb(BUDGET[kind])}`);
  }
}
console.log(`\n| dist/ total | ${(distBytes / KB / KB).toFixed(2)} MB in ${walk(dist).length} files |`);
console.log(`| module pages | ${modulePages.length} |`);

const moduleWithQuiz = rows.find((row) => row.type.startsWith('module')).page;
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
for (const { row, value, unit, budget, detail = '' } of [...(await offlineRows(dist)), ...(await searchRows(dist)), ...(await certificateRows())]) {
  console.log(`| ${row} | ${format(value, unit)} | ${budget ? format(budget, unit) : '–'} | ${detail} |`);
  if (budget && value > budget) failures.push(`${row}: ${format(value, unit)} > budget ${format(budget, unit)}`);
}

if (failures.length) {
  console.error(`\nOver budget:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets hold (pages: HTML ≤ 20 KB, CSS ≤ 20 KB, JS ≤ 80 KB gzipped; service worker after a first visit ≤ 300 KB, +50 KB at most at 1,000 modules; course pack ≤ 600 KB; 1,000-module build < 60 s; certificate PDF ≤ 150 KB; search as above).');
