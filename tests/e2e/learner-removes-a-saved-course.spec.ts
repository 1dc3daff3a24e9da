import { expect, test } from '@playwright/test';
import { answerQuiz, createProfile, dumpDb, moduleOf } from './learner';
import { cacheContents, packBox, packOf, pagesOf, shellReady } from './packs';

const COURSE = 'ky-nang-so-co-ban';

test('removing a saved course frees its files and leaves progress untouched', async ({ page }) => {
  test.setTimeout(120_000);
  const pack = packOf('vi', COURSE);
  await createProfile(page, 'Hùng');
  const module = moduleOf(COURSE, 0);
  await page.goto(module.path);
  await answerQuiz(page, module.quiz, true);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');

  await page.goto(`/khoa-hoc/${COURSE}/`);
  await shellReady(page);
  const box = packBox(page, 'vi', COURSE);
  // Opening a module while online saved the course already, unless that is turned off: either way it ends saved.
  const save = box.getByRole('button', { name: /^Lưu để học không cần mạng/ });
  if (await save.isVisible()) await save.click();
  await expect(box.getByText(/^Đã lưu để học không cần mạng ngày/)).toBeVisible({ timeout: 60_000 });

  const held = (contents: Record<string, string[]>) => Object.values(contents).flat().filter((url) => pagesOf(pack).includes(url));
  expect(held(await cacheContents(page)).length, 'every page of the course is in Cache Storage').toBe(pagesOf(pack).length);
  const learnerData = await dumpDb(page);

  await page.goto('/ngoai-tuyen/');
  const item = page.locator(`[data-saved-pack="vi/${COURSE}"]`);
  await expect(item).toContainText('Kỹ năng số cơ bản');
  await expect(item).toContainText(/\d+ KB, lưu ngày \d+ tháng \d+ năm \d{4}/);
  await expect(page.getByText(/^Học Số đang dùng .+\. Máy còn trống khoảng .+ cho Học Số\.$/)).toBeVisible();
  await item.getByRole('button', { name: 'Xóa “Kỹ năng số cơ bản” khỏi máy' }).click();
  await expect(item).toBeHidden();
  await expect(page.getByText('Chưa có khóa nào được lưu.', { exact: false })).toBeVisible();

  const after = await cacheContents(page);
  expect(held(after), 'no page of the course is left in Cache Storage').toEqual([]);
  expect(Object.keys(after).filter((name) => name.includes(COURSE))).toEqual([]);
  expect(await dumpDb(page), 'progress, attempts and certificates are unchanged').toEqual(learnerData);
  await page.goto(`/khoa-hoc/${COURSE}/`);
  await expect(box.getByRole('button', { name: /^Lưu để học không cần mạng/ })).toBeVisible();
});
