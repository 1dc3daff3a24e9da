import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { createProfile, dumpDb } from './learner';
import { buildWeeklyReport, encodeWeeklyReport } from '../../src/lib/logbook/weekly-report';
import type { LogEntry } from '../../src/lib/logbook/entry';

const VOLUNTEER = 'Nguyễn Văn Hùng';
const KIND = {
  vneid: 'Cài VNeID, tài khoản mức 1, mức 2',
  password: 'Lấy lại mật khẩu',
  'public-service': 'Nộp hồ sơ trên dichvucong.gov.vn',
  payment: 'Thanh toán trực tuyến',
  'scam-check': 'Xem giúp tin nhắn, cuộc gọi đáng ngờ',
} as const;
const RESULT = { done: 'Đã xong', 'handed-over': 'Chuyển cán bộ xã', 'could-not': 'Chưa làm được' } as const;

interface Help {
  day: string;
  kind: keyof typeof KIND;
  result: keyof typeof RESULT;
  reason?: string;
  tags?: string[];
  note?: string;
}

// Twelve residents over two weeks, five kinds of help. Week 1 is 16–22 November 2026, week 2 is 23–29 November.
const WEEK_1: Help[] = [
  { day: '2026-11-16', kind: 'vneid', result: 'done', tags: ['Người cao tuổi'] },
  { day: '2026-11-16', kind: 'vneid', result: 'done' },
  { day: '2026-11-17', kind: 'vneid', result: 'could-not', reason: 'Sóng yếu, mã không về', note: 'Sóng yếu ở thôn 3, mã OTP không về.' },
  { day: '2026-11-18', kind: 'password', result: 'done' },
  { day: '2026-11-19', kind: 'public-service', result: 'handed-over' },
  { day: '2026-11-21', kind: 'payment', result: 'done', tags: ['Người cao tuổi', 'Cần người phiên dịch'] },
  { day: '2026-11-22', kind: 'scam-check', result: 'done' },
];
const WEEK_2: Help[] = [
  { day: '2026-11-23', kind: 'vneid', result: 'done' },
  { day: '2026-11-25', kind: 'public-service', result: 'done', note: 'Nhiều người hỏi về lệ phí, "chưa rõ".' },
  { day: '2026-11-25', kind: 'public-service', result: 'could-not', reason: 'Thiếu giấy tờ' },
  { day: '2026-11-27', kind: 'payment', result: 'handed-over' },
  { day: '2026-11-29', kind: 'scam-check', result: 'done', tags: ['Người dân tộc thiểu số'] },
];

let minute = 0;
/** The volunteer's own clock, a few minutes after the last entry, on `day`. */
async function setDay(page: Page, day: string) {
  minute += 3;
  await page.clock.setFixedTime(new Date(`${day}T08:${String(minute % 60).padStart(2, '0')}:00`));
}

async function fillHelp(page: Page, help: Help) {
  await page.getByRole('radio', { name: KIND[help.kind] }).check();
  await page.getByRole('radio', { name: RESULT[help.result] }).check();
  if (help.reason) await page.getByLabel('Vì sao chưa làm được?').selectOption({ label: help.reason });
  for (const tag of help.tags ?? []) await page.getByRole('checkbox', { name: tag }).check();
  await page.getByLabel('Khó khăn gặp phải (không bắt buộc)').fill(help.note ?? '');
}

async function logHelp(page: Page, help: Help) {
  await fillHelp(page, help);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText(`Đã ghi: ${KIND[help.kind]}.`)).toBeVisible();
}

/** The counts of one row of a report table, by result: done, handed over, could not, total. */
async function row(table: Locator, kind: string): Promise<string[]> {
  return table.locator(`tr[data-kind="${kind}"] td`).allTextContents();
}

async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Controls smaller than a thumb at 360 px wide (a radio or checkbox counts by its label), and any sideways scroll. */
async function smallControls(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 360, height: 740 });
  const problems = await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary');
    const found = [...controls]
      .filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
      .map((el) => ({ el, box: (el.closest('label') ?? el).getBoundingClientRect() }))
      .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    return overflow > 0 ? [...found, `the page is ${overflow}px wider than the screen`] : found;
  });
  await page.setViewportSize({ width: 412, height: 839 });
  return problems;
}

