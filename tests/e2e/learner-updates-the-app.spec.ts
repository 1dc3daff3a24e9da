import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import sirv from 'sirv';
import { writeOfflineFiles, writeServiceWorker } from '../../src/integrations/offline-files';

// Its own static server (on any free port), so the test can swap what is served under an open tab, as a deploy does.
let origin: string;
const dist = new URL('../../dist/', import.meta.url).pathname;

/** Build B: build A with a changed home page, its offline files and worker made again as the build makes them. */
async function makeBuildB(dir: string) {
  cpSync(dist, dir, { recursive: true });
  const home = join(dir, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('<html lang="vi"', '<html lang="vi" data-build="B"'));
  await writeServiceWorker(dir, writeOfflineFiles(dir));
}

let server: Server;
let served: 'A' | 'B' = 'A';
let tmp: string;

test.beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'hocso-update-'));
  await makeBuildB(join(tmp, 'b'));
  const builds = { A: sirv(dist, { dev: true }), B: sirv(join(tmp, 'b'), { dev: true }) };
  server = createServer((req, res) =>
    builds[served](req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

test('a tab open on build A is offered build B, keeps working until the learner accepts, then shows build B', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    // A navigation (goBack) cancels the previous page's favicon fetch; that is not a failure a learner meets.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.resourceType() !== 'document') return;
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
  });

  await page.goto(`${origin}/`);
  await expect(page.getByText('Sẵn sàng dùng khi không có mạng')).toBeVisible({ timeout: 60_000 });
  await page.reload();
  const prompt = page.getByRole('region', { name: 'Có phiên bản mới của Học Số.' });
  await expect(prompt).toBeHidden();

  served = 'B';
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(prompt, 'the learner is told a new version is ready').toBeVisible({ timeout: 30_000 });

  // Until the learner accepts, the tab stays on build A and keeps working.
  await expect(page.locator('html')).not.toHaveAttribute('data-build', 'B');
  await page.getByRole('link', { name: 'Xem tất cả khóa học' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Các khóa học');
  await page.goBack();
  await expect(page.locator('html')).not.toHaveAttribute('data-build', 'B');
  expect(problems, 'nothing in the open tab may fail before the update is accepted').toEqual([]);

  await expect(prompt).toBeVisible();
  await page.getByRole('button', { name: 'Cập nhật ngay' }).click();
  await expect(page.locator('html'), 'after accepting, the page is build B').toHaveAttribute('data-build', 'B');
  await expect(prompt).toBeHidden();
});
