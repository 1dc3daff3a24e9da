import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The default look gets every rule; each theme at the largest text size gets the rules that CSS can change.
const READING_STATES = [
  ['default', 'normal', undefined],
  ['default', 'larger', ['color-contrast', 'link-in-text-block', 'target-size', 'meta-viewport']],
  ['contrast', 'larger', ['color-contrast', 'link-in-text-block', 'target-size', 'meta-viewport']],
] as const;

// One test per language, so the two workers share the sitemap.
for (const [lang, inLang, offline] of [
  ['vi', (path: string) => !path.startsWith('/en/'), '/offline/'],
  ['en', (path: string) => path.startsWith('/en/'), '/en/offline/'],
] as const) {
  test(`${lang}: every sitemap page, in each theme and the largest text, has no accessibility violations, CSP violations, console errors or other hosts`, async ({ page, baseURL }) => {
    test.setTimeout(600_000);
    const paths = [...(await sitemapPaths(page)).filter(inLang), offline];
    expect(paths.length, 'the sitemap should list the site').toBeGreaterThan(10);
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];

    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
        problems.push(`${page.url()}: request to another host: ${request.url()}`);
      }
    });

    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} should load`).toBe(200);
      await page.waitForLoadState('load');
      const csp = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      for (const violation of csp) problems.push(`${path}: content security policy violation: ${violation}`);
      for (const [theme, size, rules] of READING_STATES) {
        await page.evaluate(([t, s]) => {
          document.documentElement.dataset.textSize = s;
          if (t === 'contrast') document.documentElement.dataset.theme = t;
          else delete document.documentElement.dataset.theme;
        }, [theme, size]);
        const axe = new AxeBuilder({ page }).withTags(WCAG_TAGS);
        const { violations } = await (rules ? axe.withRules([...rules]) : axe).analyze();
        for (const v of violations) {
          const where = v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ');
          problems.push(`${path} (${theme}, ${size} text): axe ${v.id} (${v.impact}): ${v.help} — ${where}`);
        }
      }
    }
    expect(problems, 'pages should be accessible, error-free and self-contained').toEqual([]);
  });
}

// Each page's policy lists only the hashes of its own inline scripts and styles: the pages the sitemap leaves out
// (print views and slides, with reveal.js and the presenter's scripts) must run under theirs too.
test('print views and slides run with no CSP violation or console error', async ({ page }) => {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught ${error.message}`));
  for (const path of ['/khoa-hoc/vneid/vneid-la-gi/trinh-chieu/', '/en/courses/ky-nang-so-co-ban/bao-ve-thiet-bi-va-du-lieu/slides/']) {
    await page.goto(path);
    await expect(page.locator('[data-deck][data-ready]'), `${path}: the slides start`).toHaveAttribute('data-slide', '0');
  }
  for (const path of ['/khoa-hoc/vneid/vneid-la-gi/bai-kiem-tra-giay/', '/en/courses/ky-nang-so-co-ban/bao-ve-thiet-bi-va-du-lieu/paper-quiz/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('load');
  }
  expect(problems).toEqual([]);
});
