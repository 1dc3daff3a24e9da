import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { answerQuiz, moduleOf } from './learner';

/** The shortest course (4 modules): a learner finishes it quickly and gets a certificate. */
export const SHORT_COURSE = 'dich-vu-cong-truc-tuyen';

/** Passes every module of the shortest course through its quiz, as a learner would. */
export async function finishShortCourse(page: Page) {
  for (let index = 0; index < 4; index++) {
    const module = moduleOf(SHORT_COURSE, index);
    await page.goto(module.path);
    await answerQuiz(page, module.quiz, true);
    await expect(page.locator('.quiz-island__result').getByRole('heading')).toHaveText('Bạn đã qua bài này!');
    await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');
  }
}

/** A PDF's text as a reader would copy it. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
}

/** Page 1 of the PDF as pixels, the way a printer or a phone's viewer would draw it. */
export function firstPage(file: string, dpi = 100): PNG {
  const stem = `${file}-page`;
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, stem]);
  return PNG.sync.read(readFileSync(`${stem}.png`));
}

/** Clicks, waits for the download, and keeps it in `dir` as `name`. */
export async function saveDownload(page: Page, click: () => Promise<void>, dir: string, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = join(dir, name);
  await download.saveAs(file);
  return file;
}
