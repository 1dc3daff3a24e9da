import { expect, test } from '@playwright/test';
import { answerQuiz, createProfile, moduleOf } from './learner';

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

test('a full device shows a plain message and loses nothing saved before', async ({ page, baseURL }) => {
  // Fault hook for the fallback below: once set, every IndexedDB write fails the way a full disk makes it fail.
  await page.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (sessionStorage.getItem('fault:quota')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
  await createProfile(page, 'Đầy máy');
  await page.goto(first.path);
  await answerQuiz(page, first.quiz, true);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');

  await page.goto(second.path);
  const origin = new URL(baseURL!).origin;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  const { quota } = await page.evaluate(() => navigator.storage.estimate());
  if ((quota ?? Infinity) > 1) {
    // Chromium 156 accepts the CDP override but does not apply it (estimate() still reports the full quota),
    // so the full disk is produced at the IndexedDB API instead.
    test.info().annotations.push({ type: 'quota', description: `CDP quota override had no effect (quota ${quota}); QuotaExceededError injected at IDBObjectStore` });
    await page.evaluate(() => sessionStorage.setItem('fault:quota', '1'));
  }
  await answerQuiz(page, second.quiz, true);
  await expect(page.locator('.quiz-island__result'), 'a full disk should be explained in plain words').toContainText('Máy đã hết chỗ trống');

  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.evaluate(() => sessionStorage.removeItem('fault:quota'));
  await page.goto('/tien-do/');
  await expect(page.locator(`[data-module="${first.id}"]`), 'the earlier pass should still be there').toHaveAttribute('data-status', 'completed');
  await expect(page.locator(`[data-module="${second.id}"]`)).toHaveAttribute('data-status', 'not-started');
});

test('a newer version opened in another tab asks this tab to reload instead of hanging', async ({ page, context }) => {
  await createProfile(page, 'Hai thẻ');
  await page.goto(first.path);
  await expect(page.locator('.learner-bar')).toContainText('Hai thẻ đang học');
  const other = await context.newPage();
  await other.goto('/offline/');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hoc-so', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  const banner = page.getByRole('alert').filter({ hasText: 'vừa được cập nhật ở một thẻ khác' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Tải lại trang' })).toBeVisible();
});
