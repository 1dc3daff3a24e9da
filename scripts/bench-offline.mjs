// Offline rows for `npm run bench`: what the service worker downloads after a first visit to the home page, and what a
// course pack costs, measured in Chromium through a server that gzips like the README's nginx block (every request the
// server answers is counted, the service worker's included). Run on the real catalog and on a generated 1,000-module
// catalog built with a full `astro build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { createStaticServer } from './static-server.mjs';

const KB = 1024;
const BUDGET = { shell: 300 * KB, growth: 50 * KB, pack: 600 * KB };

function packs(dist) {
  return readdirSync(join(dist, 'packs')).flatMap((lang) =>
    readdirSync(join(dist, 'packs', lang)).map((file) => JSON.parse(readFileSync(join(dist, 'packs', lang, file), 'utf8'))),
  );
}

const sum = (requests) => requests.reduce((total, request) => total + request.bytes, 0);

/** The whole shell as the build counts it: every file sw.js precaches, gzipped where nginx gzips. */
function shellTotal(dist) {
  const urls = [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
  return urls.reduce((total, url) => {
    const body = readFileSync(join(dist, url.endsWith('/') ? `${url}index.html` : url));
    return total + (/\.(woff2|png)$/.test(url) ? body.length : gzipSync(body).length);
  }, 0);
}

/** Loads the home page, waits for the service worker to take over, then saves the largest pack; bytes per phase. */
async function measure(dist) {
  const site = createStaticServer(dist);
  const origin = await site.listen();
  const browser = await chromium.launch({ ...(existsSync('/usr/bin/chromium') && { executablePath: '/usr/bin/chromium' }) });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    const firstVisit = site.requests.length;
    // `ready` resolves once the worker is active, which it becomes only after its precache is complete.
    await page.evaluate(() => navigator.serviceWorker.ready);
    const shell = site.requests.slice(firstVisit);
    const afterShell = site.requests.length;
    const shellBytes = sum(shell);

    const largest = packs(dist).sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
    await page.evaluate(
      ({ lang, course }) =>
        new Promise((resolve) => {
          const channel = new BroadcastChannel('hocso-packs');
          channel.onmessage = ({ data }) => (data.type === 'saved' || data.type === 'failed') && data.key === `${lang}/${course}` && resolve(data);
          void navigator.serviceWorker.ready.then((registration) => registration.active.postMessage({ type: 'save-pack', lang, course }));
        }),
      largest,
    );
    const packBytes = sum(site.requests.slice(afterShell));
    return { shellBytes, shellRequests: shell.length, largest, packBytes, packRequests: site.requests.length - afterShell };
  } finally {
    await browser.close();
    await site.stop();
  }
}

/** Offline rows for the real catalogue (`dist`) and the generated one (`large`, from bench-large-catalog.mjs). */
export async function offlineRows(dist, large) {
  const rows = [];
  const real = await measure(dist);
  rows.push({
    row: 'service worker, after a first visit to the home page (real catalog)',
    value: real.shellBytes,
    unit: 'bytes gz',
    budget: BUDGET.shell,
    detail: `${real.shellRequests} requests`,
  });
  const realShell = shellTotal(dist);
  rows.push({ row: 'shell as the build counts it (real catalog)', value: realShell, unit: 'bytes gz', budget: BUDGET.shell });
  const { largest } = real;
  rows.push({
    row: 'largest course pack, as listed',
    value: largest.gzipBytes,
    unit: 'bytes gz',
    budget: BUDGET.pack,
    detail: `${largest.lang}/${largest.course}, ${largest.files.length} files; its slides, saved in trainer mode: ${(largest.trainerGzipBytes / KB).toFixed(1)} KB more`,
  });
  rows.push({
    row: 'largest course pack, fetched when saved',
    value: real.packBytes,
    unit: 'bytes gz',
    detail: `${real.packRequests} requests, ${((100 * (real.packBytes - largest.gzipBytes)) / largest.gzipBytes).toFixed(1)} % from the size shown`,
  });

  // The whole shell at 1,000 modules: from a failed build's own message, since there is no site to load.
  const bigShell = large.failure
    ? Number(/the shell every visitor saves is ([\d.]+) KB/.exec(large.failure)?.[1] ?? NaN) * KB
    : shellTotal(large.dist);
  rows.push({
    row: `shell as the build counts it (1,000 modules${large.failure ? ', failed build' : ''})`,
    value: bigShell,
    unit: 'bytes gz',
    budget: Math.min(BUDGET.shell, realShell + BUDGET.growth),
    detail: `+${((bigShell - realShell) / KB).toFixed(1)} KB over the real catalog`,
  });
  if (!large.failure) {
    const big = await measure(large.dist);
    rows.push({
      row: 'service worker, after a first visit to the home page (1,000 modules)',
      value: big.shellBytes,
      unit: 'bytes gz',
      budget: Math.min(BUDGET.shell, real.shellBytes + BUDGET.growth),
      detail: `${big.shellRequests} requests; +${((big.shellBytes - real.shellBytes) / KB).toFixed(1)} KB over the real catalog`,
    });
    for (const lang of ['vi', 'en']) {
      const [pack] = packs(large.dist).filter((p) => p.lang === lang).sort((a, b) => b.gzipBytes - a.gzipBytes);
      if (!pack) continue;
      rows.push({
        row: `largest ${lang} course pack (1,000 modules)`,
        value: pack.gzipBytes,
        unit: 'bytes gz',
        budget: BUDGET.pack,
        detail: `${lang}/${pack.course}; its slides, saved in trainer mode: ${(pack.trainerGzipBytes / KB).toFixed(1)} KB more`,
      });
    }
  }
  return rows;
}
