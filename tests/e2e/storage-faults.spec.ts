import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { answerQuiz, createProfile, launchPersistentBrowser, moduleOf } from './learner';

const first = moduleOf('vneid', 0);
const second = moduleOf('vneid', 1);

test('without IndexedDB (private mode) a banner explains, the module reads and the quiz still runs', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto(first.path);
  await expect(page.getByRole('alert').filter({ hasText: 'không lưu được kết quả học' })).toBeVisible();
  await expect(page.locator('.module__text')).toBeVisible();
  await answerQuiz(page, first.quiz, true);
  const result = page.locator('.quiz-island__result');
  await expect(result.getByRole('heading')).toHaveText('Bạn đã qua bài này!');
  await expect(result).toContainText('Trình duyệt này không lưu được, nên kết quả này không được lưu.');

  await page.goto('/tien-do/');
  await expect(page.getByRole('alert').filter({ hasText: 'không lưu được kết quả học' })).toBeVisible();
});

test('a full device shows a plain message and loses nothing saved before', async ({ baseURL }) => {
  const dir = mkdtempSync(join(tmpdir(), 'hocso-full-'));
  try {
    let context = await launchPersistentBrowser(dir, baseURL!);
    let page = context.pages()[0] ?? (await context.newPage());
    await createProfile(page, 'Đầy máy');
    await page.goto(first.path);
    await answerQuiz(page, first.quiz, true);
    await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');
    await context.close();

    // The phone fills up while the browser is closed. Chromium reads an origin's quota when the origin first opens
    // its database in a session, so the override is set before any page of the site runs.
    context = await launchPersistentBrowser(dir, baseURL!);
    page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 1 });
    await page.goto(second.path);
    await answerQuiz(page, second.quiz, true);
    await expect(page.locator('.quiz-island__result'), 'a full disk should be explained in plain words').toContainText('Máy đã hết chỗ trống');

    await page.goto('/tien-do/');
    await expect(page.locator(`[data-module="${first.id}"]`), 'the earlier pass should still be there').toHaveAttribute('data-status', 'completed');
    await expect(page.locator(`[data-module="${second.id}"]`)).toHaveAttribute('data-status', 'not-started');
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Opens the learner database at an IndexedDB version as another build of the site would, and keeps it in `held`. */
function openDatabaseAt(page: Page, version: number): Promise<void> {
  return page.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hoc-so', v);
        request.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    version,
  );
}

test('a newer version opened in another tab asks this tab to reload instead of hanging', async ({ page, context }) => {
  await createProfile(page, 'Hai thẻ');
  await page.goto(first.path);
  await expect(page.locator('.learner-bar')).toContainText('Hai thẻ đang học');
  const other = await context.newPage();
  await other.goto('/offline/');
  await openDatabaseAt(other, 1000);
  await other.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  const banner = page.getByRole('alert').filter({ hasText: 'vừa được cập nhật ở một thẻ khác' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Tải lại trang' })).toBeVisible();
});

test('an old version in another tab that holds the database on to an update gets a plain message, then learning goes on', async ({ page, context }) => {
  const old = await context.newPage();
  await old.goto('/offline/');
  // An old, hung page: it keeps its connection and ignores the request to let go.
  await openDatabaseAt(old, 1);
  await page.goto('/tien-do/');
  const banner = page.getByRole('alert').filter({ hasText: 'một thẻ khác vẫn mở phiên bản cũ' });
  await expect(banner).toBeVisible();

  await old.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await expect(banner, 'the message goes once the old tab lets go').toBeHidden();
  await createProfile(page, 'Sau cập nhật');
});
