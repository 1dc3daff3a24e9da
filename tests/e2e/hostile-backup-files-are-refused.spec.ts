import { expect, test } from '@playwright/test';
import { BACKUP_VERSION } from '../../src/lib/learner/backup';
import { answerQuiz, createProfile, dumpDb, moduleOf } from './learner';

const first = moduleOf('vneid', 0);

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
