// Lighthouse (mobile defaults) against the built site served locally; the median of three runs per page.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = 4350;
const RUNS = 3;
const origin = `http://127.0.0.1:${PORT}`;
const chromePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
export const LIGHTHOUSE_BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95, lcp: 2500, tbt: 100, cls: 0.05 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function waitForServer() {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`the site did not start on ${origin}`);
}

/** Runs Lighthouse on each path; returns one row per path with median scores and metrics. */
export async function measurePages(paths) {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await waitForServer();
    const rows = [];
    for (const path of paths) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        runs.push({
          performance: lhr.categories.performance.score * 100,
          accessibility: lhr.categories.accessibility.score * 100,
          'best-practices': lhr.categories['best-practices'].score * 100,
          seo: lhr.categories.seo.score * 100,
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          failing: Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
            .map((a) => a.id),
        });
      }
      const row = { path, failing: [...new Set(runs.flatMap((r) => r.failing))] };
      for (const key of Object.keys(LIGHTHOUSE_BUDGET)) row[key] = median(runs.map((r) => r[key]));
      rows.push(row);
    }
    return rows;
  } finally {
    await chrome.kill();
    server.kill();
  }
}

/** Budget failures of a row, in words. */
export function lighthouseFailures(row) {
  const failures = [];
  for (const key of ['performance', 'accessibility', 'best-practices', 'seo']) {
    if (row[key] < LIGHTHOUSE_BUDGET[key]) failures.push(`${row.path}: Lighthouse ${key} ${row[key]} < ${LIGHTHOUSE_BUDGET[key]}`);
  }
  for (const key of ['lcp', 'tbt', 'cls']) {
    if (row[key] > LIGHTHOUSE_BUDGET[key]) failures.push(`${row.path}: ${key} ${row[key]} > ${LIGHTHOUSE_BUDGET[key]}`);
  }
  return failures;
}
