import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ModuleFrontmatter } from '../../src/lib/content-schema';
import { openSiteMenu, sitemapPaths } from './site';

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

async function turnTrainerMode(page: Page, on: boolean) {
  const details = page.locator('details.classroom');
  if (!(await details.getAttribute('open'))) await details.locator('summary').click();
  const toggle = page.getByRole('button', { name: 'Chế độ người hướng dẫn' });
  if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', String(on));
}

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

test('the trainer presents a module as slides with the keyboard or a clicker, without trainer notes', async ({ page }) => {
  await page.goto(MODULE_PATH);
  await turnTrainerMode(page, true);
  const present = page.getByRole('button', { name: 'Trình chiếu bài này' });
  await present.click();
  const show = page.getByRole('dialog', { name: /^Trình chiếu:/ });
  await expect(show).toBeVisible();
  const count = module.sections.length + 1;
  const counter = show.locator('[data-slides-counter]');
  const heading = show.locator('.slides__slide:not([hidden]) h2');
  const noNotes = async (where: string) => {
    await expect(show.getByText(noteStart), `the trainer note must not be projected (${where})`).toBeHidden();
    expect(flat(await show.innerText()), `no trainer note text on the wall (${where})`).not.toContain(flat(noteStart));
  };

  await expect(counter).toHaveText(`1 / ${count}`);
  await expect(heading).toHaveText(module.data.title);
  await noNotes('title slide');
  expect(await axeViolations(page), 'the slide view should be accessible').toEqual([]);

  const walk = async (forward: string, back: string) => {
    for (let i = 1; i < count; i++) {
      await page.keyboard.press(forward);
      await expect(counter).toHaveText(`${i + 1} / ${count}`);
      await expect(heading).toHaveText(module.sections[i - 1]!);
      await noNotes(`slide ${i + 1}, ${forward}`);
    }
    await page.keyboard.press(forward);
    await expect(counter, 'the last slide stays the last').toHaveText(`${count} / ${count}`);
    for (let i = count - 1; i >= 1; i--) {
      await page.keyboard.press(back);
      await expect(counter).toHaveText(`${i} / ${count}`);
    }
  };
  await test.step('arrow keys', () => walk('ArrowRight', 'ArrowLeft'));
  await test.step('a presenter clicker (PageDown / PageUp)', () => walk('PageDown', 'PageUp'));

  await test.step('Space, End and Home', async () => {
    await page.keyboard.press('Space');
    await expect(counter).toHaveText(`2 / ${count}`);
    await page.keyboard.press('Space');
    await expect(counter).toHaveText(`3 / ${count}`);
    await page.keyboard.press('End');
    await expect(counter).toHaveText(`${count} / ${count}`);
    await page.keyboard.press('Home');
    await expect(counter).toHaveText(`1 / ${count}`);
  });

  await test.step('the on-screen buttons work too', async () => {
    await show.getByRole('button', { name: /Trang sau/ }).click();
    await expect(counter).toHaveText(`2 / ${count}`);
    await show.getByRole('button', { name: /Trang trước/ }).click();
    await expect(counter).toHaveText(`1 / ${count}`);
  });

  await page.keyboard.press('Escape');
  await expect(show, 'Escape leaves the presentation').toBeHidden();
  await expect(present).toBeFocused();
  await expect(page.locator('.module__text h2'), 'the page keeps its text after a presentation').toHaveCount(module.sections.length);
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

test('print views stay out of the sitemap; the English paper quiz is in English and switches language to its twin', async ({ page }) => {
  const paths = await sitemapPaths(page);
  expect(paths).toContain(MODULE_PATH);
  expect(paths.filter((p) => /\/(bai-kiem-tra-giay|paper-quiz)\/$/.test(p)), 'print views are not pages to land on').toEqual([]);
  const translated = 'ky-nang-so-co-ban/dien-thoai-va-internet';
  await page.goto(`/en/courses/${translated}/paper-quiz/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Paper quiz: /);
  await expect(page.getByRole('heading', { name: 'Answers and explanations' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await openSiteMenu(page);
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page, 'the language switch leads to the same paper quiz').toHaveURL(`/khoa-hoc/${translated}/bai-kiem-tra-giay/`);
});

test('offline, the trainer can still present a module and print a paper quiz of a course saved by opening it', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByText('Sẵn sàng dùng khi không có mạng')).toBeVisible({ timeout: 60_000 });
  // Opening a module online saves its course, print views included.
  await page.goto(MODULE_PATH);
  await expect(page.getByText(/^Đã lưu để học không cần mạng ngày/)).toBeVisible({ timeout: 60_000 });

  await context.setOffline(true);
  await page.goto(MODULE_PATH);
  await turnTrainerMode(page, true);
  await page.getByRole('button', { name: 'Trình chiếu bài này' }).click();
  await expect(page.getByRole('dialog').locator('[data-slides-counter]')).toHaveText(`1 / ${module.sections.length + 1}`);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog').locator('.slides__slide:not([hidden]) h2')).toHaveText(module.sections[0]!);
  await page.keyboard.press('Escape');

  await page.goto(PAPER_QUIZ_PATH);
  await expect(page.getByRole('heading', { name: 'Đáp án và giải thích' }), 'the paper quiz is in the saved course').toBeVisible();
});
