import { expect, test } from '@playwright/test';
import { answerQuiz, createProfile, dumpDb, moduleOf, switchTo } from './learner';

const first = moduleOf('vneid', 0);

test('two profiles on one phone each see only their own progress', async ({ page }) => {
  await createProfile(page, 'Bà Lan');
  await page.goto(first.path);
  await expect(page.locator('.learner-bar')).toContainText('Bà Lan đang học');
  await answerQuiz(page, first.quiz, true);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');

  await page.goto('/tien-do/');
  await page.getByRole('button', { name: 'Đổi người học' }).click();
  await expect(page.getByRole('heading', { name: 'Ai đang học?' })).toBeVisible();
  await createProfile(page, 'Minh');
  await expect(page.locator(`[data-module="${first.id}"]`), 'Minh should not see Bà Lan’s pass').toHaveAttribute('data-status', 'not-started');

  await switchTo(page, 'Bà Lan');
  await expect(page.getByRole('heading', { name: 'Bà Lan đang học' })).toBeVisible();
  await expect(page.locator(`[data-module="${first.id}"]`)).toHaveAttribute('data-status', 'completed');
});

test('a profile with a PIN does not open without its PIN', async ({ page }) => {
  await createProfile(page, 'Chị Hoa', '2468');
  const stored = JSON.stringify(await dumpDb(page));
  expect(stored, 'the PIN digits should never be stored').not.toContain('2468');
  await page.getByRole('button', { name: 'Đổi người học' }).click();

  await page.locator('.profile-list').getByRole('button', { name: /Chị Hoa/ }).click();
  await page.getByLabel('Nhập mã PIN của Chị Hoa').fill('1111');
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Mã PIN chưa đúng' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chị Hoa đang học' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ai đang học?' }), 'a wrong PIN should not open the profile after a reload either').toBeVisible();

  await page.locator('.profile-list').getByRole('button', { name: /Chị Hoa/ }).click();
  await page.getByLabel('Nhập mã PIN của Chị Hoa').fill('2468');
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Chị Hoa đang học' })).toBeVisible();
  await expect(page.getByText(/không bảo vệ được trước người rành kỹ thuật/).first(), 'the UI should not oversell the PIN').toBeVisible();
});

test('deleting a profile asks first, then leaves no row of it', async ({ page }) => {
  await createProfile(page, 'Khách cũ');
  await page.goto(first.path);
  await answerQuiz(page, first.quiz, false);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');
  await page.goto('/tien-do/');
  await createProfileKeep(page);
  const before = await dumpDb(page);
  const id = (before.profiles as { id: string; name: string }[]).find((p) => p.name === 'Khách cũ')!.id;
  expect(JSON.stringify(before)).toContain(id);

  await page.getByRole('button', { name: 'Xóa Khách cũ khỏi máy này' }).click();
  await page.getByRole('button', { name: 'Thôi' }).click();
  expect(await dumpDb(page), 'cancel should delete nothing').toEqual(before);
  await page.getByRole('button', { name: 'Xóa Khách cũ khỏi máy này' }).click();
  await page.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(page.getByText('Đã xóa Khách cũ và mọi kết quả học.')).toBeVisible();
  const after = await dumpDb(page);
  expect(JSON.stringify(after), 'no row of the deleted profile should be left').not.toContain(id);
  expect((after.profiles as { name: string }[]).map((p) => p.name)).toEqual(['Người ở lại']);

  async function createProfileKeep(p: typeof page) {
    await p.getByRole('button', { name: 'Đổi người học' }).click();
    await createProfile(p, 'Người ở lại');
    await switchTo(p, 'Khách cũ');
    await expect(p.getByRole('heading', { name: 'Khách cũ đang học' })).toBeVisible();
  }
});

test('guest mode lets a quiz be taken and says the result is not saved', async ({ page }) => {
  await page.goto('/tien-do/');
  await page.getByRole('button', { name: /chế độ khách/ }).click();
  await page.goto(first.path);
  await expect(page.locator('.learner-bar')).toContainText('chế độ khách');
  await answerQuiz(page, first.quiz, true);
  await expect(page.locator('.quiz-island__result')).toContainText('Chế độ khách: kết quả này không được lưu.');
  const dump = await dumpDb(page);
  expect(dump.attempts, 'a guest’s attempt should not be stored').toEqual([]);
  expect(dump.progress).toEqual([]);
});

test('a shared phone signs the learner out after the chosen idle minutes', async ({ page }) => {
  await createProfile(page, 'Ngủ quên');
  await page.getByLabel('Tự thoát khi không dùng máy').selectOption('5');
  await page.evaluate(() => localStorage.removeItem('hocso.lastActive'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ngủ quên đang học' }), 'a learner who was just active stays in').toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hocso.lastActive')), 'the idle timer should be running').not.toBeNull();
  // The phone lay untouched for six minutes (the last touch is kept in localStorage across pages).
  await page.evaluate(() => localStorage.setItem('hocso.lastActive', String(Date.now() - 6 * 60_000)));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ai đang học?' }), 'after five idle minutes the picker is back').toBeVisible();
  await expect(page.getByRole('button', { name: /Ngủ quên/ }), 'signing out keeps the profile').toBeVisible();
});
