import { expect, test, type Page } from '@playwright/test';
import { createProfile, switchTo } from './learner';

const MODULE = '/khoa-hoc/vneid/vneid-la-gi/';

/** A stand-in for the device's speech engine: records what is spoken, at what speed, and what was highlighted. */
async function fakeSpeech(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((voiceList) => {
    const spoken: { text: string; rate: number; highlighted: string }[] = [];
    Object.defineProperty(window, '__spoken', { value: spoken });
    class FakeUtterance {
      text: string;
      rate = 1;
      lang = '';
      voice: unknown = null;
      onend: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      paused: false,
      getVoices: () => voiceList.map((v) => ({ ...v, localService: true, default: true })),
      addEventListener: () => undefined,
      speak(utterance: FakeUtterance) {
        const highlighted = CSS.highlights.get('read-aloud');
        const range = highlighted ? [...highlighted][0] : undefined;
        spoken.push({ text: utterance.text, rate: utterance.rate, highlighted: String(range ?? '') });
        setTimeout(() => utterance.onend?.(), 1);
      },
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  }, voices);
}

/** The toolbar is server-rendered; a tap before it hydrates would do nothing. */
async function openModule(page: Page) {
  await page.goto(MODULE);
  await expect(page.locator('astro-island:has(.reading-aids)')).not.toHaveAttribute('ssr', /.*/);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; rate: number; highlighted: string }[] }).__spoken);

test('read-aloud reads the module sentence by sentence, in order, at the chosen speed, highlighting each', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'vi-VN', name: 'Giọng Việt' }]);
  await openModule(page);
  await page.getByRole('button', { name: '0.75×' }).click();
  await page.getByRole('button', { name: 'Đọc to bài này' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đọc hết bài.' })).toBeVisible();

  const sentences = await spoken(page);
  const firstHeading = (await page.locator('.module__text h2').first().innerText()).trim();
  const lastBlock = await page.locator('.module__text').evaluate((root) => {
    const blocks = [...root.querySelectorAll<HTMLElement>('h2, h3, p, li, figcaption, dt, dd')].filter(
      (b) => b.offsetParent !== null && !b.closest('details:not([open])') && !b.querySelector('p, li'),
    );
    return blocks.at(-1)!.innerText.trim();
  });
  expect(sentences.length, 'the whole module should be read').toBeGreaterThan(40);
  expect(sentences[0]?.text, 'reading starts at the top of the text').toBe(firstHeading);
  expect(lastBlock.endsWith(sentences.at(-1)!.text), 'reading ends with the last paragraph').toBe(true);
  expect(new Set(sentences.map((s) => s.rate))).toEqual(new Set([0.75]));
  for (const s of sentences) expect(s.highlighted, 'the sentence being read is highlighted').toBe(s.text);
  const squash = (t: string) => t.replace(/\s+/g, ' ');
  const text = squash(await page.locator('.module__text').innerText());
  let cursor = 0;
  for (const s of sentences) {
    const at = text.indexOf(squash(s.text), cursor);
    expect(at, `"${s.text}" should come after what was read before it`).toBeGreaterThanOrEqual(0);
    cursor = at + squash(s.text).length;
  }
});

test('without a Vietnamese voice, it says so instead of reading with a wrong one', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'en-US', name: 'English' }]);
  await openModule(page);
  await page.getByRole('button', { name: 'Đọc to bài này' }).click();
  await expect(page.getByText(/chưa có giọng đọc tiếng Việt/)).toBeVisible();
  expect(await spoken(page)).toEqual([]);
});

test('text size and high contrast stay chosen on the next page', async ({ page }) => {
  await openModule(page);
  const before = await page.locator('.module__text p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  await page.getByRole('button', { name: 'Rất lớn' }).click();
  await page.getByRole('button', { name: 'Tương phản cao' }).click();
  const after = await page.locator('.module__text p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(after / before).toBeCloseTo(1.375, 2);
  await page.getByRole('link', { name: /Bài tiếp theo/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await expect(page.getByRole('button', { name: 'Rất lớn' })).toHaveAttribute('aria-pressed', 'true');
});

/** A grandmother and her grandson take turns on one phone, each choosing their own reading aids, then switch back. */
async function shareOnePhone(page: Page) {
  await createProfile(page, 'Bà Tư');
  await openModule(page);
  // Each tap is followed at once by the next step: nothing waits for the database to save it.
  await page.getByRole('button', { name: 'Rất lớn' }).click();
  await page.getByRole('button', { name: 'Tương phản cao' }).click();
  await page.getByRole('button', { name: '0.75×' }).click();

  await createProfile(page, 'Cháu Tí');
  await openModule(page);
  // A new profile starts with what is in force on the phone; he sets his own.
  await expect(page.getByRole('button', { name: 'Rất lớn' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Vừa' }).click();
  await page.getByRole('button', { name: 'Tương phản cao' }).click();
  await page.getByRole('button', { name: '1×' }).click();

  const html = page.locator('html');
  const pressed = (name: string) => expect(page.getByRole('button', { name, exact: true }), `"${name}" should be the learner's own choice`);
  await switchTo(page, 'Bà Tư');
  await expect(html, 'her large text comes back as soon as she picks her name').toHaveAttribute('data-text-size', 'larger');
  await expect(html).toHaveAttribute('data-theme', 'contrast');
  await openModule(page);
  await pressed('0.75×').toHaveAttribute('aria-pressed', 'true');
  await pressed('Rất lớn').toHaveAttribute('aria-pressed', 'true');
  await pressed('Tương phản cao').toHaveAttribute('aria-pressed', 'true');

  await switchTo(page, 'Cháu Tí');
  await expect(html).toHaveAttribute('data-text-size', 'normal');
  await expect(html).not.toHaveAttribute('data-theme', /.*/);
  await openModule(page);
  await pressed('1×').toHaveAttribute('aria-pressed', 'true');
  await pressed('Vừa').toHaveAttribute('aria-pressed', 'true');
  await pressed('Tương phản cao').toHaveAttribute('aria-pressed', 'false');
}

test('on a shared phone each learner gets back their own text size, contrast and speed', async ({ page }) => {
  await shareOnePhone(page);
});

test.describe('with a slow phone, where the learner database arrives after the reader has tapped and left', () => {
  // The delay is put on the database code's download; a service worker would answer it before the route sees it.
  test.use({ serviceWorkers: 'block' });

  test('each learner still gets back their own text size, contrast and speed', async ({ page }) => {
    await page.route('**/_astro/db.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await shareOnePhone(page);
  });
});
