import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { answerQuiz, createProfile, dumpDb, moduleOf } from './learner';
import { holdIslandCode } from './site';

const first = moduleOf('vneid', 0);
const second = moduleOf('vneid', 1);

test('export, delete the profile, import the file: everything comes back the same', async ({ page }) => {
  await createProfile(page, 'Anh Tuấn', '1357');
  await page.goto(first.path);
  await answerQuiz(page, first.quiz, false);
  await page.locator('.quiz-island__result').getByRole('button', { name: 'Làm lại' }).click();
  await answerQuiz(page, first.quiz, true);
  // He reads that his pass is kept before he moves on, as he does after each quiz.
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');
  await page.goto(second.path);
  await answerQuiz(page, second.quiz, false);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');

  await page.goto('/tien-do/');
  const { settings: _, ...before } = await dumpDb(page);
  expect(before.attempts).toHaveLength(3);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tệp của Anh Tuấn' }).click();
  const file = await (await download).path();
  expect((await download).suggestedFilename()).toMatch(/^hoc-so-anh-tuan-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(/Đã tạo tệp/)).toBeVisible();

  await page.getByRole('button', { name: 'Xóa Anh Tuấn khỏi máy này' }).click();
  await page.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(page.getByRole('heading', { name: 'Ai đang học?' })).toBeVisible();
  expect((await dumpDb(page)).attempts).toEqual([]);

  await expect(page.getByText('Tệp sao lưu không mang mã PIN. Sau khi nhập, mỗi người hãy đặt lại mã PIN của mình.'), 'the import screen says PINs are set again').toBeVisible();
  await page.getByLabel('Nhập tệp sao lưu').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(page.getByText('Đã thêm: Anh Tuấn. Hãy đặt lại mã PIN nếu muốn.')).toBeVisible();
  const { settings: __, ...after } = await dumpDb(page);
  // The file carried no PIN hash: the restored profile has none until he sets it again.
  const withoutPin = { ...before, profiles: before.profiles!.map((p) => ({ ...(p as object), pin: null })) };
  expect(after, 'the imported data should equal what was exported, PIN aside').toEqual(withoutPin);

  await page.locator('.profile-list').getByRole('button', { name: /Anh Tuấn/ }).click();
  await expect(page.locator(`[data-module="${first.id}"]`)).toHaveAttribute('data-status', 'completed');
  await expect(page.getByText(/Tệp sao lưu không mang theo mã PIN: nếu bạn vừa nhập hồ sơ từ tệp, hãy đặt lại mã PIN ở đây./)).toBeVisible();
  await page.getByLabel('Mã PIN mới (4 đến 8 chữ số)').fill('1357');
  await page.getByRole('button', { name: 'Lưu mã PIN' }).click();
  await expect(page.getByText('Đã lưu mã PIN mới.')).toBeVisible();

  await page.getByLabel('Nhập tệp sao lưu').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(page.getByText('Đã thêm kết quả học cho: Anh Tuấn.')).toBeVisible();
  const { settings: ___, ...twice } = await dumpDb(page);
  const pinOf = (dump: Record<string, unknown[]>) => (dump.profiles![0] as { pin: unknown }).pin;
  expect({ ...twice, profiles: withoutPin.profiles }, 'importing the same file twice should add nothing').toEqual(withoutPin);
  expect(pinOf(twice), 'importing his own file while he is open keeps the PIN he set again').not.toBeNull();
});

test('the backup file picker waits until the page can read the file', async ({ page }) => {
  // Hold My progress's code back, as a slow network does: a file picked now would be read by nothing.
  const release = await holdIslandCode(page, 'ProgressApp*.js');
  await page.goto('/tien-do/');
  await expect(page.getByLabel('Nhập tệp sao lưu')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Xuất tệp của mọi người trên máy' })).toBeDisabled();
  release();
  await expect(page.getByLabel('Nhập tệp sao lưu')).toBeEnabled();
  await page.getByLabel('Nhập tệp sao lưu').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: Buffer.from('không phải tệp sao lưu') });
  await expect(page.locator('.progress-app__message .banner--warning'), 'the file is read and refused with a message').toBeVisible();
});
