import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site';

// A trainer shows any module on a projector: a small one (1280×720) or a large TV (1920×1080). Every slide must fit
// (nothing cut off, nothing to scroll), and the keys a keyboard or a clicker sends must reach every slide in turn.
test.use({ isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

/** The keys that move on: a keyboard's → and Space, a clicker's PageDown (most clickers send it). */
const NEXT_KEYS = ['PageDown', 'ArrowRight', 'Space'];

/** How the slide on screen sits: overflow inside it, and its box against the stage reveal.js draws it in. */
async function presentSlideFit(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.reveal .slides > section.present')!;
    const stage = document.querySelector('.reveal')!.getBoundingClientRect();
    const box = slide.getBoundingClientRect();
    const content = slide.querySelector('.deck-slide__content')!.getBoundingClientRect();
    return {
      heading: slide.querySelector('h1, h2')?.textContent?.trim() ?? '',
      hiddenBelow: slide.scrollHeight - slide.clientHeight,
      hiddenRight: slide.scrollWidth - slide.clientWidth,
      contentPastSlide: content.bottom - box.bottom,
      slidePastStage: Math.max(box.bottom - stage.bottom, box.right - stage.right, stage.top - box.top, stage.left - box.left),
    };
  });
}

async function slidesPaths(page: Page): Promise<string[]> {
  const modules = (await sitemapPaths(page)).filter((path) => /^\/(khoa-hoc|en\/courses)\/[^/]+\/[^/]+\/$/.test(path));
  return modules.map((path) => `${path}${path.startsWith('/en/') ? 'slides' : 'trinh-chieu'}/`);
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`every module's slides fit a ${viewport.width}×${viewport.height} screen and the keys reach every slide`, async ({ page }, testInfo) => {
    test.setTimeout(300_000);
    await page.setViewportSize(viewport);
    const started = Date.now();
    const paths = await slidesPaths(page);
    expect(paths.length, 'the sitemap should list the modules').toBeGreaterThan(30);
    let slidesSeen = 0;
    for (const path of paths) {
      await page.goto(path);
      const deck = page.locator('[data-deck][data-ready]');
      await expect(deck, `${path} should build its slides`).toHaveAttribute('data-slide', '0');
      const count = Number(await deck.getAttribute('data-ready'));
      expect(count, `${path} should have a title slide and more`).toBeGreaterThan(2);
      for (let index = 0; index < count; index++) {
        const fit = await presentSlideFit(page);
        const where = `${path} slide ${index + 1} of ${count} ("${fit.heading.slice(0, 40)}")`;
        expect(fit.hiddenBelow, `${where}: text hidden below the slide`).toBeLessThanOrEqual(1);
        expect(fit.hiddenRight, `${where}: text hidden right of the slide`).toBeLessThanOrEqual(1);
        expect(fit.contentPastSlide, `${where}: content taller than the slide`).toBeLessThanOrEqual(1);
        expect(fit.slidePastStage, `${where}: the slide does not fit the screen`).toBeLessThanOrEqual(1);
        const key = NEXT_KEYS[index % NEXT_KEYS.length]!;
        await page.keyboard.press(key);
        // Exactly one slide on: none skipped, and the last one stays.
        await expect(deck, `${where}: ${key} should go to the next slide`).toHaveAttribute('data-slide', String(Math.min(index + 1, count - 1)));
      }
      slidesSeen += count;
      await page.keyboard.press('PageUp');
      await expect(deck, `${path}: a clicker's PageUp goes back one slide`).toHaveAttribute('data-slide', String(count - 2));
    }
    testInfo.annotations.push({ type: 'timing', description: `${paths.length} modules, ${slidesSeen} slides in ${((Date.now() - started) / 1000).toFixed(1)} s` });
  });
}
