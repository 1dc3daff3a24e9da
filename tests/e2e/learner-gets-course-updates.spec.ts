import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { moduleOf } from './learner';
import { buildWithChangedPage, ownServer, packBox, packOf, pagesOf, phoneOn, shellReady } from './packs';

const COURSE = 'ky-nang-so-co-ban';
const CHANGED = moduleOf(COURSE, 2).path;

test('a new deploy updates a saved course by fetching only what changed, and the open tab offers it', async ({ browser }) => {
  test.setTimeout(120_000);
  const tmp = mkdtempSync(join(tmpdir(), 'hocso-pack-update-'));
  try {
    // Build B: build A with one module's text changed.
    await buildWithChangedPage(join(tmp, 'b'), CHANGED, 'h1');
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
