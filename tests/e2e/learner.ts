import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { Question } from '../../src/lib/content-schema';

/** A Vietnamese module as an author wrote it: its address and its quiz with the right answers. */
export function moduleOf(course: string, index: number): { id: string; path: string; title: string; quiz: Question[] } {
  const dir = join('content/vi', course);
  const file = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()[index]!;
  const slug = file.replace(/^\d{2}-/, '').replace(/\.mdx$/, '');
  const frontmatter = parse(readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1]!) as { title: string; quiz: Question[] };
  return { id: `${course}/${slug}`, path: `/khoa-hoc/${course}/${slug}/`, title: frontmatter.title, quiz: frontmatter.quiz };
}

export async function createProfile(page: Page, name: string, pin = '') {
  await page.goto('/tien-do/');
  const add = page.getByRole('button', { name: 'Thêm người học' });
  const nameField = page.getByLabel('Tên của bạn');
  const switchButton = page.getByRole('button', { name: 'Đổi người học' });
  await expect(add.or(nameField).or(switchButton).first()).toBeVisible();
  if (await switchButton.isVisible()) await switchButton.click();
  await expect(add.or(nameField).first()).toBeVisible();
  if (!(await nameField.isVisible())) await add.click();
  await nameField.fill(name);
  if (pin) await page.getByLabel(/Mã PIN \(không bắt buộc/).fill(pin);
  await page.getByRole('button', { name: 'Tạo', exact: true }).click();
  await expect(page.getByRole('heading', { name: `${name} đang học` }), `${name} should be learning after creating the profile`).toBeVisible();
}

export async function switchTo(page: Page, name: string) {
  await page.goto('/tien-do/');
  const switchButton = page.getByRole('button', { name: 'Đổi người học' });
  await expect(switchButton.or(page.getByRole('heading', { name: 'Ai đang học?' })).first()).toBeVisible();
  if (await switchButton.isVisible()) await switchButton.click();
  await page.locator('.profile-list').getByRole('button', { name: new RegExp(name) }).click();
}

/** Answers every question of the quiz with the mouse: right answers, or wrong ones. */
export async function answerQuiz(page: Page, quiz: Question[], right: boolean) {
  const island = page.locator('.quiz-island');
  await page.locator('[data-slot="quiz"]').scrollIntoViewIfNeeded();
  await expect(island, 'the quiz should come alive when it scrolls into view').toBeVisible();
  for (const q of quiz) {
    const box = island.locator(`[data-question="${q.id}"]`);
    const option = (text: string) => box.locator('label').filter({ has: page.getByText(text, { exact: true }) });
    switch (q.type) {
      case 'single':
        await option(q.options[right ? q.answer : (q.answer + 1) % q.options.length]!).click();
        break;
      case 'multiple':
        for (const i of right ? q.answers : [q.options.findIndex((_, i) => !q.answers.includes(i))]) await option(q.options[i]!).click();
        break;
      case 'true-false':
        await option(q.answer === right ? 'Đúng' : 'Sai').click();
        break;
      case 'order':
        if (right) await putInOrder(box, q.steps);
        break;
    }
  }
  await island.getByRole('button', { name: 'Nộp bài' }).click();
}

async function putInOrder(box: Locator, steps: string[]) {
  for (const [target, step] of steps.entries()) {
    for (;;) {
      const shown = await box.locator('.quiz-island__step-text').allTextContents();
      if (shown.indexOf(step) <= target) break;
      await box.getByRole('button', { name: `Đưa bước “${step}” lên` }).click();
    }
  }
}

/** Every row of the learner database, read with plain IndexedDB as a developer would see it. */
export async function dumpDb(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hoc-so');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      dump[name] = await new Promise((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return dump;
  });
}

/**
 * Keeps the learner database busy with a write to `stores` until the page is left, as another tab writing or a slow
 * phone does: the page's own writes to those stores wait behind it.
 */
export async function keepDatabaseBusy(page: Page, stores: string[]): Promise<void> {
  await page.evaluate(
    (names) =>
      new Promise<void>((ready, fail) => {
        const request = indexedDB.open('hoc-so');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const store = request.result.transaction(names, 'readwrite').objectStore(names[0]!);
          const spin = () => void (store.count().onsuccess = spin);
          spin();
          ready();
        };
      }),
    stores,
  );
}

/** A browser that keeps its data in `dir` between launches, as a phone's browser does between uses. */
export function launchPersistentBrowser(dir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    baseURL,
    ...(existsSync('/usr/bin/chromium') && { executablePath: '/usr/bin/chromium' }),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
