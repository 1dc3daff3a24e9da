import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const MIN = 44;

test.use({ viewport: { width: 360, height: 740 } });

test('at 360 px wide, every control on each kind of page is at least 44×44 px and nothing scrolls sideways', async ({ page }) => {
  const paths = await sitemapPaths(page);
  const samples = [
    '/',
    '/khoa-hoc/',
    paths.find((p) => /^\/khoa-hoc\/[^/]+\/$/.test(p))!,
    paths.find((p) => /^\/khoa-hoc\/[^/]+\/[^/]+\/$/.test(p))!,
    paths.find((p) => /^\/en\/courses\/[^/]+\/[^/]+\/$/.test(p))!,
    '/gioi-thieu/',
    '/xac-minh/',
    '/xac-nhan/',
    '/lop-hoc/',
  ];
  const problems: string[] = [];
  for (const path of samples) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const small = await page.evaluate((min) => {
      // A file picker is tapped through its label, styled as a button; the input itself is out of sight.
      const controls = document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="file"]), select, textarea, summary, label:has(+ input[type="file"]), [role="button"], [tabindex]:not([tabindex="-1"])',
      );
      return [...controls]
        .filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
        .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }, MIN);
    for (const s of small) problems.push(`${path}: ${s}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`${path}: the page is ${overflow}px wider than the screen`);
  }
  expect(problems, 'controls a finger must hit should be large enough on a small phone').toEqual([]);
});
