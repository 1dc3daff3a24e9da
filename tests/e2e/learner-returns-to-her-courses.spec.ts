import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerQuiz, createProfile, dumpDb, moduleOf } from './learner';
import { cacheContents, packBox, shellReady } from './packs';

/** The course outlines a page fetches, in order: the home and progress pages know no module until they fetch one. */
function outlinesFetched(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/outlines/')) fetched.push(path);
  });
  return fetched;
}

async function pass(page: Page, module: ReturnType<typeof moduleOf>) {
  await page.goto(module.path);
  await answerQuiz(page, module.quiz, true);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');
}

test('"Học tiếp" and My progress show the modules of the courses she studies, fetching only those courses', async ({ page }) => {
  test.setTimeout(120_000);
  const fetched = outlinesFetched(page);

  await test.step('a first visit fetches no course outline', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Bắt đầu từ đây' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
  });

  await test.step('a learner who has not started is offered the first module of the first course, without fetching', async () => {
    await createProfile(page, 'Mai');
    await page.goto('/');
    const first = moduleOf('ky-nang-so-co-ban', 0);
    await expect(page.getByRole('link', { name: `Bắt đầu: ${first.title}` })).toHaveAttribute('href', first.path);
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
  });

  const safety = moduleOf('an-toan-tren-khong-gian-mang', 0);
  const vneid = [moduleOf('vneid', 0), moduleOf('vneid', 1)];
  await pass(page, safety);
  await pass(page, vneid[0]!);

  await test.step('home: the next module of the course studied last, from that course’s outline alone', async () => {
    fetched.length = 0;
    await page.goto('/');
    const link = page.getByRole('link', { name: `Học tiếp: ${vneid[1]!.title}` });
    await expect(link).toHaveAttribute('href', vneid[1]!.path);
    await expect(page.locator('.continue')).toContainText('Đã xong 1 trên 5 bài.');
    expect(fetched).toEqual(['/outlines/vi/vneid.json']);
  });

  await test.step('My progress: the started courses module by module, the others on one line each', async () => {
    fetched.length = 0;
    await page.goto('/tien-do/');
    await expect(page.locator(`[data-module="${vneid[0]!.id}"]`)).toHaveAttribute('data-status', 'completed');
    await expect(page.locator(`[data-module="${vneid[1]!.id}"]`)).toHaveAttribute('data-status', 'not-started');
    await expect(page.locator(`[data-module="${vneid[1]!.id}"]`).getByRole('link', { name: vneid[1]!.title })).toHaveAttribute('href', vneid[1]!.path);
    await expect(page.locator('[data-module^="vneid/"]')).toHaveCount(5);
    await expect(page.locator(`[data-module="${safety.id}"]`)).toHaveAttribute('data-status', 'completed');

    const notStarted = page.locator('[data-course="ky-nang-so-co-ban"]');
    await expect(notStarted).toHaveAttribute('data-status', 'not-started');
    await expect(notStarted).toContainText('Chưa học');
    await expect(notStarted.getByRole('link', { name: 'Kỹ năng số cơ bản' })).toHaveAttribute('href', '/khoa-hoc/ky-nang-so-co-ban/');
    await expect(page.locator('[data-module^="ky-nang-so-co-ban/"]'), 'a course not started lists no module').toHaveCount(0);
    expect(fetched.sort()).toEqual(['/outlines/vi/an-toan-tren-khong-gian-mang.json', '/outlines/vi/vneid.json']);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), 'the course list has no accessibility violations').toEqual([]);
  });
});

test('offline, a saved course still lists its modules; a course not saved says so and a file naming it still imports', async ({ page, context }) => {
  test.setTimeout(180_000);
  const studied = moduleOf('vneid', 0);
  const elsewhere = moduleOf('ky-nang-so-co-ban', 0);
  await createProfile(page, 'Hoa');
  await pass(page, studied);

  await page.goto('/khoa-hoc/vneid/');
  await shellReady(page);
  const box = packBox(page, 'vi', 'vneid');
  // Opening a module while online saved the course already, unless that is turned off: either way it ends saved.
  const save = box.getByRole('button', { name: /^Lưu để học không cần mạng/ });
  if (await save.isVisible()) await save.click();
  await expect(box.getByText(/^Đã lưu để học không cần mạng ngày/)).toBeVisible({ timeout: 60_000 });
  expect((await cacheContents(page))['hocso-pack:vi/vneid'], 'the saved course holds its outline').toContain('/outlines/vi/vneid.json');

  // Her file from another phone, where she has also passed a module of a course this phone has not saved.
  await page.goto('/tien-do/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tệp của Hoa' }).click();
  const own = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const now = new Date().toISOString();
  const fromOtherPhone = { ...own, progress: [...own.progress, { ...own.progress[0], moduleId: elsewhere.id, updatedAt: now, completedAt: now }] };

  await context.setOffline(true);
  await page.goto('/tien-do/');
  await expect(page.locator(`[data-module="${studied.id}"]`), 'the saved course lists its modules offline').toHaveAttribute('data-status', 'completed');
  await expect(page.locator('[data-module^="vneid/"]')).toHaveCount(5);

  await page.getByLabel('Nhập tệp sao lưu').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fromOtherPhone)) });
  await expect(page.getByText('Đã thêm kết quả học cho: Hoa.', { exact: false })).toContainText(
    '1 kết quả thuộc khóa học chưa lưu trên máy này. Khi không có mạng chưa kiểm tra được các bài đó, nhưng kết quả vẫn được nhập đủ.',
  );
  const progress = (await dumpDb(page)).progress as { moduleId: string; status: string }[];
  expect(progress.find((row) => row.moduleId === elsewhere.id)?.status, 'the result of the course not saved is imported').toBe('completed');

  const unsaved = page.locator('[data-course="ky-nang-so-co-ban"]');
  await expect(unsaved).toContainText('Khóa này chưa được lưu trên máy, nên khi không có mạng chưa xem được danh sách bài.');
  await expect(page.locator(`[data-module="${studied.id}"]`), 'the rest of the page still works').toHaveAttribute('data-status', 'completed');
  await expect(page.getByText('Chưa có trong báo cáo, vì cần có mạng để mở danh sách bài: Kỹ năng số cơ bản.')).toBeVisible();

  await page.goto('/');
  await expect(page.locator('.continue')).toContainText('Hoa, khóa bạn đang học chưa được lưu trên máy này.');

  await page.goto('/tien-do/');
  await expect(unsaved).toContainText('chưa xem được danh sách bài');
  await context.setOffline(false);
  await page.reload();
  await expect(page.locator(`[data-module="${elsewhere.id}"]`), 'back online, the page opened again lists the course’s modules').toHaveAttribute('data-status', 'completed');

  // Fetched once online, the outline of the course not saved is kept: offline again, the course still lists its modules.
  expect((await cacheContents(page))['hocso-outlines']).toContain('/outlines/vi/ky-nang-so-co-ban.json');
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator(`[data-module="${elsewhere.id}"]`), 'the kept outline lists the course offline').toHaveAttribute('data-status', 'completed');
  await expect(page.locator(`[data-module="${studied.id}"]`)).toHaveAttribute('data-status', 'completed');
});
