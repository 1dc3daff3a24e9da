// What a browser downloads for a cold visit, counted request by request in Chromium through a server that gzips like
// the README's nginx. "read" is what a page needs to be read (HTML, CSS, fonts); "interactive" is everything it
// fetches once scrolled through, its islands awake and the header's search box focused.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const READ_TYPES = new Set(['document', 'stylesheet', 'font']);
const systemChromium = '/usr/bin/chromium';

/** Serves `dist` gzipped on `port` until `stop()`. */
export async function serveGzipped(dist, port) {
  const server = spawn(process.execPath, [new URL('serve.mjs', import.meta.url).pathname], {
    env: { ...process.env, GZIP: '1', PORT: String(port), DIST: dist },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).status < 500) return { origin, stop: () => server.kill() };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  server.kill();
  throw new Error(`the site did not start on ${origin}`);
}

export function launchBrowser() {
  return chromium.launch({ ...(existsSync(systemChromium) && { executablePath: systemChromium }), args: ['--disable-quic'] });
}

/**
 * Every request a fresh browser context makes while `act(page)` runs, with its transferred (encoded) body size;
 * what `setup(page)` fetches before is not counted.
 */
export async function recordRequests(browser, act, setup = async () => undefined) {
  // The service worker's background download is measured on its own (bench-offline); here only the page's requests.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  const pending = [];
  await setup(page);
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => requests.push({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize })),
    );
  });
  try {
    await act(page);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return requests;
  } finally {
    await context.close();
  }
}

/** Scrolls to the end so `client:visible` islands wake, then focuses the header's search box if there is one. */
async function interact(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await page.waitForLoadState('networkidle');
  const search = page.locator('header input[type="search"]').first();
  if (await search.count()) await search.focus();
}

const sum = (requests) => requests.reduce((total, r) => total + r.bytes, 0);

/** One cold visit to `path`: bytes and requests to read it, and with everything interactive loaded. */
export async function weighVisit(browser, origin, path) {
  const requests = await recordRequests(browser, async (page) => {
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await interact(page);
  });
  const read = requests.filter((r) => READ_TYPES.has(r.type));
  return { read: sum(read), readRequests: read.length, interactive: sum(requests), requests: requests.length, detail: requests };
}
