import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { answerQuiz, createProfile, moduleOf } from './learner';
import { sitemapPaths } from './site';

// A cheap phone: 360×740 CSS px at twice the pixels, with a touch screen (the config's default device is a Pixel 7).
const PHONE = { width: 360, height: 740 };
test.use({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true });

const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
const THEMES = ['default', 'contrast'] as const;

/** What sticks out sideways on the page as it is now: the page's own width, and every box past the screen's edges. */
async function sidewaysProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = window.innerWidth;
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow > 0) problems.push(`the page is ${overflow}px wider than the screen and scrolls sideways`);
    // Content that scrolls inside its own box (a wide table) is reachable; the page itself must not scroll.
    const scrollsInside = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.left > -0.5 && box.right < width + 0.5) continue;
      if (getComputedStyle(el).visibility === 'hidden' || scrollsInside(el)) continue;
      if (el.closest('.skip-link')) continue;
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      problems.push(
        `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${text}" spans ${Math.round(box.left)}…${Math.round(box.right)} px`,
      );
    }
    return problems;
  });
}

/** Where the page's own title starts, from the top of the page. */
function titleTop(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const h1 = document.querySelector('h1');
    return h1 ? h1.getBoundingClientRect().top + window.scrollY : null;
  });
}

// One test per language, so the two workers share the sitemap. Each page loads once; text size and theme change in
// place, the way the reading aids change them. The layout does not depend on the service worker, whose 5 MB
// download would only slow the walk down.
test.describe('every page', () => {
  test.use({ serviceWorkers: 'block' });
  for (const [lang, inLang] of [
    ['vi', (path: string) => !path.startsWith('/en/')],
    ['en', (path: string) => path.startsWith('/en/')],
  ] as const) {
    test(`${lang}: every page on a 360 px phone, in each text size and theme, and at 320 px, fits the screen and shows its title first`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      const paths = (await sitemapPaths(page)).filter(inLang);
      expect(paths.length, 'the sitemap should list the site').toBeGreaterThan(10);
      const problems: string[] = [];
      for (const path of paths) {
        await page.setViewportSize(PHONE);
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        for (const size of TEXT_SIZES) {
          for (const theme of THEMES) {
            await page.evaluate(
              ([s, t]) => {
                document.documentElement.dataset.textSize = s;
                if (t === 'contrast') document.documentElement.dataset.theme = t;
                else delete document.documentElement.dataset.theme;
                window.scrollTo(0, 0);
              },
              [size, theme],
            );
            const where = `${path} (${size} text, ${theme} theme)`;
            for (const p of await sidewaysProblems(page)) problems.push(`${where}: ${p}`);
            const top = await titleTop(page);
            if (top === null) problems.push(`${where}: the page has no h1`);
            else if (top >= PHONE.height) problems.push(`${where}: the page's title starts at ${Math.round(top)} px, below the first screen`);
          }
        }
        // WCAG 2.2 reflow (1.4.10): 320 CSS px wide, nothing cut off and nothing to scroll sideways.
        await page.evaluate(() => {
          document.documentElement.dataset.textSize = 'normal';
          delete document.documentElement.dataset.theme;
        });
        await page.setViewportSize({ width: 320, height: PHONE.height });
        for (const p of await sidewaysProblems(page)) problems.push(`${path} (320 px): ${p}`);
      }
      expect(problems, 'a resident on a small phone should never scroll sideways or scroll to find the page title').toEqual([]);
    });
  }
});

