import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ModuleFrontmatter } from '../../src/lib/content-schema';
import { savedRecordOf } from './packs';
import { openSiteMenu, sitemapPaths } from './site';
import { turnTrainerMode } from './trainer';

// A trainer prepares on a laptop and shows the lesson on a projector.
test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COURSE = 'vneid';
const FILE = '01-vneid-la-gi.mdx';
const MODULE = 'vneid-la-gi';
const MODULE_PATH = `/khoa-hoc/${COURSE}/${MODULE}/`;
const PAPER_QUIZ_PATH = `${MODULE_PATH}bai-kiem-tra-giay/`;

/** The module as its author wrote it: frontmatter, its `##` section titles, and the text of its trainer note. */
function authored() {
  const [, frontmatter, body] = readFileSync(join('content/vi', COURSE, FILE), 'utf8').split(/^---$/m);
  const sections = [...body!.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
  const note = /<TrainerNote>\s*([^\n]+)/.exec(body!)?.[1]?.trim() ?? '';
  return { data: parse(frontmatter!) as ModuleFrontmatter, sections, note };
}
const module = authored();
const noteStart = module.note.slice(0, 60);

const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');

async function quizHydrated(page: Page) {
  await page.locator('[data-slot="quiz"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-slot="quiz"] astro-island:not([ssr])'), 'the quiz island should have started').toHaveCount(1);
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'hocso-print-'));
  const file = join(dir, 'print.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return Array.from({ length: count }, (_, i) =>
    flat(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' })),
  );
}

