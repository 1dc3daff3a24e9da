import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { moduleOf } from './learner';
import { buildWithChangedPage, cacheContents, ownServer, packBox, packOf, shellReady, savedRecordOf } from './packs';
import { turnTrainerMode } from './trainer';

// Slides are a trainer's tool: a learner who saves a course does not pay for them; a trainer's device keeps them with
// the course, so she can teach in a commune hall without a network.
test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

const COURSE = 'vneid';
const OTHER = 'dich-vu-cong-truc-tuyen';
const THIRD = 'an-toan-tren-khong-gian-mang';
const slidesOf = (module: { path: string }) => `${module.path}trinh-chieu/`;
/** The size a button shows, as read on screen (the size of the other mode is in the page too, hidden). */
const shownKb = async (button: ReturnType<Page['getByRole']>) => Number(/\(\s*(\d+) KB/.exec(await button.innerText())?.[1]) * 1024;

test('a learner saves a course without its slides; in trainer mode they are added, sized before, and open offline', async ({ browser }) => {
  test.setTimeout(240_000);
  const { site, origin } = await ownServer();
  const page = await (await browser.newContext({ baseURL: origin })).newPage();
  const pack = packOf('vi', COURSE);
  const slides = new Set(pack.trainerFiles.map((file) => file.url));
  expect(pack.trainerFiles.filter((file) => file.url.endsWith('/trinh-chieu/')), 'every module has its slides in the trainer part').toHaveLength(
    pack.files.filter((file) => /\/bai-kiem-tra-giay\/$/.test(file.url)).length,
  );

  await test.step('a learner saves the course: the size shown and the download leave the slides out', async () => {
    await page.goto(`/khoa-hoc/${COURSE}/`);
    await shellReady(page);
    const box = packBox(page, 'vi', COURSE);
    const save = box.getByRole('button', { name: /^Lưu để học không cần mạng \(\s*\d+ KB\s*\)$/ });
    const shown = await shownKb(save);
    expect(Math.abs(shown - pack.gzipBytes), 'the size shown is the learner part, to the KB').toBeLessThanOrEqual(512);
    const before = site.requests.length;
    await save.click();
    await expect(box.getByText(/^Đã lưu để học không cần mạng ngày/)).toBeVisible({ timeout: 60_000 });
    const fetched = site.requests.slice(before);
    expect(fetched.filter((request) => slides.has(request.path)).map((request) => request.path), 'no slide is fetched for a learner').toEqual([]);
    const held = (await cacheContents(page))[`hocso-pack:vi/${COURSE}`] ?? [];
    expect(held.filter((path) => path.includes('/trinh-chieu/'))).toEqual([]);
    expect((await savedRecordOf(page, `vi/${COURSE}`))?.trainer).toBe(false);
    await site.stop();
    await page.goto(slidesOf(moduleOf(COURSE, 0)));
    await expect(page.getByText(/^Các trang trình chiếu của khóa “.+” chưa được lưu trên máy này\./), 'offline, the slides say why they are missing').toBeVisible();
    await site.listen(Number(new URL(origin).port));
  });

  await test.step('trainer mode on a course page offers the slides alone, with their size', async () => {
    // Trainer mode is a setting of the device, turned on in a module's classroom tools; the course page follows it.
    await page.goto(moduleOf(OTHER, 0).path);
    await turnTrainerMode(page, true);
    // A module opened online saves its course; in trainer mode, with its slides.
    await expect.poll(async () => (await savedRecordOf(page, `vi/${OTHER}`))?.trainer, { timeout: 60_000 }).toBe(true);
    await page.goto(`/khoa-hoc/${COURSE}/`);
    const add = packBox(page, 'vi', COURSE).getByRole('button', { name: /^Lưu thêm các trang trình chiếu \(\s*\d+ KB\s*\)$/ });
    const shown = await shownKb(add);
    expect(Math.abs(shown - pack.trainerGzipBytes), 'the size shown is the slides part, to the KB').toBeLessThanOrEqual(512);
    const before = site.requests.length;
    await add.click();
    await expect.poll(async () => (await savedRecordOf(page, `vi/${COURSE}`))?.trainer, { timeout: 60_000 }).toBe(true);
    await expect(add).toBeHidden();
    const ofPack = site.requests.slice(before).filter((request) => slides.has(request.path) || pack.files.some((file) => file.url === request.path));
    expect(new Set(ofPack.map((request) => request.path)), 'only the slides are fetched, not the course again').toEqual(slides);
    const bytes = ofPack.reduce((sum, request) => sum + request.bytes, 0);
    expect(Math.abs(bytes - shown) / shown, `fetched ${bytes} bytes, shown ${shown}`).toBeLessThan(0.1);
  });

  await test.step('in trainer mode, a course not saved shows the size with its slides, and is saved with them', async () => {
    const third = packOf('vi', THIRD);
    await page.goto(`/khoa-hoc/${THIRD}/`);
    const save = packBox(page, 'vi', THIRD).getByRole('button', { name: /^Lưu để học không cần mạng \(\s*\d+ KB, cả trang trình chiếu\s*\)$/ });
    const shown = await shownKb(save);
    const total = third.gzipBytes + third.trainerGzipBytes;
    expect(Math.abs(shown - total), 'the size shown is the course with its slides, to the KB').toBeLessThanOrEqual(512);
    const before = site.requests.length;
    await save.click();
    await expect.poll(async () => (await savedRecordOf(page, `vi/${THIRD}`))?.trainer, { timeout: 60_000 }).toBe(true);
    const urls = new Set([...third.files, ...third.trainerFiles].map((file) => file.url));
    const bytes = site.requests
      .slice(before)
      .filter((request) => urls.has(request.path))
      .reduce((sum, request) => sum + request.bytes, 0);
    expect(Math.abs(bytes - shown) / shown, `fetched ${bytes} bytes, shown ${shown}`).toBeLessThan(0.1);
  });

  await test.step('with the server down, every module of the course opens as slides once they were shown online', async () => {
    // reveal.js is fetched the first time slides are shown on a device, then kept: before that, the page says so.
    await site.stop();
    await page.goto(slidesOf(moduleOf(COURSE, 0)));
    await expect(page.getByText(/^Trình chiếu cần mạng ở lần mở đầu tiên trên máy này\./)).toBeVisible();
    await site.listen(Number(new URL(origin).port));
    await page.goto(slidesOf(moduleOf(COURSE, 0)));
    await expect(page.locator('[data-deck][data-ready]')).toHaveAttribute('data-slide', '0');
    await site.stop();
    const modules = pack.trainerFiles.filter((file) => file.url.endsWith('/trinh-chieu/')).map((file) => file.url);
    for (const path of modules) {
      await page.goto(path);
      await expect(page.locator('[data-deck][data-ready]'), `${path} opens offline`).toHaveAttribute('data-slide', '0');
    }
  });

  await test.step('removing the course removes its slides too', async () => {
    await page.goto('/ngoai-tuyen/');
    await page.locator(`[data-saved-pack="vi/${COURSE}"]`).getByRole('button', { name: /^Xóa/ }).click();
    await expect(page.locator(`[data-saved-pack="vi/${COURSE}"]`)).toHaveCount(0);
    expect((await cacheContents(page))[`hocso-pack:vi/${COURSE}`]).toBeUndefined();
  });
  await page.context().close();
});

test("a new deploy keeps a trainer's slides, fetching only the slide page that changed", async ({ browser }) => {
  test.setTimeout(180_000);
  const tmp = mkdtempSync(join(tmpdir(), 'hocso-slides-update-'));
  const changed = slidesOf(moduleOf(COURSE, 1));
  try {
    // Build B: build A with one module's slides changed.
    const b = join(tmp, 'b');
    await buildWithChangedPage(b, changed, 'main');

    const { site, origin } = await ownServer();
    const page = await (await browser.newContext({ baseURL: origin })).newPage();
    await page.goto(moduleOf(COURSE, 0).path);
    await shellReady(page);
    await turnTrainerMode(page, true);
    await expect.poll(async () => (await savedRecordOf(page, `vi/${COURSE}`))?.trainer, { timeout: 60_000 }).toBe(true);
    // The trainer tries the slides once online: reveal.js is kept then. She keeps the module open.
    await page.goto(slidesOf(moduleOf(COURSE, 0)));
    await expect(page.locator('[data-deck][data-ready]')).toHaveAttribute('data-slide', '0');
    await page.goto(moduleOf(COURSE, 0).path);

    site.root = b;
    const before = site.requests.length;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('region', { name: 'Có phiên bản mới của Học Số.' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    const next = packOf('vi', COURSE, `${b}/`);
    const packUrls = new Set([...next.files, ...next.trainerFiles].map((f) => f.url));
    const fetched = site.requests.slice(before).map((request) => request.path).filter((path) => packUrls.has(path));
    expect(fetched.filter((path) => path !== `/khoa-hoc/${COURSE}/`), 'only the changed slide page is fetched').toEqual([changed]);

    // The new version takes over (its staged files put in place) and the tab reloads into it.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Cập nhật ngay' }).click()]);
    await site.stop();
    await page.goto(changed);
    await expect(page.locator('main'), 'offline, the slides are there, in the new version').toHaveAttribute('data-build', 'B');
    await expect(page.locator('[data-deck][data-ready]')).toHaveAttribute('data-slide', '0');
    expect((await savedRecordOf(page, `vi/${COURSE}`))?.trainer, 'the course is still saved with its slides').toBe(true);
    await page.context().close();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
