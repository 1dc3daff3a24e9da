import { expect, test, type Page } from '@playwright/test';
import { openSiteMenu } from './site';
import { courseCompetences } from './framework-competences';
import { createProfile, moduleOf } from './learner';

async function firstMandatoryCourse(page: Page) {
  const card = page.locator('section[aria-labelledby="mandatory-title"] article').first();
  await expect(card, 'the home page should list a mandatory course first').toBeVisible();
  return card;
}

for (const [lang, home, catalogName, catalogHeading, nextName, switchName] of [
  ['vi', '/', 'Khóa học', 'Các khóa học', /Bài tiếp theo/, 'English'],
  ['en', '/en/', 'Courses', 'Courses', /Next module/, 'Tiếng Việt'],
] as const) {
  test(`${lang}: home → catalog → course → module → next module`, async ({ page }) => {
    await page.goto(home);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await firstMandatoryCourse(page);

    await openSiteMenu(page);
    await page.getByRole('navigation', { name: /./ }).first().getByRole('link', { name: catalogName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogHeading);

    const courseLink = page.locator('.card-list article h2 a').first();
    const courseTitle = (await courseLink.textContent())!.trim();
    await courseLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(courseTitle);

    const firstModule = page.locator('.module-list h3 a').first();
    const secondModule = page.locator('.module-list h3 a').nth(1);
    const firstTitle = (await firstModule.textContent())!.trim();
    const secondTitle = (await secondModule.textContent())!.trim();
    await firstModule.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
    await expect(page.locator('.module__text'), 'the module should have text to read').not.toBeEmpty();

    await page.getByRole('link', { name: nextName }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondTitle);
    await expect(page, 'a module address should carry the course and module slugs').toHaveURL(
      new RegExp(`/[a-z0-9-]+/[a-z0-9-]+/$`),
    );

    const here = new URL(page.url()).pathname;
    await openSiteMenu(page);
    await page.getByRole('link', { name: switchName }).click();
    const there = new URL(page.url()).pathname;
    expect(there.split('/').slice(-3), 'the language switch should open the same module').toEqual(here.split('/').slice(-3));
    expect(there).not.toBe(here);
    await expect(page.locator('html')).not.toHaveAttribute('lang', lang);
  });
}

test('the language switch keeps the page on every kind of page', async ({ page }) => {
  for (const [from, to] of [
    ['/', '/en/'],
    ['/khoa-hoc/', '/en/courses/'],
    ['/gioi-thieu/', '/en/about/'],
    ['/en/about/', '/gioi-thieu/'],
    ['/tien-do/', '/en/progress/'],
  ]) {
    await page.goto(from!);
    await openSiteMenu(page);
    await page.getByRole('link', { name: /^(English|Tiếng Việt)$/ }).click();
    await expect(page, `switching language on ${from}`).toHaveURL(new RegExp(`${to}$`));
  }
});

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  const response = await page.goto('/khoa-hoc/khong-co-khoa-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await page.getByRole('link', { name: 'Xem các khóa học' }).click();
  await expect(page).toHaveURL(/\/khoa-hoc\/$/);
});

test('a course page names the digital skills it trains in plain words, from the national framework', async ({ page }) => {
  for (const [lang, path, heading] of [
    ['vi', '/khoa-hoc/dich-vu-cong-truc-tuyen/', 'Kỹ năng số bạn rèn luyện trong khóa học'],
    ['en', '/en/courses/dich-vu-cong-truc-tuyen/', 'Digital skills you practise in this course'],
  ] as const) {
    await page.goto(path);
    const section = page.locator('[data-slot="competences"]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(heading);
    await expect(section).toContainText('757/QĐ-BKHCN');
    await expect(section.getByRole('listitem')).toHaveText(courseCompetences('dich-vu-cong-truc-tuyen', lang));
    await expect(page.locator('body'), 'no foreign framework names a resident would not know').not.toContainText('DigComp');
  }
});

test('a visitor who never made a profile reads a module without downloading the learner database; a learner gets it', async ({ page }) => {
  const module = moduleOf('vneid', 0);
  const database: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/db\.[\w-]+\.js$/.test(new URL(request.url()).pathname)) database.push(request.url());
  });
  await page.goto(module.path);
  await expect(page.locator('.learner-bar')).toContainText('Chọn tên');
  // Every island wakes: the quiz at the bottom too.
  await page.locator('.quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(database, 'Dexie (33 KB) is not for visitors without a profile').toEqual([]);

  await createProfile(page, 'Có hồ sơ');
  database.length = 0;
  await page.goto(module.path);
  await expect(page.locator('.learner-bar')).toContainText('Có hồ sơ đang học');
  expect(database.length, 'a learner with a profile loads the database').toBeGreaterThan(0);
});