test('trainer mode shows the trainer notes, lesson plan and answer keys, and is remembered on the device', async ({ page }) => {
  const firstQuestion = module.data.quiz[0]!;
  await page.goto(MODULE_PATH);
  const note = page.getByText(noteStart);
  const plan = page.getByRole('heading', { name: 'Kế hoạch dạy bài này' });
  await expect(note, 'a learner should not see trainer notes').toBeHidden();
  await expect(plan).toBeHidden();
  await quizHydrated(page);
  await expect(page.getByRole('button', { name: 'Nộp bài' }), 'a learner gets the quiz to answer').toBeVisible();
  await expect(page.getByText(firstQuestion.explanation)).toBeHidden();

  await turnTrainerMode(page, true);
  await expect(page.getByRole('status').filter({ hasText: 'Chế độ người hướng dẫn đang bật' })).toBeVisible();
  await expect(note, 'the trainer should see the trainer note in the text').toBeVisible();
  await expect(plan).toBeVisible();
  await expect(page.getByText(module.data.trainer.activity)).toBeVisible();
  await expect(page.getByRole('cell', { name: module.data.trainer.timing[0]!.activity })).toBeVisible();
  await expect(page.getByText(module.data.trainer.materials[0]!, { exact: true })).toBeVisible();
  for (const question of module.data.quiz) {
    await expect(page.getByText(question.explanation), `the answer key of "${question.id}" should be open for the trainer`).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Nộp bài' })).toBeHidden();
  expect(await axeViolations(page), 'trainer mode should be accessible').toEqual([]);

  await page.reload();
  expect(
    await page.evaluate(() => document.documentElement.hasAttribute('data-trainer-mode')),
    'trainer mode should be set on <html> before the page is used',
  ).toBe(true);
  await expect(note, 'trainer mode should survive a reload').toBeVisible();
  await quizHydrated(page);
  await expect(page.getByText(firstQuestion.explanation), 'the answers stay open once the quiz island runs').toBeVisible();

  await turnTrainerMode(page, false);
  await expect(note).toBeHidden();
  await expect(plan).toBeHidden();
  await expect(page.getByText(firstQuestion.explanation)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Nộp bài' })).toBeVisible();
  await page.reload();
  await expect(note, 'trainer mode should stay off after a reload').toBeHidden();
});

const SLIDES_PATH = `${MODULE_PATH}trinh-chieu/`;

/** The slides page once it has cut the module into slides; its data-slide says which one is on screen. */
async function openSlides(page: Page) {
  const deck = page.locator('[data-deck][data-ready]');
  await expect(deck).toHaveAttribute('data-slide', '0');
  return { deck, count: Number(await deck.getAttribute('data-ready')) };
}

/** The heading of the slide on the wall, and everything the room can read on it. */
const onScreen = (page: Page) => page.locator('.reveal .slides > section.present');

test('the trainer presents a module as slides with the keyboard or a clicker, without trainer notes', async ({ page }) => {
  await page.goto(MODULE_PATH);
  await turnTrainerMode(page, true);
  await page.getByRole('link', { name: 'Trình chiếu bài này' }).last().click();
  await expect(page).toHaveURL(SLIDES_PATH);
  const { deck, count } = await openSlides(page);
  const at = (index: number, why: string) => expect(deck, why).toHaveAttribute('data-slide', String(index));
  await expect(onScreen(page).locator('h1')).toHaveText(module.data.title);
  expect(await axeViolations(page), 'the slides should be accessible').toEqual([]);

  // Every section is on the wall, in order; the trainer note never is.
  const titles: string[] = [];
  for (let index = 0; index < count; index++) {
    await at(index, `slide ${index + 1}`);
    const slide = onScreen(page);
    titles.push(flat(await slide.locator('h1, h2').first().innerText()));
    expect(flat(await slide.innerText()), `no trainer note text on the wall (slide ${index + 1})`).not.toContain(flat(noteStart));
    await page.keyboard.press('ArrowRight');
  }
  const sections = [...new Set(titles)];
  expect(sections, 'each section titles its slides, in the order of the text').toEqual([module.data.title, 'Sau bài này, bạn sẽ', ...module.sections]);
  expect(count, 'a long section is cut over several slides').toBeGreaterThan(module.sections.length + 2);

  await test.step('back and forth with the arrows, a clicker, Space and Shift+Space, Home and End', async () => {
    await at(count - 1, 'the last slide stays the last');
    for (const [key, to] of [['ArrowLeft', count - 2], ['PageUp', count - 3], ['Shift+Space', count - 4], ['Home', 0], ['PageDown', 1], ['Space', 2], ['End', count - 1]] as const) {
      await page.keyboard.press(key);
      await at(to, `${key} should go to slide ${to + 1}`);
    }
  });

  await test.step('the presenter view shows the notes and the next slide, and follows the slides both ways', async () => {
    await page.keyboard.press('Home');
    await at(0, 'back to the start');
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Mở cửa sổ người trình bày' }).click()]);
    const view = presenter.locator('[data-deck][data-ready]');
    await expect(view).toHaveAttribute('data-slide', '0');
    await expect(presenter.getByRole('heading', { name: 'Kế hoạch buổi học' })).toBeVisible();
    await expect(presenter.getByRole('cell', { name: module.data.trainer.timing[0]!.activity })).toBeVisible();
    await expect(presenter.getByText(module.data.trainer.activity)).toBeVisible();
    await expect(presenter.locator('[data-presenter-clock]')).toHaveText(/\d{1,2}:\d{2}/);
    await expect(presenter.locator('[data-presenter-alone]'), 'it has found the slides window').toBeHidden();

    // Go to the first slide of the section with the trainer note: the note is in the presenter's notes.
    const noteSlide = await page.evaluate((start) => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.querySelector('.notes')?.textContent?.includes(start)), noteStart);
    expect(noteSlide, 'the trainer note should be the notes of a slide').toBeGreaterThan(0);
    for (let index = 0; index < noteSlide; index++) await page.keyboard.press('PageDown');
    await expect(view, 'the presenter view follows the slides').toHaveAttribute('data-slide', String(noteSlide));
    const notes = presenter.locator('[data-presenter-notes]');
    await expect(notes).toContainText(flat(noteStart));
    const nextTitle = flat(await page.locator('.reveal .slides > section').nth(noteSlide + 1).locator('h1, h2').first().innerText());
    await expect(presenter.locator('[data-presenter-next-slide]')).toContainText(nextTitle);
    await expect(presenter.locator('[data-presenter-now]')).toContainText(flat(await onScreen(page).locator('h2').first().innerText()));

    await presenter.keyboard.press('PageDown');
    await at(noteSlide + 1, 'a clicker on the presenter’s window moves the slides on the wall');
    await presenter.getByRole('button', { name: /Trang trước/ }).click();
    await at(noteSlide, 'the presenter’s buttons move the slides too');
    expect(await axeViolations(presenter), 'the presenter view should be accessible').toEqual([]);
    await presenter.close();
  });

  await page.keyboard.press('Escape');
  await expect(page, 'Escape leaves the slides for the module page').toHaveURL(MODULE_PATH);
});

test('the slides print as a handout, six to a sheet, with their numbers', async ({ page }) => {
  await page.goto(SLIDES_PATH);
  const { count } = await openSlides(page);
  await page.emulateMedia({ media: 'print' });
  const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages.length, `${count} slides should print on a few sheets`).toBeLessThanOrEqual(Math.ceil(count / 6));
  expect(pages[0]).toContain(`Bản phát tay: ${flat(module.data.title)}`);
  const text = pages.join(' ');
  for (let n = 1; n <= count; n++) expect(text, `slide ${n} should be on the handout`).toContain(`Trang ${n}`);
  for (const section of module.sections) expect(text, `the handout should show the section "${section}"`).toContain(flat(section));
  expect(text, 'the handout is what the room saw: no trainer note').not.toContain(flat(noteStart));
  expect(text, 'no slide tools on paper').not.toContain('Mở cửa sổ người trình bày');
});

