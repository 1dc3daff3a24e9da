import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createProfile, dumpDb, launchPersistentBrowser } from './learner';
import { cacheContents, packBox, shellReady } from './packs';

const COURSE = 'vneid';

test('on a full phone, saving a course gives a plain message and changes nothing', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'hocso-full-pack-'));
  try {
    let context = await launchPersistentBrowser(dir, baseURL!);
    let page = context.pages()[0] ?? (await context.newPage());
    await createProfile(page, 'Đầy máy');
    await shellReady(page);
    await context.close();

    // The phone fills up while the browser is closed; Chromium reads the quota when the origin first opens storage.
    context = await launchPersistentBrowser(dir, baseURL!);
    page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 1 });
    await page.goto(`/khoa-hoc/${COURSE}/`);
    await shellReady(page);
    const caches = await cacheContents(page);
    const learnerData = await dumpDb(page);

    const box = packBox(page, 'vi', COURSE);
    await box.getByRole('button', { name: /^Lưu để học không cần mạng/ }).click();
    await expect(box.getByRole('alert')).toHaveText('Máy đã hết chỗ trống nên chưa lưu được khóa này. Không có gì bị thay đổi. Hãy xóa bớt ảnh hoặc ứng dụng rồi thử lại.');
    expect(await cacheContents(page), 'Cache Storage is as it was').toEqual(caches);
    expect(await dumpDb(page), 'learner data is as it was').toEqual(learnerData);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