test('the header on a phone: one row, a menu that opens with a tap and closes with Escape or a tap outside, search one tap away', async ({
  page,
}) => {
  await page.goto('/gioi-thieu/');
  const header = (await page.locator('.site-header').boundingBox())!;
  expect(header.height, 'the header should be one row on a phone').toBeLessThanOrEqual(64);
  await expect(page.getByRole('link', { name: 'Khóa học', exact: true }), 'the links wait behind the menu button').toBeHidden();
  const menu = page.locator('[data-site-menu] > summary');
  await menu.click();
  await expect(page.getByRole('link', { name: 'Khóa học', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'Khóa học', exact: true })).toBeHidden();
  await expect(menu, 'Escape gives the focus back to the menu button').toBeFocused();
  await menu.click();
  await page.mouse.click(PHONE.width / 2, PHONE.height - 40);
  await expect(page.getByRole('link', { name: 'Khóa học', exact: true }), 'a tap outside closes the menu').toBeHidden();
  await page.getByRole('link', { name: 'Tìm kiếm' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm bài học');
});

/** The box of an element, to compare with the first screen. */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
}

test('home on a phone: a new visitor sees the first step and both mandatory courses without scrolling', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const mandatory = page.locator('section[aria-labelledby="mandatory-title"] article h3 a');
  await expect(mandatory).toHaveCount(2);
  const first = page.getByRole('link', { name: 'Chọn tên của bạn' });
  await expect(first).toBeInViewport({ ratio: 1 });
  for (const n of [0, 1]) {
    const box = (await mandatory.nth(n).boundingBox())!;
    expect(
      box.y + box.height,
      `mandatory course ${n + 1} "${await mandatory.nth(n).textContent()}" should be in the first screen`,
    ).toBeLessThanOrEqual(PHONE.height);
  }
  expect(await inFirstScreen(page, 'h1'), 'the title should be in the first screen').toBe(true);
});

test('home and course page on a phone: a returning learner sees "Học tiếp" with the next module, and how much is done', async ({ page }) => {
  const course = 'thanh-nien-tinh-nguyen-chinh-quyen-hai-cap';
  const [passed, next] = [moduleOf(course, 0), moduleOf(course, 1)];
  await createProfile(page, 'Hòa');
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Bắt đầu:/ }), 'a learner who has not started is offered the first module').toHaveAttribute(
    'href',
    moduleOf('ky-nang-so-co-ban', 0).path,
  );
  await page.goto(passed.path);
  await answerQuiz(page, passed.quiz, true);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');

  await page.goto('/');
  const link = page.getByRole('link', { name: /^Học tiếp:/ });
  await expect(link, 'after passing module 1, "Học tiếp" leads to module 2').toHaveAttribute('href', next.path);
  await expect(link, '"Học tiếp" should be in the first screen').toBeInViewport({ ratio: 1 });
  await expect(page.locator('.continue')).toContainText('Đã xong 1 trên 5 bài.');

  await page.goto(`/khoa-hoc/${course}/`);
  const onCourse = page.getByRole('link', { name: /^Học tiếp:/ });
  await expect(onCourse, 'the course page also leads to the next module').toHaveAttribute('href', next.path);
  await expect(page.locator('[data-slot="course-progress"]')).toContainText('Đã xong 1 trên 5 bài.');
  await expect(page.locator('.continue__bar'), 'a bar shows how much of the course is done').toHaveAttribute('value', '1');
});

test('passing the last module of a course says the course is done and leads to the certificate, name field first', async ({ page }) => {
  test.setTimeout(180_000);
  const course = 'dich-vu-cong-truc-tuyen';
  const title = (parse(readFileSync(join('content/vi', course, 'course.yaml'), 'utf8')) as { title: string }).title;
  const count = readdirSync(join('content/vi', course)).filter((f) => f.endsWith('.mdx')).length;
  await createProfile(page, 'Xuân');
  const result = page.locator('.quiz-island__result');
  for (let i = 0; i < count; i++) {
    const module = moduleOf(course, i);
    await page.goto(module.path);
    await answerQuiz(page, module.quiz, true);
    await expect(result).toContainText('Đã lưu kết quả.');
    if (i < count - 1) await expect(result, 'a course with modules left is not done yet').not.toContainText('Bạn đã học xong khóa');
  }
  await expect(result).toContainText(`Bạn đã học xong khóa “${title}”!`);
  await expect(result, 'the next steps of the certificate are named').toContainText('nhờ người hướng dẫn xác nhận');
  await result.getByRole('link', { name: 'Nhận chứng nhận' }).click();
  await expect(page).toHaveURL(`/tien-do/#certificate-${course}`);
  const name = page.getByLabel('Tên in trên chứng nhận');
  await expect(name, 'the certificate starts with the name to check, focused').toBeFocused();
  await expect(name).toHaveValue('Xuân');
  await expect(name).toBeInViewport();
  for (const step of ['Tải chứng nhận (PDF)', 'Mở trang in', 'Nhờ người hướng dẫn xác nhận']) {
    await expect(page.locator('.certificate__next'), `the certificate's next steps include "${step}"`).toContainText(step);
  }

  await page.goto(`/khoa-hoc/${course}/`);
  await expect(page.locator('[data-slot="course-progress"]'), 'the course page says the course is done').toContainText('Đã học xong cả khóa.');
  await expect(page.locator('[data-slot="course-progress"]').getByRole('link', { name: 'Nhận chứng nhận' })).toHaveAttribute(
    'href',
    `/tien-do/#certificate-${course}`,
  );
});