async function downloadOf(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await event;
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('offline, a volunteer logs 12 residents over two weeks; the weekly report, its CSV, print view and file match', async ({ page, context }) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => {
    // The print dialog would block a headless browser; the test looks at the print stylesheet instead.
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await setDay(page, '2026-11-16');
  await page.goto('/so-tay/');
  await expect(page.getByText('Sổ tay hỗ trợ cần một hồ sơ người học'), 'a guest is told the logbook needs a profile').toBeVisible();
  await expect(page.getByRole('link', { name: 'Mở Tiến độ của tôi để chọn tên hoặc tạo tên mới' })).toHaveAttribute('href', '/tien-do/');
  expect(await axeProblems(page), 'the logbook page for a guest should be accessible').toEqual([]);
  await createProfile(page, VOLUNTEER);
  await page.getByRole('link', { name: /Mở Sổ tay hỗ trợ/ }).click();
  await expect(page.getByRole('heading', { name: 'Ghi một lượt hỗ trợ' })).toBeVisible();
  await expect(page.getByText('Sẵn sàng dùng khi không có mạng'), 'the logbook is saved for offline use').toBeVisible({ timeout: 60_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ghi một lượt hỗ trợ' }), 'the logbook opens with the network off').toBeVisible();

  const inputs = page.locator('.logbook-form').locator('input, select, textarea, button');
  for (const input of await inputs.all()) {
    if (!(await input.isVisible())) continue;
    const box = (await input.locator('xpath=ancestor-or-self::*[self::label or self::button or self::textarea or self::select][1]').boundingBox())!;
    expect(box.height, `${await input.evaluate((e) => e.outerHTML.slice(0, 80))} should be at least 44 px high for a thumb`).toBeGreaterThanOrEqual(44);
  }
  expect(await page.getByLabel('Khó khăn gặp phải (không bắt buộc)').evaluate((e) => parseFloat(getComputedStyle(e).fontSize)), 'typing needs 16 px text (no zoom on iPhone)').toBeGreaterThanOrEqual(16);

  let day = '';
  for (const [index, help] of [...WEEK_1, ...WEEK_2].entries()) {
    await setDay(page, help.day);
    if (help.day !== day) {
      day = help.day;
      await page.reload();
    }
    const started = Date.now();
    await logHelp(page, help);
    if (index === 0) expect(Date.now() - started, 'logging one resident takes under 10 seconds').toBeLessThan(10_000);
  }
  expect((await dumpDb(page)).logbook, 'twelve residents are in the logbook').toHaveLength(12);

  await test.step('a note with a phone number or a 12-digit number is refused, and nothing is saved', async () => {
    for (const [note, message] of [
      ['Hẹn gọi lại bác 0912 345 678', /Sổ tay không ghi số điện thoại của người dân/],
      ['CCCD 001203004005 in sai tên', /dãy số dài \(9 đến 12 chữ số\)/],
    ] as const) {
      await fillHelp(page, { day, kind: 'vneid', result: 'done', note });
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(page.getByLabel('Khó khăn gặp phải (không bắt buộc)')).toHaveAttribute('aria-invalid', 'true');
      expect((await dumpDb(page)).logbook, 'a refused note saves nothing').toHaveLength(12);
    }
  });

  await test.step('today’s entries can be fixed and deleted', async () => {
    await setDay(page, day);
    await page.getByLabel('Khó khăn gặp phải (không bắt buộc)').fill('');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Hôm nay (2 lượt)' })).toBeVisible();
    await page.getByRole('button', { name: 'Xóa 2' }).click();
    await page.getByRole('group', { name: 'Xóa lượt này khỏi sổ?' }).getByRole('button', { name: 'Xóa' }).click();
    await expect(page.getByRole('heading', { name: 'Hôm nay (1 lượt)' })).toBeVisible();
    await page.getByRole('button', { name: 'Sửa 1' }).click();
    await expect(page.getByRole('heading', { name: 'Sửa lượt hỗ trợ' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Người dân tộc thiểu số' })).toBeChecked();
    await page.getByRole('radio', { name: RESULT['handed-over'] }).check();
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.getByText(`Đã sửa: ${KIND['scam-check']}.`)).toBeVisible();
    await page.getByRole('button', { name: 'Sửa 1' }).click();
    await page.getByRole('radio', { name: RESULT.done }).check();
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    expect((await dumpDb(page)).logbook, 'still twelve residents').toHaveLength(12);
  });

  const table = page.locator('.logbook-week table[data-report="by-kind"]');
  await expect(page.getByRole('heading', { name: 'Tuần từ ngày 23 tháng 11 năm 2026 đến ngày 29 tháng 11 năm 2026' })).toBeVisible();
  expect(await row(table, 'vneid')).toEqual(['1', '0', '0', '1']);
  expect(await row(table, 'public-service')).toEqual(['1', '0', '1', '2']);
  expect(await row(table, 'payment')).toEqual(['0', '1', '0', '1']);
  expect(await row(table, 'scam-check')).toEqual(['1', '0', '0', '1']);
  expect(await row(table, 'total'), 'week 2: five residents').toEqual(['3', '1', '1', '5']);
  await expect(page.locator('.logbook-week__difficulties li')).toHaveText(['Nhiều người hỏi về lệ phí, "chưa rõ".']);

  await page.getByRole('button', { name: 'Tuần trước' }).click();
  await expect(page.getByRole('heading', { name: 'Tuần từ ngày 16 tháng 11 năm 2026 đến ngày 22 tháng 11 năm 2026' })).toBeVisible();
  expect(await row(table, 'vneid')).toEqual(['2', '0', '1', '3']);
  expect(await row(table, 'password')).toEqual(['1', '0', '0', '1']);
  expect(await row(table, 'total'), 'week 1: seven residents').toEqual(['5', '1', '1', '7']);
  await expect(page.locator('.logbook-week [data-tag="older"]')).toHaveText('Người cao tuổi: 2');
  await expect(page.locator('.logbook-week')).toContainText('Sóng yếu, mã không về: 1');
  expect(await axeProblems(page), 'the filled logbook should be accessible').toEqual([]);
  expect(await smallControls(page), 'every control of the logbook is big enough for a thumb on a small phone').toEqual([]);

  await test.step('the CSV opens in a spreadsheet with Vietnamese intact', async () => {
    const csv = await downloadOf(page, 'Tải bảng CSV (Excel)');
    expect(csv.name).toMatch(/^hoc-so-bao-cao-tuan-nguyen-van-hung-2026-11-16-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)], 'UTF-8 BOM, so Excel reads Vietnamese').toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes, { bom: true, relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual(['Tuần', 'Tình nguyện viên', 'Loại việc', 'Đã xong', 'Chuyển cán bộ xã', 'Chưa làm được', 'Tổng']);
    const week = 'từ ngày 16 tháng 11 năm 2026 đến ngày 22 tháng 11 năm 2026';
    expect(rows.slice(1, 6)).toEqual([
      [week, VOLUNTEER, KIND.vneid, '2', '0', '1', '3'],
      [week, VOLUNTEER, KIND.password, '1', '0', '0', '1'],
      [week, VOLUNTEER, KIND['public-service'], '0', '1', '0', '1'],
      [week, VOLUNTEER, KIND.payment, '1', '0', '0', '1'],
      [week, VOLUNTEER, KIND['scam-check'], '1', '0', '0', '1'],
    ]);
    expect(rows.at(-1)).toEqual([week, VOLUNTEER, 'Sóng yếu ở thôn 3, mã OTP không về.']);
  });

  await test.step('the printed page is the report alone', async () => {
    await page.getByRole('button', { name: 'In báo cáo' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
    await page.emulateMedia({ media: 'print' });
    await expect(table).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Tuần từ ngày 16 tháng 11 năm 2026 đến ngày 22 tháng 11 năm 2026' })).toBeVisible();
    await expect(page.locator('.logbook-form')).toBeHidden();
    await expect(page.getByRole('button', { name: 'In báo cáo' })).toBeHidden();
    await expect(page.locator('.checklists')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('the report goes to the team leader as a file or a QR code, without any resident', async () => {
    const file = await downloadOf(page, 'Lưu tệp gửi đội trưởng');
    const report = JSON.parse(file.bytes.toString('utf8')) as { w: string; c: [string, number, number, number][]; n: string };
    expect(report.w).toBe('2026-11-16');
    expect(report.n).toBe(VOLUNTEER);
    expect(report.c).toEqual([['vneid', 2, 0, 1], ['password', 1, 0, 0], ['public-service', 0, 1, 0], ['payment', 1, 0, 0], ['scam-check', 1, 0, 0]]);
    expect(file.bytes.toString('utf8')).not.toContain(((await dumpDb(page)).profiles![0] as { id: string }).id);
    await page.getByRole('button', { name: 'Hiện mã QR cho đội trưởng' }).click();
    const qr = page.getByRole('img', { name: `Mã QR báo cáo tuần của ${VOLUNTEER}, từ ngày 16 tháng 11 năm 2026 đến ngày 22 tháng 11 năm 2026` });
    await expect(qr).toBeVisible();
    const png = PNG.sync.read(Buffer.from((await qr.getAttribute('src'))!.split(',')[1]!, 'base64'));
    const scanned = JSON.parse(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)!.data) as typeof report;
    expect([scanned.w, scanned.n, scanned.c], 'the QR code carries the same report as the file').toEqual([report.w, report.n, report.c]);
  });

  await test.step('each kind of help has its checklist, linked to the module that teaches it', async () => {
    await page.getByRole('radio', { name: KIND.password }).check();
    await page.getByRole('link', { name: `Việc cần làm: ${KIND.password}` }).click();
    const checklist = page.locator('#checklist-password');
    await checklist.locator('summary').click();
    await expect(checklist.getByRole('heading', { name: 'Không được làm' })).toBeVisible();
    await expect(checklist.getByRole('link', { name: 'Mật khẩu mạnh, khóa truy cập và xác thực hai bước' })).toHaveAttribute('href', '/khoa-hoc/an-toan-tren-khong-gian-mang/mat-khau-va-xac-thuc-hai-buoc/');
    await expect(page.getByText('Chụp ảnh giấy tờ hay màn hình có thông tin của người dân bằng máy của bạn.')).toBeVisible();
  });
});

/** A volunteer's week as their phone would send it. */
async function volunteerReport(index: number, monday: string, counts: [string, number, number, number][], made = `${monday.slice(0, 8)}29T20:00:00.000Z`) {
  const entries: LogEntry[] = counts.flatMap(([kind, ...byResult]) =>
    byResult.flatMap((n, r) =>
      Array.from({ length: n }, (_, i) => ({
        id: `entry-${index}-${kind}-${r}-${i}`, profileId: `volunteer-${index}`, day: monday, kind, result: (['done', 'handed-over', 'could-not'] as const)[r]!,
        reason: r === 2 ? ('weak-signal' as const) : null, tags: [], note: r === 2 ? `Khó khăn của tình nguyện viên ${index}` : '',
        createdAt: `${monday}T08:00:00.000Z`, updatedAt: `${monday}T08:00:00.000Z`,
      })),
    ),
  );
  return encodeWeeklyReport(buildWeeklyReport({ key: `volunteer-${index}`.padEnd(12, '0'), name: `Tình nguyện viên ${index}` }, monday, entries, [], made));
}

test('a team leader merges five volunteers’ reports, by file and QR; merging one again changes no total', async ({ page }) => {
  test.setTimeout(120_000);
  const week = '2026-11-23';
  const reports = await Promise.all([
    volunteerReport(1, week, [['vneid', 3, 0, 1], ['payment', 1, 0, 0]]),
    volunteerReport(2, week, [['vneid', 2, 1, 0]]),
    volunteerReport(3, week, [['public-service', 2, 2, 0]]),
    volunteerReport(4, week, [['scam-check', 4, 0, 0], ['password', 1, 0, 1]]),
    volunteerReport(5, '2026-11-16', [['digitising', 5, 0, 0]]),
  ]);
  const files = reports.map((text, i) => ({ name: `bao-cao-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(text) }));

  await createProfile(page, 'Đội trưởng Lan');
  await page.goto('/so-tay/');
  const team = page.locator('.team-app');
  const byKind = team.locator('table[data-report="by-kind"]');
  const summary = team.locator('[data-report="team-summary"]');
  await team.getByLabel('Thêm từ tệp báo cáo (chọn được nhiều tệp)').setInputFiles(files.slice(0, 4));
  await expect(team.getByText('Đã gộp: 4 báo cáo mới, 0 báo cáo thay bản cũ, 0 báo cáo đã có sẵn.')).toBeVisible();

  // The fifth by a photo of the volunteer's QR code.
  const photo = await QRCode.toBuffer(reports[4]!, { errorCorrectionLevel: 'M', margin: 4, width: 480 });
  await team.getByLabel('Thêm từ ảnh chụp mã QR').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: photo });
  await expect(team.getByText('Đã gộp: 1 báo cáo mới, 0 báo cáo thay bản cũ, 0 báo cáo đã có sẵn.')).toBeVisible();
  await expect(summary).toHaveText('5 báo cáo của 5 tình nguyện viên, 23 lượt hỗ trợ.');
  const totals = await byKind.textContent();
  expect(await row(byKind, 'vneid')).toEqual(['5', '1', '1', '7']);
  expect(await row(byKind, 'total')).toEqual(['18', '3', '2', '23']);
  await expect(team.locator('table[data-report="by-week"] tr[data-week="2026-11-23"] td')).toHaveText(['4', '13', '3', '2', '18']);

  await team.getByLabel('Thêm từ tệp báo cáo (chọn được nhiều tệp)').setInputFiles([files[1]!]);
  await expect(team.getByText('Đã gộp: 0 báo cáo mới, 0 báo cáo thay bản cũ, 1 báo cáo đã có sẵn.')).toBeVisible();
  await team.getByLabel('Thêm từ tệp báo cáo (chọn được nhiều tệp)').setInputFiles(files);
  await expect(team.getByText('Đã gộp: 0 báo cáo mới, 0 báo cáo thay bản cũ, 5 báo cáo đã có sẵn.')).toBeVisible();
  expect(await byKind.textContent(), 'merging again counts nothing twice').toBe(totals);
  await expect(summary).toHaveText('5 báo cáo của 5 tình nguyện viên, 23 lượt hỗ trợ.');
  expect((await dumpDb(page)).teamReports, 'one stored report per volunteer and week').toHaveLength(5);

  // A newer report of volunteer 2's week replaces the older; an edited one is refused with a message and changes nothing.
  const newer = await volunteerReport(2, week, [['vneid', 3, 1, 0]], '2026-11-30T07:00:00.000Z');
  const altered = reports[2]!.replace('"public-service",2,2,0', '"public-service",9,2,0');
  await team.getByLabel('Thêm từ tệp báo cáo (chọn được nhiều tệp)').setInputFiles([
    { name: 'moi.json', mimeType: 'application/json', buffer: Buffer.from(newer) },
    { name: 'sua.json', mimeType: 'application/json', buffer: Buffer.from(altered) },
  ]);
  await expect(team.getByText('Đã gộp: 0 báo cáo mới, 1 báo cáo thay bản cũ, 0 báo cáo đã có sẵn.')).toBeVisible();
  await expect(team.getByText(/sua\.json: Báo cáo đã bị sửa sau khi tạo/)).toBeVisible();
  expect(await row(byKind, 'vneid')).toEqual(['6', '1', '1', '8']);
  await expect(summary).toHaveText('5 báo cáo của 5 tình nguyện viên, 24 lượt hỗ trợ.');
  expect(await axeProblems(page), 'the team view should be accessible').toEqual([]);
  expect(await smallControls(page), 'every control of the team view is big enough for a thumb').toEqual([]);

  // Printed, the team's report stands alone.
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'In báo cáo' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(byKind).toBeVisible();
  await expect(team.getByLabel('Thêm từ tệp báo cáo (chọn được nhiều tệp)')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Ghi một lượt hỗ trợ' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The team's report, exported the same ways: a CSV, and a file another leader merges to the same totals.
  const csv = parseCsv((await downloadOf(page, 'Tải bảng CSV (Excel)')).bytes, { bom: true, relax_column_count: true }) as string[][];
  expect(csv.filter((r) => r[2] === KIND.vneid).map((r) => [r[1], r[6]])).toEqual([['Tình nguyện viên 1', '4'], ['Tình nguyện viên 2', '4']]);
  const teamFile = await downloadOf(page, 'Lưu tệp báo cáo của đội');
  await page.getByRole('button', { name: 'Hiện mã QR của đội' }).click();
  const teamQr = page.getByRole('img', { name: 'Mã QR báo cáo của đội do Đội trưởng Lan gộp, 5 báo cáo' });
  await expect(page.getByText('Mã QR này dày đặc'), 'a dense code comes with the advice to send the file').toBeVisible();
  // The picture as saved from the leader's screen (a camera photo of so dense a code is what the advice is about).
  const teamQrPhoto = Buffer.from((await teamQr.getAttribute('src'))!.split(',')[1]!, 'base64');
  await createProfile(page, 'Cán bộ Đoàn xã');
  await page.goto('/so-tay/');
  await team.getByLabel('Thêm từ tệp báo cáo (chọn được nhiều tệp)').setInputFiles({ name: teamFile.name, mimeType: 'application/json', buffer: teamFile.bytes });
  await expect(team.getByText('Đã gộp: 5 báo cáo mới, 0 báo cáo thay bản cũ, 0 báo cáo đã có sẵn.')).toBeVisible();
  await expect(summary).toHaveText('5 báo cáo của 5 tình nguyện viên, 24 lượt hỗ trợ.');
  await team.getByLabel('Thêm từ ảnh chụp mã QR').setInputFiles({ name: 'doi.png', mimeType: 'image/png', buffer: teamQrPhoto });
  await expect(team.getByText('Đã gộp: 0 báo cáo mới, 0 báo cáo thay bản cũ, 5 báo cáo đã có sẵn.'), 'the team’s QR code holds the same reports as its file').toBeVisible();
});

test('a backup made today carries the logbook back; a backup made before the logbook existed still imports', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
  await createProfile(page, 'Trần Thị Mai');
  await page.goto('/so-tay/');
  await logHelp(page, { day: '2026-11-25', kind: 'vneid', result: 'done', note: 'Máy cũ, cài chậm.' });
  await logHelp(page, { day: '2026-11-25', kind: 'payment', result: 'could-not', reason: 'Hệ thống, ứng dụng báo lỗi' });
  const logbook = (await dumpDb(page)).logbook;

  await page.goto('/tien-do/');
  const backup = await downloadOf(page, 'Xuất tệp của Trần Thị Mai');
  const today = JSON.parse(backup.bytes.toString('utf8')) as Record<string, unknown> & { version: number; logbook: unknown[]; profiles: { id: string; name: string; createdAt: string }[] };
  expect(today.version, 'today’s backup format carries the logbook').toBe(3);
  expect(today.logbook).toHaveLength(2);

  await page.getByRole('button', { name: 'Xóa Trần Thị Mai khỏi máy này' }).click();
  await page.getByRole('button', { name: 'Xóa hẳn' }).click();
  expect((await dumpDb(page)).logbook, 'deleting the profile deletes its logbook').toEqual([]);
  await page.getByLabel('Nhập tệp sao lưu').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes });
  await expect(page.getByText('Đã thêm: Trần Thị Mai. Hãy đặt lại mã PIN nếu muốn.')).toBeVisible();
  expect((await dumpDb(page)).logbook, 'the logbook comes back with the backup').toEqual(logbook);

  // The same learner's file as the app wrote it before the logbook (format 2), for someone else on this phone.
  // Format 2 profiles carried their PIN (none here) and no recovery key.
  const { logbook: _, ...rest } = today;
  const { recoveryKey: _key, ...profile } = today.profiles[0]! as (typeof today.profiles)[number] & { recoveryKey: string };
  const before = { ...rest, version: 2, profiles: [{ ...profile, id: '11111111-2222-4333-8444-555555555555', name: 'Bà Lan', createdAt: '2026-01-01T00:00:00.000Z', pin: null }], progress: [], attempts: [], certificates: [] };
  await page.getByLabel('Nhập tệp sao lưu').setInputFiles({ name: 'cu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(before)) });
  await expect(page.getByText('Đã thêm: Bà Lan. Hãy đặt lại mã PIN nếu muốn.')).toBeVisible();
  const db = await dumpDb(page);
  expect(db.profiles!.map((p) => (p as { name: string }).name).sort()).toEqual(['Bà Lan', 'Trần Thị Mai']);
  expect(db.logbook, 'the older file adds no logbook and changes none').toEqual(logbook);
});
