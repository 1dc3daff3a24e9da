import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerQuiz, createProfile, dumpDb, keepDatabaseBusy, moduleOf, switchTo } from './learner';

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
  await expect(page.locator('[data-course="vneid"]'), 'Minh should not see Bà Lan’s pass').toHaveAttribute('data-status', 'not-started');
  await expect(page.locator(`[data-module="${first.id}"]`)).toHaveCount(0);

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

/** What a download holds, as text. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download');
  await click();
  return readFileSync(await (await download).path(), 'utf8');
}

test('wrong PINs meet a growing wait that survives a reload; "export everyone" leaves her out without her PIN; no file holds a PIN hash', async ({ page }) => {
  test.setTimeout(180_000);
  // The page's clock stands still unless the test moves it (its timers still run), so every countdown is exact.
  let now = Date.parse('2026-11-29T10:00:00+07:00');
  const advance = async (ms: number) => page.clock.setFixedTime((now += ms));
  await advance(0);
  await createProfile(page, 'Chị Hoa', '2468');
  await page.goto(first.path);
  await answerQuiz(page, first.quiz, true);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');
  await page.goto('/tien-do/');
  await page.getByRole('button', { name: 'Đổi người học' }).click();
  await createProfile(page, 'Minh');
  const hoa = (await dumpDb(page)).profiles!.find((p) => (p as { name: string }).name === 'Chị Hoa') as { id: string; pin: { hash: string; salt: string } };

  // Minh exports everyone without Hoa's PIN: she is left out, and the page says so.
  await page.getByRole('button', { name: 'Xuất tệp của mọi người trên máy' }).click();
  await expect(page.getByLabel('Mã PIN của Chị Hoa')).toBeVisible();
  const withoutHer = await downloaded(page, () => page.getByRole('button', { name: 'Xuất tệp', exact: true }).click());
  await expect(page.locator('.progress-app__message')).toContainText('Không có trong tệp (chưa nhập đúng mã PIN): Chị Hoa.');
  expect(withoutHer, 'her name, her id and her results stay out of the family file').not.toMatch(new RegExp(`Chị Hoa|${hoa.id}|${first.id}`));
  expect(JSON.parse(withoutHer).profiles.map((p: { name: string }) => p.name)).toEqual(['Minh']);
  // With her PIN typed in the export flow, she is in; still no PIN hash in the file.
  await page.getByRole('button', { name: 'Xuất tệp của mọi người trên máy' }).click();
  await page.getByLabel('Mã PIN của Chị Hoa').fill('2468');
  const withHer = await downloaded(page, () => page.getByRole('button', { name: 'Xuất tệp', exact: true }).click());
  expect(JSON.parse(withHer).profiles.map((p: { name: string }) => p.name).sort()).toEqual(['Chị Hoa', 'Minh']);
  const mine = await downloaded(page, () => page.getByRole('button', { name: 'Xuất tệp của Minh' }).click());
  for (const file of [withoutHer, withHer, mine]) {
    expect(file, 'no export carries a PIN hash').not.toContain(hoa.pin.hash);
    expect(file).not.toContain(hoa.pin.salt);
    expect(file).not.toMatch(/"pin"|"pinLock"/);
  }

  // Minh tries 20 wrong PINs on her profile.
  await page.getByRole('button', { name: 'Đổi người học' }).click();
  await page.locator('.profile-list').getByRole('button', { name: /Chị Hoa/ }).click();
  const field = page.getByLabel('Nhập mã PIN của Chị Hoa');
  const timer = page.getByRole('timer');
  const waits = ['30 giây', '1 phút', '2 phút', '4 phút', '8 phút', ...Array<string>(11).fill('15 phút')];
  const seconds = [30, 60, 120, 240, 480, ...Array<number>(11).fill(900)];
  for (let attempt = 1; attempt <= 20; attempt++) {
    await field.fill(String(1000 + attempt));
    await page.getByRole('button', { name: 'Mở', exact: true }).click();
    if (attempt <= 4) {
      await expect(page.getByRole('alert').filter({ hasText: 'Mã PIN chưa đúng' }), `wrong PIN ${attempt} is only told, no wait`).toBeVisible();
      await expect(timer).toHaveCount(0);
      continue;
    }
    const wait = waits[attempt - 5]!;
    await expect(timer, `after ${attempt} wrong PINs the wait is ${wait}`).toHaveText(`Đã nhập sai mã PIN nhiều lần. Hãy chờ ${wait} rồi thử lại.`);
    await expect(field, 'no PIN can be typed while she waits').toBeDisabled();
    if (attempt === 7) {
      // Ten seconds later, a reload: the count and the wait are kept with her profile.
      await advance(10_000);
      await page.reload();
      await page.locator('.profile-list').getByRole('button', { name: /Chị Hoa/ }).click();
      await expect(timer, 'the wait survives a reload, counting down').toHaveText('Đã nhập sai mã PIN nhiều lần. Hãy chờ 1 phút 50 giây rồi thử lại.');
      await advance(110_000);
    } else {
      await advance(seconds[attempt - 5]! * 1000);
    }
    await expect(field, `after the wait of ${wait} a PIN can be typed again`).toBeEnabled();
  }
  expect(((await dumpDb(page)).profiles!.find((p) => (p as { id: string }).id === hoa.id) as { pinLock: { failures: number } }).pinLock.failures).toBe(20);

  // The 21st try is wrong too; the English page says the wait in English.
  await field.fill('0000');
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(timer).toHaveText(/Hãy chờ 15 phút rồi/);
  await page.goto('/en/progress/');
  await page.locator('.profile-list').getByRole('button', { name: /Chị Hoa/ }).click();
  await expect(page.getByRole('timer')).toHaveText('Too many wrong PINs. Wait 15 minutes, then try again.');
  await advance(14 * 60_000 + 59_000);
  await expect(page.getByRole('timer')).toHaveText('Too many wrong PINs. Wait 1 second, then try again.');
  await advance(1_000);
  await page.getByLabel('Enter the PIN of Chị Hoa').fill('2468');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Chị Hoa is learning' }), 'after the wait, the right PIN opens her profile').toBeVisible();
});

test('deleting a profile asks first, then leaves no row of it', async ({ page }) => {
  await createProfile(page, 'Khách cũ');
  await page.goto(first.path);
  await answerQuiz(page, first.quiz, false);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');
  // Her large text is the reading preference in force on this phone.
  await page.getByRole('button', { name: 'Rất lớn' }).click();
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
  const local = await page.evaluate(() => Object.entries(localStorage).flat().join('\n'));
  expect(local, 'no localStorage key or value mentions her').not.toMatch(new RegExp(`${id}|Khách cũ`));
  expect(local, 'her very large text is gone from this phone').not.toContain('larger');
  await expect(page.locator('html'), 'the page is back to the default text size').not.toHaveAttribute('data-text-size', 'larger');

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

test('guest mode chosen a moment before leaving the page is still chosen on the next page', async ({ page }) => {
  await page.goto('/tien-do/');
  const guest = page.getByRole('button', { name: /chế độ khách/ });
  await expect(guest).toBeVisible();
  // The choice's write waits behind another write until the page is left.
  await keepDatabaseBusy(page, ['settings']);
  await guest.click();
  await page.goto(first.path);
  await expect(page.locator('.learner-bar')).toContainText('chế độ khách');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hocso.pendingLearner')), { message: 'nothing is left waiting once it is saved' }).toBeNull();
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
  await expect(page.locator('.profile-list').getByRole('button', { name: /Ngủ quên/ }), 'signing out keeps the profile').toBeVisible();
});