test('search on a phone: highlighted titles keep their spaces, and only the words typed are marked', async ({ page }) => {
  await page.goto('/tim-kiem/');
  const box = page.getByRole('searchbox', { name: 'Tìm trong các bài học' });
  await expect(box).toHaveAttribute('enterkeyhint', 'search');
  await expect(box).toHaveAttribute('placeholder', /Ví dụ: /);
  await box.fill('dich vu cong');
  const first = page.locator('.search-box__results > li a').first();
  await expect(first).toBeVisible();
  const shown = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 }), 'the result reads exactly like the page it leads to').toHaveText(shown);

  await page.goto('/tim-kiem/?q=ma+otp');
  await expect(page.locator('.search-box__results > li').first()).toBeVisible();
  const marked = await page.locator('.search-box__results mark').allInnerTexts();
  expect(marked.length, '"ma otp" should find and mark something').toBeGreaterThan(0);
  expect([...new Set(marked.map((m) => m.toLowerCase()))].sort(), '"ma otp" marks "mã" and "OTP", never "mà" or "một"').toEqual(['mã', 'otp']);
});

/** Every visible form control of the page that is smaller than a thumb or has text a phone would zoom into. */
async function smallControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    const check = (el: Element, what: string) => {
      const box = el.getBoundingClientRect();
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16) problems.push(`${what}: text ${size}px`);
      if (box.height < 43.5) problems.push(`${what}: ${Math.round(box.height)}px high`);
    };
    for (const el of document.querySelectorAll('input, select, textarea')) {
      const input = el as HTMLInputElement;
      const name = input.labels?.[0]?.textContent?.trim().slice(0, 40) ?? input.name;
      if (input.type === 'hidden') continue;
      // Check boxes, radio buttons and file pickers are tapped through their labels.
      if (['checkbox', 'radio', 'file'].includes(input.type)) {
        const label = input.closest('label') ?? input.labels?.[0];
        if (label && visible(label)) check(label, `the label of ${input.type} "${name}"`);
        else if (input.type !== 'file' && visible(input)) problems.push(`${input.type} "${name}" has no label to tap`);
        continue;
      }
      if (visible(el)) check(el, `${el.tagName.toLowerCase()} "${name}"`);
    }
    return problems;
  });
}

test('every form control of the site is made for thumbs: 16 px text or more, 44 px high', async ({ page }) => {
  const problems: string[] = [];
  const look = async (where: string) => {
    for (const p of await smallControls(page)) problems.push(`${where}: ${p}`);
  };
  await page.goto('/tien-do/');
  await expect(page.getByLabel('Tên của bạn')).toBeVisible();
  await look('new learner form');
  await createProfile(page, 'Thu');
  await expect(page.locator('#idle-minutes'), 'a chosen learner has settings').toBeVisible();
  await look("a learner's progress page");
  for (const path of ['/tim-kiem/', '/xac-nhan/', '/lop-hoc/', '/xac-minh/', '/en/progress/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await look(path);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/gioi-thieu/');
  await expect(page.getByRole('searchbox', { name: 'Tìm trong các bài học' }), 'a wide screen shows the search box in the header').toBeVisible();
  await look('the header on a wide screen');
  expect(problems, 'every field, list and file picker should be easy to tap and read on a phone').toEqual([]);
});