test('the module prints as a handout: the lesson and its sources, without the site around it', async ({ page }) => {
  await page.goto(MODULE_PATH);
  // Even in trainer mode, the handout is for learners.
  await turnTrainerMode(page, true);
  await page.emulateMedia({ media: 'print' });
  const text = pdfPages(await page.pdf({ format: 'A4', printBackground: true })).join(' ');
  const firstParagraph = 'VNeID là ứng dụng định danh điện tử quốc gia. Ứng dụng do Bộ Công an xây dựng và quản lý.';
  expect(text, 'the handout should hold the lesson text').toContain(flat(firstParagraph));
  for (const section of module.sections) expect(text, `the handout should hold the section "${section}"`).toContain(flat(section));
  expect(text, 'a source on paper shows where to find it').toContain('https://vneid.gov.vn');
  for (const [what, words] of [
    ['the header search', 'Tìm trong các bài học'],
    ['the main navigation', 'Tiến độ của tôi'],
    ['the breadcrumb', 'Bạn đang ở đây'],
    ['the next-lesson pager', 'Bài tiếp theo'],
    ['the footer', 'Không tài khoản, không theo dõi'],
    ['the reading aids', 'Cỡ chữ'],
    ['the learner bar', 'Chưa chọn người học'],
    ['the trainer tools', 'Dành cho người hướng dẫn'],
    ['the lesson plan', 'Kế hoạch dạy bài này'],
    ['the trainer note', noteStart],
    ['the quiz', 'Kiểm tra hiểu bài'],
    ['a practice hint link, which paper cannot open', 'Xem gợi ý trả lời'],
  ] as const) {
    expect(text, `the handout should not print ${what}`).not.toContain(flat(words));
  }
});

