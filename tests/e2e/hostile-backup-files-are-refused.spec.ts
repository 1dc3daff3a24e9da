import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { BACKUP_VERSION } from '../../src/lib/learner/backup';
import { certificateId } from '../../src/lib/certificate/payload';
import { answerQuiz, createProfile, dumpDb, moduleOf, switchTo } from './learner';

const first = moduleOf('vneid', 0);
const COURSE_TITLE = 'VNeID – ứng dụng định danh điện tử quốc gia';

async function exportOwn(page: Page, name: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Xuất tệp của ${name}` }).click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8'));
}

async function importText(page: Page, content: string) {
  await page.getByLabel('Nhập tệp sao lưu').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('hostile backup files are each refused with a message, and the database stays exactly as it was', async ({ page }) => {
  test.setTimeout(180_000);
  await createProfile(page, 'Chủ máy');
  await page.goto(first.path);
  await answerQuiz(page, first.quiz, true);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');
  await page.goto('/tien-do/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tệp của Chủ máy' }).click();
  const good = JSON.parse(await (await download).createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }));
  const profile = good.profiles[0];
  const payload = { v: 1, name: 'Chủ máy', course: 'vneid', courseTitle: COURSE_TITLE, lang: 'vi', date: '2026-11-20', score: 90, modules: [first.title] };
  const certificate = { id: await certificateId(payload), profileId: profile.id, course: 'vneid', issuedAt: '2026-11-20T10:00:00.000Z', payload, confirmation: null };
  const other = { ...profile, id: '11111111-2222-4333-8444-555555555555', createdAt: '2026-01-01T00:00:00.000Z' };
  const withNew = (p: Record<string, unknown>) => ({ ...good, profiles: [{ ...other, ...p }], progress: [], attempts: [], certificates: [] });
  const text = JSON.stringify;

  const hostile: [string, string | Buffer, RegExp][] = [
    ['empty file', '', /bị hỏng/],
    ['truncated JSON', text(good).slice(0, text(good).length / 2), /bị hỏng/],
    ['not JSON at all', '<html><script>alert(1)</script></html>', /bị hỏng/],
    ['20 MB file', Buffer.alloc(20 * 1024 * 1024, 0x20), /quá lớn/],
    ['just over 5 MB of valid JSON', text({ ...good, pad: 'x'.repeat(5 * 1024 * 1024) }), /quá lớn/],
    ['another app’s JSON', text({ users: [] }), /không phải tệp sao lưu/],
    ['a JSON array', text([good]), /không phải tệp sao lưu/],
    ['JSON null', 'null', /không phải tệp sao lưu/],
    ['future format version', text({ ...good, version: BACKUP_VERSION + 1 }), /bản Học Số mới hơn/],
    ['version as text', text({ ...good, version: '1' }), /không hợp lệ/],
    ['__proto__ key at the top', text(good).replace('{', '{"__proto__":{"polluted":true},'), /không hợp lệ/],
    ['__proto__ key in a profile', text(good).replace('"name"', '"__proto__":{"isAdmin":true},"name"'), /không hợp lệ/],
    ['constructor.prototype key', text({ ...good, constructor: { prototype: { x: 1 } } }), /không hợp lệ/],
    ['HTML in a name', text(withNew({ name: '<img src=x onerror=alert(1)>' })), /không hợp lệ/],
    ['script in a name', text(withNew({ name: '<script>alert(1)</script>' })), /không hợp lệ/],
    ['name as a number', text(withNew({ name: 12345 })), /không hợp lệ/],
    ['name of 5000 characters', text(withNew({ name: 'a'.repeat(5000) })), /không hợp lệ/],
    ['unknown avatar', text(withNew({ avatar: 'javascript:alert(1)' })), /không hợp lệ/],
    ['extra field', text({ ...good, admin: true }), /không hợp lệ/],
    ['score of 1000', text({ ...good, progress: good.progress.map((p: object) => ({ ...p, bestScore: 1000 })) }), /không hợp lệ/],
    ['negative attempt count', text({ ...good, progress: good.progress.map((p: object) => ({ ...p, attempts: -1 })) }), /không hợp lệ/],
    ['module id with a path', text({ ...good, progress: good.progress.map((p: object) => ({ ...p, moduleId: '../../x' })) }), /không hợp lệ/],
    ['rows of a profile not in the file', text({ ...good, attempts: good.attempts.map((a: object) => ({ ...a, profileId: other.id })) }), /không hợp lệ/],
    ['two profiles with one id', text({ ...good, profiles: [profile, { ...profile, name: 'Người khác' }] }), /không hợp lệ/],
    ['a date that is not a date', text(withNew({ createdAt: 'hôm qua' })), /không hợp lệ/],
    ['profile id clash with another person on this phone', text({ ...good, profiles: [{ ...profile, name: 'Kẻ lạ', createdAt: '2020-01-01T00:00:00.000Z' }] }), /trùng mã/],
    // Each refusal names the learner, the module by its title, and the field.
    ['a completion date in 2999', text({ ...good, progress: good.progress.map((p: object) => ({ ...p, completedAt: '2999-01-01T00:00:00.000Z' })) }),
      new RegExp(`^Tệp này không được nhập: có ngày ở tương lai\\. Người học: Chủ máy\\. Bài học: ${first.title}\\. Mục: ngày hoàn thành\\. Không có gì thay đổi\\.$`)],
    ['a quiz taken in 2999', text({ ...good, attempts: good.attempts.map((a: object) => ({ ...a, at: '2999-01-01T00:00:00.000Z' })) }),
      new RegExp(`có ngày ở tương lai\\. Người học: Chủ máy\\. Bài học: ${first.title}\\. Mục: lúc làm bài kiểm tra\\.`)],
    ['two quiz attempts with one id', text({ ...good, attempts: [...good.attempts, { ...good.attempts[0], percent: 0, passed: false }] }),
      new RegExp(`hai dòng có cùng một mã\\. Người học: Chủ máy\\. Bài học: ${first.title}\\. Mục: mã\\.`)],
    ['a certificate whose id is not its content’s digest', text({ ...good, certificates: [{ ...certificate, id: certificate.id.replace(/^./, (c: string) => (c === 'a' ? 'b' : 'a')) }] }),
      new RegExp(`mã chứng nhận không khớp với nội dung chứng nhận\\. Người học: Chủ máy\\. Bài học: ${COURSE_TITLE}\\. Mục: mã\\.`)],
    ['a score of 1000 (named too)', text({ ...good, progress: good.progress.map((p: object) => ({ ...p, bestScore: 1000 })) }),
      new RegExp(`có giá trị không hợp lệ\\. Người học: Chủ máy\\. Bài học: ${first.title}\\. Mục: bestScore\\.`)],
  ];
  expect(hostile.length).toBeGreaterThanOrEqual(20);

  const before = await dumpDb(page);
  for (const [name, content, message] of hostile) {
    await page.goto('/tien-do/');
    await expect(page.getByRole('heading', { name: 'Chủ máy đang học' })).toBeVisible();
    await page.getByLabel('Nhập tệp sao lưu').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    await expect(page.locator('.progress-app__message .banner--warning'), `${name}: should be refused with a message`).toHaveText(message);
    expect(await dumpDb(page), `${name}: nothing in the database should change`).toEqual(before);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted), `${name}: no prototype pollution`).toBeUndefined();
  }
  await expect(page.locator('img[src="x"], script:not([src]):not([type])').filter({ hasText: 'alert' })).toHaveCount(0);
});

test('a row for a module this version no longer has is kept, and the page says how many', async ({ page }) => {
  await createProfile(page, 'Chủ máy');
  const good = await exportOwn(page, 'Chủ máy');
  const id = good.profiles[0].id;
  const old = (moduleId: string) => ({
    profileId: id, moduleId, status: 'completed', bestScore: 90, attempts: 1, secondsSpent: 100, position: null,
    updatedAt: '2026-01-05T08:00:00.000Z', completedAt: '2026-01-05T08:00:00.000Z',
  });
  await importText(page, JSON.stringify({ ...good, progress: [old('khoa-cu/bai-mot'), old('khoa-cu/bai-hai'), old('khoa-cu/bai-ba')] }));
  await expect(page.locator('.progress-app__message')).toHaveText(
    'Đã thêm kết quả học cho: Chủ máy. 3 kết quả thuộc bài học mà phiên bản này không còn. Chúng vẫn được giữ.',
  );
  expect(((await dumpDb(page)).progress as { moduleId: string }[]).map((p) => p.moduleId).sort()).toEqual(['khoa-cu/bai-ba', 'khoa-cu/bai-hai', 'khoa-cu/bai-mot']);
});

test('the edited-backup attack changes nothing while her profile is locked, and says why; her own backup resets a forgotten PIN', async ({ page }) => {
  await createProfile(page, 'Chị Hoa', '2468');
  await page.goto(first.path);
  await answerQuiz(page, first.quiz, false);
  await expect(page.locator('.quiz-island__result')).toContainText('Đã lưu kết quả.');
  await page.goto('/tien-do/');
  const own = await exportOwn(page, 'Chị Hoa');
  await page.getByRole('button', { name: 'Đổi người học' }).click();
  await createProfile(page, 'Minh');
  const hoa = ((await dumpDb(page)).profiles as { id: string; name: string; createdAt: string }[]).find((p) => p.name === 'Chị Hoa')!;

  // Minh writes a file by hand: her id and creation time, the PIN removed, a new name, a module she never passed.
  const passed = { profileId: hoa.id, moduleId: moduleOf('vneid', 1).id, status: 'completed', bestScore: 100, attempts: 1, secondsSpent: 60, position: null, updatedAt: '2026-11-20T08:00:00.000Z', completedAt: '2026-11-20T08:00:00.000Z' };
  const edited = [
    { format: 'hoc-so-backup', version: 3, exportedAt: '2026-11-21T00:00:00.000Z', profiles: [{ id: hoa.id, name: 'Hoa bị đổi tên', avatar: '🌾', createdAt: hoa.createdAt, recoveryKey: 'f'.repeat(32) }], progress: [passed], attempts: [], certificates: [], logbook: [] },
    { format: 'hoc-so-backup', version: 2, exportedAt: '2026-11-21T00:00:00.000Z', profiles: [{ id: hoa.id, name: 'Hoa bị đổi tên', avatar: '🌾', pin: null, createdAt: hoa.createdAt }], progress: [passed], attempts: [], certificates: [] },
  ];
  const before = await dumpDb(page);
  for (const file of edited) {
    await importText(page, JSON.stringify(file));
    await expect(page.locator('.progress-app__message .banner--warning'), `a version ${file.version} file says why nothing changed`).toHaveText(
      'Không thay đổi gì cho Chị Hoa: hồ sơ đang khóa bằng mã PIN trên máy này. Hãy mở hồ sơ bằng mã PIN rồi nhập lại tệp.',
    );
    expect(await dumpDb(page), `a version ${file.version} file changes nothing of hers`).toEqual(before);
  }

  // Hoa forgot her PIN; the backup she made while her profile was open lets her back in.
  await importText(page, JSON.stringify(own));
  await expect(page.locator('.progress-app__message')).toHaveText('Đã mở lại bằng tệp sao lưu của chính mình: Chị Hoa. Mã PIN cũ đã được bỏ; hãy đặt mã PIN mới.');
  await switchTo(page, 'Chị Hoa');
  await expect(page.getByRole('heading', { name: 'Chị Hoa đang học' }), 'her own backup opened her profile without the forgotten PIN').toBeVisible();
  await expect(page.locator(`[data-module="${first.id}"]`), 'her progress is kept').toHaveAttribute('data-status', 'in-progress');
  await expect(page.getByText(/Hồ sơ của Chị Hoa chưa có mã PIN/)).toBeVisible();
});
