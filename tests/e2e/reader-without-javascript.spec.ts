import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

test.use({ javaScriptEnabled: false });

test('a module page is fully readable with JavaScript off', async ({ page }) => {
  const modulePath = (await sitemapPaths(page)).find((path) => /^\/khoa-hoc\/[^/]+\/[^/]+\/$/.test(path));
  expect(modulePath, 'the sitemap should list a Vietnamese module').toBeTruthy();
  await page.goto(modulePath!);

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const text = page.locator('.module__text');
  await expect(text).toBeVisible();
  expect((await text.innerText()).split(/\s+/).length, 'the module text should be there without scripts').toBeGreaterThan(50);
  await expect(page.locator('.module__text h2').first()).toBeVisible();

  const firstQuestion = page.locator('.static-quiz__question').first();
  await expect(firstQuestion).toBeVisible();
  const explanation = firstQuestion.locator('details > p').last();
  await expect(explanation).toBeHidden();
  await firstQuestion.getByText(/Xem đáp án/).click();
  await expect(explanation, 'the answer and explanation open without scripts').toBeVisible();

  await expect(page.getByRole('link', { name: /Bài tiếp theo|Về trang khóa học/ })).toBeVisible();
});
