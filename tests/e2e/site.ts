import type { Page } from '@playwright/test';

/** Every page path the sitemap lists, read from the built site the way a crawler would. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get('/sitemap-index.xml')).text();
  const paths: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await page.request.get(new URL(sitemap!).pathname)).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc!).pathname);
  }
  return paths;
}

/** The header's links (courses, progress, about, the other language): on a phone they sit behind the menu button. */
export async function openSiteMenu(page: Page): Promise<void> {
  const button = page.locator('[data-site-menu] > summary');
  if ((await button.isVisible()) && (await page.locator('[data-site-menu][open]').count()) === 0) await button.click();
}

/**
 * Holds back the page's requests for an island's code (a glob under /_astro/), as a slow network does, until the
 * returned function is called: what the server-rendered page offers meanwhile is what a visitor can touch too early.
 */
export async function holdIslandCode(page: Page, glob: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/_astro/${glob}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
