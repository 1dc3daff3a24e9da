import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeOfflineFiles, writeServiceWorker } from '../../src/integrations/offline-files';
import { moduleOf } from './learner';
import { DIST, ownServer, packBox, packOf, pagesOf, phoneOn, shellReady } from './packs';

const COURSE = 'ky-nang-so-co-ban';
const CHANGED = moduleOf(COURSE, 2).path;

/** Build B: build A with one module's text changed, its offline files and worker made again as the build makes them. */
async function makeBuildB(dir: string) {
  cpSync(DIST, dir, { recursive: true });
  const page = join(dir, CHANGED, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('<h1', '<h1 data-build="B"'));
  const offline = writeOfflineFiles(dir);
  expect(offline.problems).toEqual([]);
  await writeServiceWorker(dir, offline);
}

test('a new deploy updates a saved course by fetching only what changed, and the open tab offers it', async ({ browser }) => {
  test.setTimeout(120_000);
  const tmp = mkdtempSync(join(tmpdir(), 'hocso-pack-update-'));
  try {
    await makeBuildB(join(tmp, 'b'));
    const { site, origin } = await ownServer();
    const page = await phoneOn(browser, origin);
    await page.goto(`/khoa-hoc/${COURSE}/`);
    await shellReady(page);
    const box = packBox(page, 'vi', COURSE);
    await box.getByRole('button', { name: /^Lưu để học không cần mạng/ }).click();
    await expect(box.getByText(/^Đã lưu để học không cần mạng ngày/)).toBeVisible({ timeout: 60_000 });

    // The tab the learner keeps open is one the service worker already controls.
    await page.reload();
    await expect(box.getByText(/^Đã lưu để học không cần mạng ngày/)).toBeVisible();

    site.root = join(tmp, 'b');
    const before = site.requests.length;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('region', { name: 'Có phiên bản mới của Học Số.' });
    await expect(prompt, 'the learner is told a new version is ready').toBeVisible({ timeout: 30_000 });
    await expect(page.locator('h1')).not.toHaveAttribute('data-build', 'B');

    const packFiles = new Set(packOf('vi', COURSE, `${tmp}/b/`).files.map((file) => file.url));
    const fetched = site.requests.slice(before).map((request) => request.path).filter((path) => packFiles.has(path));
    // The course page shows the pack's size, so it changes with any page of the pack; nothing else may be fetched.
    expect(fetched.filter((path) => path !== `/khoa-hoc/${COURSE}/`), 'only the changed module page is fetched, not the whole pack').toEqual([CHANGED]);
    expect(pagesOf(packOf('vi', COURSE)).length).toBeGreaterThan(10);

    await page.getByRole('button', { name: 'Cập nhật ngay' }).click();
    await expect(prompt).toBeHidden();
    await site.stop();
    await page.goto(CHANGED);
    await expect(page.locator('h1'), 'offline, the saved course shows the new version').toHaveAttribute('data-build', 'B');
    await page.context().close();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