test('the paper quiz prints the questions with empty boxes, and the answer key on its own page', async ({ page }) => {
  await page.goto(MODULE_PATH);
  await page.locator('details.classroom summary').click();
  await page.getByRole('link', { name: 'Bài kiểm tra để in' }).click();
  await expect(page).toHaveURL(PAPER_QUIZ_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bài kiểm tra trên giấy: ${module.data.title}`);
  expect(await axeViolations(page), 'the paper quiz page should be accessible').toEqual([]);

  await page.emulateMedia({ media: 'print' });
  const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  const keyPage = pages.findIndex((p) => p.includes('Đáp án và giải thích'));
  expect(keyPage, 'the answer key should not start on the first page').toBeGreaterThan(0);
  const questionPages = pages.slice(0, keyPage).join(' ');
  const keyPages = pages.slice(keyPage).join(' ');
  expect(questionPages).toContain('Họ và tên');
  for (const question of module.data.quiz) {
    expect(questionPages, `question "${question.id}" should be on the question sheet`).toContain(flat(question.prompt).slice(0, 50));
    expect(questionPages, `the explanation of "${question.id}" must not be on the question sheet`).not.toContain(flat(question.explanation).slice(0, 50));
    expect(keyPages, `the key should explain "${question.id}"`).toContain(flat(question.explanation).slice(0, 50));
    expect(pages[keyPage], 'the key page should hold no question of the sheet').not.toContain(flat(question.prompt).slice(0, 50));
  }
  expect(questionPages).not.toContain('Đáp án đúng');
  expect(keyPages, 'the key should hold no blanks of the question sheet').not.toContain('Họ và tên');
  expect(pages.join(' '), 'the page around the quiz should not print').not.toContain('Tìm trong các bài học');
});

test('print views and slides stay out of the sitemap; the English paper quiz is in English and switches language to its twin', async ({ page }) => {
  const paths = await sitemapPaths(page);
  expect(paths).toContain(MODULE_PATH);
  expect(paths.filter((p) => /\/(bai-kiem-tra-giay|paper-quiz|trinh-chieu|slides)\/$/.test(p)), 'print views and slides are not pages to land on').toEqual([]);
  const translated = 'ky-nang-so-co-ban/dien-thoai-va-internet';
  await page.goto(`/en/courses/${translated}/paper-quiz/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Paper quiz: /);
  await expect(page.getByRole('heading', { name: 'Answers and explanations' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await openSiteMenu(page);
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page, 'the language switch leads to the same paper quiz').toHaveURL(`/khoa-hoc/${translated}/bai-kiem-tra-giay/`);
});

test('the slides add nothing to the shell; with the course saved in trainer mode and the slides opened once, they and the presenter view work offline', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByText('Sẵn sàng dùng khi không có mạng')).toBeVisible({ timeout: 60_000 });
  const precached = await page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache'))!;
    return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
  });
  expect(precached.filter((path) => /trinh-chieu|\/slides\/|slide-show|SlidesPage|presenter/.test(path)), 'nothing of the slides is precached for every learner').toEqual([]);

  // Opening a module online in trainer mode saves its course, print views and slides pages included.
  await page.goto(MODULE_PATH);
  await turnTrainerMode(page, true);
  await expect(page.getByText(/^Đã lưu để học không cần mạng ngày/)).toBeVisible({ timeout: 60_000 });
  await expect.poll(async () => (await savedRecordOf(page, `vi/${COURSE}`))?.trainer, { message: 'the slides are saved with the course', timeout: 60_000 }).toBe(true);
  await page.goto(SLIDES_PATH);
  const { count } = await openSlides(page);

  await context.setOffline(true);
  await page.reload();
  const offline = await openSlides(page);
  expect(offline.count, 'offline, the same slides').toBe(count);
  await page.keyboard.press('PageDown');
  await expect(offline.deck).toHaveAttribute('data-slide', '1');
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Mở cửa sổ người trình bày' }).click()]);
  await expect(presenter.locator('[data-deck][data-ready]'), 'the presenter view opens offline').toHaveAttribute('data-slide', '1');
  await presenter.close();

  await page.goto(PAPER_QUIZ_PATH);
  await expect(page.getByRole('heading', { name: 'Đáp án và giải thích' }), 'the paper quiz is in the saved course').toBeVisible();
});
