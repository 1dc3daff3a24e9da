import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Download, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { parse } from 'yaml';
import { encodeClassReport } from '../../src/lib/trainer/class-report';
import { answerQuiz, createProfile, dumpDb, moduleOf } from './learner';
import { holdIslandCode } from './site';

const first = moduleOf('vneid', 0);
const second = moduleOf('vneid', 1);
const courseTitle = (parse(readFileSync('content/vi/vneid/course.yaml', 'utf8')) as { title: string }).title;
const LEARNER = 'Bà Lan Nguyễn';
const HOSTILE = '=HYPERLINK("x")';

/** RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF between records. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/** Accessibility problems axe finds on the page as it is now (the sitemap check sees these pages empty). */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function passModule(page: Page, module: typeof first, right = true) {
  await page.goto(module.path);
  await answerQuiz(page, module.quiz, right);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');
}

async function saveReport(page: Page): Promise<string> {
  await page.goto('/tien-do/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu tệp báo cáo' }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

async function downloaded(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await event;
  return { download, bytes: readFileSync(await download.path()) };
}

test('a trainer collects a learner’s report from a photo of the QR code and from the file, refuses an edited one and exports the class', async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  // Learner: passes the first module and shows the QR code.
  await createProfile(page, LEARNER);
  await passModule(page, first);
  await page.goto('/tien-do/');
  await page.getByLabel('Khóa học cần gửi').selectOption({ label: courseTitle });
  await page.getByRole('button', { name: 'Hiện mã QR' }).click();
  const qr = page.getByRole('img', { name: `Mã QR báo cáo học tập của ${LEARNER}: ${courseTitle}` });
  await expect(qr).toBeVisible();
  expect(await axeProblems(page), 'the QR code and its controls should be accessible').toEqual([]);
  // A photo of the learner's phone screen, QR code and all around it.
  await qr.scrollIntoViewIfNeeded();
  const photo = await page.screenshot();

  // Learner: passes the second module and saves the report file.
  await passModule(page, second);
  const report = await saveReport(page);
  const version = QRCode.create(report, { errorCorrectionLevel: 'M' }).version;
  testInfo.annotations.push({ type: 'qr', description: `${Buffer.byteLength(report)} bytes, QR version ${version} (M)` });
  expect(report, 'the report should not hand out the profile id').not.toContain((await dumpDb(page)).profiles!.map((p) => (p as { id: string }).id)[0]);

  // Trainer, on another device.
  const trainerContext = await browser.newContext({ ...devices['Pixel 7'], baseURL: testInfo.project.use.baseURL! });
  const trainer = await trainerContext.newPage();
  await trainer.goto('/lop-hoc/');
  await expect(trainer.getByRole('heading', { name: 'Lớp của tôi', level: 1 })).toBeVisible();
  const table = trainer.getByRole('table', { name: courseTitle });
  const cell = (name: string, module: typeof first) => table.getByRole('row', { name: new RegExp(name.replace(/[()"=]/g, '.')) }).locator(`[data-module="${module.id}"]`);

  await expect(trainer.getByLabel('Thêm từ ảnh chụp mã QR'), 'the pickers are offered once the page can take a file').toBeEnabled();
  await trainer.getByLabel('Thêm từ ảnh chụp mã QR').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: photo });
  await expect(trainer.getByText(`Đã thêm ${LEARNER} vào lớp (1 bài).`), 'the photo of the QR code should add the learner').toBeVisible();
  await expect(cell(LEARNER, first)).toHaveAttribute('data-status', 'completed');
  await expect(cell(LEARNER, first)).toContainText('100%');
  await expect(cell(LEARNER, second)).toHaveAttribute('data-status', 'not-started');

  await trainer.getByLabel('Thêm từ tệp báo cáo').setInputFiles({ name: 'bao-cao.json', mimeType: 'application/json', buffer: Buffer.from(report) });
  await expect(trainer.getByText(`Đã cập nhật kết quả của ${LEARNER} (2 bài).`)).toBeVisible();
  await expect(table.locator('tbody tr'), 'the same learner again should update their row, not add one').toHaveCount(1);
  for (const module of [first, second]) {
    await expect(cell(LEARNER, module)).toHaveAttribute('data-status', 'completed');
    await expect(cell(LEARNER, module)).toContainText('Đã xong');
    await expect(cell(LEARNER, module)).toContainText('100%');
  }
  expect((await dumpDb(trainer)).roster, 'one stored row per learner').toHaveLength(1);

  // One character changed: refused, nothing changes.
  const before = await table.textContent();
  const rosterBefore = (await dumpDb(trainer)).roster;
  await trainer.getByLabel('Thêm từ tệp báo cáo').setInputFiles({ name: 'sua.json', mimeType: 'application/json', buffer: Buffer.from(report.replace('Lan', 'Lam')) });
  await expect(trainer.getByText(/đã bị sửa sau khi tạo/), 'an edited report should be refused with a message').toBeVisible();
  expect(await table.textContent()).toBe(before);
  expect((await dumpDb(trainer)).roster, 'a refused report should write nothing').toEqual(rosterBefore);

  // A learner whose name a spreadsheet would run as a formula.
  await page.goto('/tien-do/');
  await page.getByRole('button', { name: 'Đổi người học' }).click();
  await createProfile(page, HOSTILE);
  await passModule(page, first, false);
  await trainer.getByLabel('Thêm từ tệp báo cáo').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(await saveReport(page)) });
  await expect(trainer.getByText(`Đã thêm ${HOSTILE} vào lớp (1 bài).`)).toBeVisible();
  await expect(cell(HOSTILE, first)).toHaveAttribute('data-status', 'in-progress');

  expect(await axeProblems(trainer), 'the filled class list should be accessible').toEqual([]);

  // CSV for Excel.
  const csv = await downloaded(trainer, 'Tải bảng CSV (Excel)');
  expect(csv.download.suggestedFilename()).toMatch(/^hoc-so-lop-hoc-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)], 'the CSV should start with the UTF-8 BOM so Excel shows Vietnamese').toEqual([0xef, 0xbb, 0xbf]);
  const rows = readCsv(csv.bytes.toString('utf8').slice(1));
  expect(rows[0]).toEqual(['Học viên', 'Khóa học', 'Bài học', 'Trạng thái', 'Điểm (%)', 'Số phút học', 'Ngày']);
  const lan = rows.filter((r) => r[0] === LEARNER);
  expect(lan.map((r) => [r[1], r[3], r[4]])).toEqual([[courseTitle, 'Đã xong', '100'], [courseTitle, 'Đã xong', '100']]);
  const hostile = rows.filter((r) => r[0]?.includes('HYPERLINK'));
  expect(hostile.map((r) => r[0]), 'a name like a formula should stay text in Excel').toEqual([`'${HOSTILE}`]);
  expect(hostile[0]![3]).toBe('Đang học');

  // xAPI statements for an LRS.
  const xapi = await downloaded(trainer, 'Tải xAPI (JSON)');
  const statements = JSON.parse(xapi.bytes.toString('utf8')) as { actor: { name: string }; verb: { id: string }; object: { id: string }; result: { score?: { scaled: number } } }[];
  expect(statements, 'one statement per learner and module').toHaveLength(3);
  expect(statements.filter((s) => s.actor.name === LEARNER).map((s) => [s.verb.id, s.object.id.endsWith(first.path) || s.object.id.endsWith(second.path), s.result.score?.scaled])).toEqual([
    ['http://adlnet.gov/expapi/verbs/passed', true, 1],
    ['http://adlnet.gov/expapi/verbs/passed', true, 1],
  ]);
  expect(statements.find((s) => s.actor.name === HOSTILE)?.verb.id).toBe('http://adlnet.gov/expapi/verbs/attempted');

  // Removing asks first.
  await trainer.getByRole('button', { name: `Xóa ${HOSTILE} khỏi lớp` }).click();
  await trainer.getByRole('button', { name: 'Thôi' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await trainer.getByRole('button', { name: `Xóa ${HOSTILE} khỏi lớp` }).click();
  await trainer.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(trainer.getByText(`Đã xóa ${HOSTILE} khỏi lớp.`)).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await trainerContext.close();
});

test('a learner’s QR code on a 360 px phone screen decodes from a screenshot, and the trainer adds it from that picture', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  // A cheap phone: 360 CSS pixels wide at twice the density.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, baseURL: testInfo.project.use.baseURL! });
  const page = await phone.newPage();
  await createProfile(page, 'Nguyễn Thị Phương Thảo');
  await passModule(page, first);
  await passModule(page, second);
  await passModule(page, moduleOf('an-toan-tren-khong-gian-mang', 0));
  await page.goto('/tien-do/');
  await page.getByRole('button', { name: 'Hiện mã QR' }).click();
  const qr = page.getByRole('img', { name: /^Mã QR báo cáo học tập của Nguyễn Thị Phương Thảo: Mọi khóa học đã bắt đầu/ });
  await expect(qr).toBeVisible();
  await qr.scrollIntoViewIfNeeded();
  const screenshot = await page.screenshot();
  const png = PNG.sync.read(screenshot);
  expect(png.width, 'the capture is at the phone’s density').toBe(720);
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(read?.data, 'the QR code should decode from a phone-screen capture').toMatch(/^HS1:/);
  // Half the pixels: the code seen from further off, or a photo of it on a projector's wall.
  const half = new PNG({ width: png.width / 2, height: png.height / 2 });
  for (let y = 0; y < half.height; y++) {
    for (let x = 0; x < half.width; x++) {
      for (let c = 0; c < 4; c++) {
        const at = (dx: number, dy: number) => png.data[((2 * y + dy) * png.width + 2 * x + dx) * 4 + c]!;
        half.data[(y * half.width + x) * 4 + c] = (at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4;
      }
    }
  }
  expect(jsQR(new Uint8ClampedArray(half.data), half.width, half.height)?.data, 'it should decode at half the resolution too').toBe(read!.data);
  const version = QRCode.create(read!.data, { errorCorrectionLevel: 'M' }).version;
  testInfo.annotations.push({ type: 'qr', description: `two courses, three modules: ${read!.data.length} characters, QR version ${version} (M)` });

  const trainer = await (await browser.newContext({ ...devices['Pixel 7'], baseURL: testInfo.project.use.baseURL! })).newPage();
  await trainer.goto('/lop-hoc/');
  await expect(trainer.getByLabel('Thêm từ ảnh chụp mã QR')).toBeEnabled();
  await trainer.getByLabel('Thêm từ ảnh chụp mã QR').setInputFiles({ name: 'man-hinh.png', mimeType: 'image/png', buffer: screenshot });
  await expect(trainer.getByText('Đã thêm Nguyễn Thị Phương Thảo vào lớp (3 bài).')).toBeVisible();
  await phone.close();
  await trainer.context().close();
});

/** A report file as a learner's phone saves it. */
async function reportFile(index: number) {
  const body = { v: 1 as const, k: `hocvien-${String(index).padStart(4, '0')}`, n: `Học viên số ${index}`, t: `${new Date().toISOString().slice(0, 19)}Z`, c: [{ s: 'vneid', m: [[0, 2, 80 + index, 12, 0] as [number, 1 | 2, number, number, number]] }] };
  return { name: `bao-cao-${index}.json`, mimeType: 'application/json', buffer: Buffer.from(await encodeClassReport(body)) };
}

test('the class page offers its pickers only once it can take the files', async ({ page }) => {
  // Hold the class list's code back, as a slow network does: a file picked now would go nowhere.
  const release = await holdIslandCode(page, 'ClassApp*.js');
  await page.goto('/lop-hoc/');
  for (const label of ['Thêm từ ảnh chụp mã QR', 'Thêm từ tệp báo cáo']) await expect(page.getByLabel(label)).toBeDisabled();
  release();
  for (const label of ['Thêm từ ảnh chụp mã QR', 'Thêm từ tệp báo cáo']) await expect(page.getByLabel(label)).toBeEnabled();
  await page.getByLabel('Thêm từ tệp báo cáo').setInputFiles([await reportFile(1)]);
  await expect(page.getByText('Đã thêm Học viên số 1 vào lớp (1 bài).', { exact: true })).toBeVisible();
});

test('the class page takes ten report files in one pick, and a folder of them, and lists every learner; then opens offline', async ({ page, context }) => {
  await page.goto('/lop-hoc/');
  await expect(page.getByRole('heading', { name: 'Lớp của tôi', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Hình từ camera để quét mã QR'), 'no camera box before the trainer presses scan').toBeHidden();
  await expect(page.getByLabel('Thêm từ tệp báo cáo')).toBeEnabled();

  const files = await Promise.all(Array.from({ length: 10 }, (_, i) => reportFile(i + 1)));
  await page.getByLabel('Thêm từ tệp báo cáo').setInputFiles(files);
  const table = page.getByRole('table', { name: courseTitle });
  await expect(table.locator('tbody tr'), 'all ten learners from one pick').toHaveCount(10);
  for (let i = 1; i <= 10; i++) {
    await expect(page.getByText(`bao-cao-${i}.json: Đã thêm Học viên số ${i} vào lớp (1 bài).`)).toBeVisible();
    await expect(table.getByRole('row', { name: new RegExp(`Học viên số ${i}\\b`) }).locator(`[data-module="${first.id}"]`)).toContainText(`${80 + i}%`);
  }
  await expect(page.getByRole('heading', { name: /Danh sách lớp/ })).toContainText('10');

  // A folder the trainer keeps the class's files in: reports, and something else that is not one.
  const folder = mkdtempSync(join(tmpdir(), 'hocso-lop-'));
  for (const file of [await reportFile(11), await reportFile(12)]) writeFileSync(join(folder, file.name), file.buffer);
  writeFileSync(join(folder, 'ghi-chu.txt'), 'Buổi học ngày thứ Bảy');
  const altered = await reportFile(13);
  writeFileSync(join(folder, altered.name), altered.buffer.toString().replace('Học viên', 'Hoc vien'));
  await page.getByLabel('Thêm mọi tệp báo cáo trong một thư mục').setInputFiles(folder);
  await expect(page.getByText('bao-cao-11.json: Đã thêm Học viên số 11 vào lớp (1 bài).')).toBeVisible();
  await expect(page.getByText('bao-cao-12.json: Đã thêm Học viên số 12 vào lớp (1 bài).')).toBeVisible();
  await expect(page.getByText(/^bao-cao-13\.json: Báo cáo này đã bị sửa/), 'a bad file in the pick is named and refused').toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(12);
  expect((await dumpDb(page)).roster).toHaveLength(12);

  // In a commune hall without a network, the class page opened once online still opens, with its class.
  await expect(page.getByText('Sẵn sàng dùng khi không có mạng'), 'the class page is saved for offline use').toBeVisible({ timeout: 60_000 });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Lớp của tôi', level: 1 }), 'the class page opens with the network off').toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(12);
});
