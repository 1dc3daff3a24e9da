import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { answerQuiz, createProfile, moduleOf } from './learner';
import { ownServer, packBox, packOf, pagesOf, phoneOn, shellReady } from './packs';

const COURSE = 'ky-nang-so-co-ban';
const NOT_SAVED = 'vneid';
const titleOf = (course: string) => (parse(readFileSync(`content/vi/${course}/course.yaml`, 'utf8')) as { title: string }).title;

test('a learner saves "Kỹ năng số cơ bản", the server goes down, and the whole course still works', async ({ browser }) => {
  test.setTimeout(180_000);
  const { site, origin } = await ownServer();
  const page = await phoneOn(browser, origin);
  const pack = packOf('vi', COURSE);

  await createProfile(page, 'Lan');
  await page.goto(`/khoa-hoc/${COURSE}/`);
  await shellReady(page);
  const box = packBox(page, 'vi', COURSE);
  const save = box.getByRole('button', { name: /^Lưu để học không cần mạng \(\s*\d+ KB\s*\)$/ });

  await test.step('the size is shown before anything is downloaded, and matches what is then fetched within 10 %', async () => {
    // As read on screen: the size with the slides, for trainer mode, is in the button too, hidden.
    const shown = Number(/\(\s*(\d+) KB/.exec(await save.innerText())?.[1]) * 1024;
    expect(Math.abs(shown - pack.gzipBytes) / pack.gzipBytes, 'the size shown is the pack size').toBeLessThan(0.01);
    const before = site.requests.length;
    // A slow signal: each module page takes a moment, so the learner sees the download go.
    site.delay = (path) => (path.startsWith(`/khoa-hoc/${COURSE}/`) ? 250 : 0);
    await save.click();
    const bar = box.getByRole('progressbar');
    await expect(bar, 'a progress bar shows while the course downloads').toBeVisible();
    await expect.poll(() => bar.evaluate((element: HTMLProgressElement) => element.value)).toBeGreaterThan(0);
    await expect(box.getByText(/^Đã lưu để học không cần mạng ngày \d{1,2} tháng \d{1,2} năm \d{4}\.$/)).toBeVisible({ timeout: 60_000 });
    const urls = new Set(pack.files.map((file) => file.url));
    const fetched = site.requests.slice(before).filter((request) => urls.has(request.path));
    expect(new Set(fetched.map((request) => request.path)).size, 'every file of the pack is fetched').toBe(urls.size);
    const bytes = fetched.reduce((sum, request) => sum + request.bytes, 0);
    expect(Math.abs(bytes - shown) / shown, `fetched ${bytes} bytes, shown ${shown}`).toBeLessThan(0.1);
    site.delay = () => 0;
  });

  await site.stop();

  await test.step('with the server down, every page of the course opens with its content', async () => {
    const broken: string[] = [];
    for (const path of pagesOf(pack)) {
      const response = await page.goto(path).catch((error: Error) => error);
      const heading = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
      if (response instanceof Error || !response?.ok()) broken.push(`${path}: ${response instanceof Error ? response.message : response?.status()}`);
      else if (!heading || heading === 'Bạn đang không có mạng') broken.push(`${path}: no content`);
    }
    expect(broken).toEqual([]);
  });

  await test.step('its quiz can be passed, and the result is saved', async () => {
    const module = moduleOf(COURSE, 1);
    await page.goto(module.path);
    await answerQuiz(page, module.quiz, true);
    const result = page.locator('.quiz-island__result');
    await expect(result.getByRole('heading')).toHaveText('Bạn đã qua bài này!');
    await expect(result).toContainText('Đã lưu kết quả.');
    await page.goto('/tien-do/');
    await expect(page.locator(`[data-module="${module.id}"]`)).toHaveAttribute('data-status', 'completed');
  });

  await test.step('a module of a course not saved shows the offline page naming that course', async () => {
    await page.goto(moduleOf(NOT_SAVED, 0).path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bạn đang không có mạng');
    await expect(page.getByText(`Khóa “${titleOf(NOT_SAVED)}” chưa được lưu trên máy này`)).toBeVisible();
    await page.getByRole('button', { name: 'Lưu khóa này khi có mạng trở lại' }).click();
    await expect(page.getByText('Học Số sẽ lưu khóa này khi điện thoại có mạng trở lại.')).toBeVisible();
  });

  await test.step('when the network is back, the course asked for is saved', async () => {
    await site.listen(Number(new URL(origin).port));
    await page.goto('/ngoai-tuyen/');
    await expect(page.locator('[data-saved-pack]')).toHaveCount(2, { timeout: 30_000 });
    await expect(page.locator('[data-saved-pack="vi/vneid"]')).toContainText(titleOf(NOT_SAVED));
  });
  await page.context().close();
  await site.stop();
});
