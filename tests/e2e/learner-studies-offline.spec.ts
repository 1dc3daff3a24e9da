import { expect, test } from '@playwright/test';
import { moduleOf } from './learner';

/** What every visit saves: the pages a learner needs whatever they study, in both languages. */
const SHELL = ['/', '/khoa-hoc/', '/tien-do/', '/tim-kiem/', '/gioi-thieu/', '/ngoai-tuyen/', '/chung-chi/'];
const SHELL_EN = ['/en/', '/en/courses/', '/en/progress/', '/en/search/', '/en/about/', '/en/offline-courses/', '/en/certificate/'];

test('after one visit the pages every learner needs work with the network off; a course not saved says so', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByText('Sẵn sàng dùng khi không có mạng'), 'the learner is told when the site is saved').toBeVisible({
    timeout: 60_000,
  });
  await test.step('search used once online keeps answering offline', async () => {
    await page.goto('/tim-kiem/?q=mat+khau');
    await expect(page.locator('.search-box__results li a').first()).toContainText(/Mật khẩu/);
  });

  await context.setOffline(true);
  const broken: string[] = [];
  for (const path of [...SHELL, ...SHELL_EN]) {
    const response = await page.goto(path).catch((error: Error) => error);
    const heading = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    if (response instanceof Error || !response?.ok()) broken.push(`${path}: ${response instanceof Error ? response.message : response?.status()}`);
    else if (!heading || /không có mạng|You are offline/.test(heading)) broken.push(`${path}: no content`);
  }
  expect(broken, 'every page of the shell should open offline with its content').toEqual([]);

  await test.step('search answers offline', async () => {
    await page.goto('/tim-kiem/?q=mat+khau');
    await expect(page.locator('.search-box__results li a').first()).toContainText(/Mật khẩu/);
  });

  await test.step('a page of a course not saved shows the offline page naming the course, in its language', async () => {
    await page.goto(moduleOf('ky-nang-so-co-ban', 0).path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bạn đang không có mạng');
    await expect(page.getByText('Khóa “Kỹ năng số cơ bản” chưa được lưu trên máy này')).toBeVisible();
    await page.goto('/en/courses/vneid/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.getByText(/^The course “.+” is not saved on this device/)).toBeVisible();
  });

  await test.step('an unknown address shows the offline page of its language', async () => {
    await page.goto('/khoa-hoc/bai-chua-co/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bạn đang không có mạng');
    await page.goto('/en/courses/not-yet/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  });
});

test('online, an unknown address is still the real not-found page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Sẵn sàng dùng khi không có mạng')).toBeVisible({ timeout: 60_000 });
  const response = await page.goto('/khoa-hoc/khong-co-khoa-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
});

test('the site is installable: manifest, icons and theme colour', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(href!)).json();
  expect(manifest).toMatchObject({ lang: 'vi', display: 'standalone', theme_color: '#0b5d3b', start_url: '/' });
  const sizes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const response = await page.request.get(icon.src);
    expect(response.headers()['content-type'], icon.src).toContain('image/png');
  }
});

test('an install button appears only when the browser offers installing', async ({ page }) => {
  await page.goto('/');
  const install = page.getByRole('button', { name: 'Cài Học Số lên điện thoại' });
  await expect(install).toBeHidden();
  // Chromium fires beforeinstallprompt only after its own engagement checks; the test plays the browser's part.
  await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => document.documentElement.setAttribute('data-install-prompted', ''),
    });
    window.dispatchEvent(offer);
  });
  await install.click();
  await expect(page.locator('html'), 'the button opens the browser install dialog').toHaveAttribute('data-install-prompted', '');
  await expect(install).toBeHidden();
});
