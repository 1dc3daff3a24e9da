import { expect, test } from '@playwright/test';
import { ownServer, packBox, packOf, pagesOf, phoneOn, shellReady } from './packs';

// Translated: every module has its English page. Not translated yet: its English course page links to the Vietnamese text.
const TRANSLATED = 'ky-nang-so-co-ban';
const UNTRANSLATED = 'an-toan-tren-khong-gian-mang';

test('English courses save for offline: translated modules in English, the others in Vietnamese with the course saying so', async ({ browser }) => {
  test.setTimeout(120_000);
  const { site, origin } = await ownServer();
  const page = await phoneOn(browser, origin);
  await page.goto(`/en/courses/${TRANSLATED}/`);
  await shellReady(page);
  for (const course of [TRANSLATED, UNTRANSLATED]) {
    await page.goto(`/en/courses/${course}/`);
    const box = packBox(page, 'en', course);
    await box.getByRole('button', { name: /^Save to learn without a network \(\s*\d+ KB\s*\)$/ }).click();
    await expect(box.getByText(/^Saved to learn without a network on \d{1,2} \w+ \d{4}\.$/)).toBeVisible({ timeout: 60_000 });
  }
  expect(pagesOf(packOf('en', TRANSLATED)).every((path) => path.startsWith('/en/')), 'a translated course is all English').toBe(true);
  await site.stop();

  await test.step('offline, a translated module opens in English', async () => {
    await page.goto(`/en/courses/${TRANSLATED}/`);
    await page.locator('.module-list a').first().click();
    await expect(page).toHaveURL(/\/en\/courses\/ky-nang-so-co-ban\/[a-z-]+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('You are offline');
  });

  await test.step('offline, a module not translated yet opens in Vietnamese, marked so on its course page', async () => {
    await page.goto(`/en/courses/${UNTRANSLATED}/`);
    const first = page.locator('.module-list li').first();
    await expect(first).toContainText('(in Vietnamese)');
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/\/khoa-hoc\/an-toan-tren-khong-gian-mang\/[a-z-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Bạn đang không có mạng|You are offline/);
    await expect(page.locator('.module__text')).toBeVisible();
  });
  await page.context().close();
});
