import { expect, test } from '@playwright/test';
import { moduleOf } from './learner';
import { cacheContents, ownServer, packBox, packOf, pagesOf, phoneOn, shellReady } from './packs';

const COURSE = 'ky-nang-so-co-ban';

test('a download cut halfway leaves the course not saved, with a retry that finishes it', async ({ browser }) => {
  test.setTimeout(120_000);
  const { site, origin } = await ownServer();
  const page = await phoneOn(browser, origin);
  const pack = packOf('vi', COURSE);
  const modulePages = pagesOf(pack).filter((path) => path !== `/khoa-hoc/${COURSE}/`);

  await page.goto(`/khoa-hoc/${COURSE}/`);
  await shellReady(page);
  const box = packBox(page, 'vi', COURSE);

  // The signal drops after three module pages have come in.
  let served = 0;
  site.cut = (path) => modulePages.includes(path) && ++served > 3;
  await box.getByRole('button', { name: /^Lưu để học không cần mạng/ }).click();
  await expect(box.getByRole('alert')).toContainText('Chưa lưu xong vì mất mạng giữa chừng. Khóa này chưa được lưu.');
  const retry = box.getByRole('button', { name: 'Thử lại' });
  await expect(retry).toBeVisible();

  await test.step('nothing of the course is served as saved', async () => {
    const caches = await cacheContents(page);
    expect(caches[`hocso-pack:vi/${COURSE}`], 'the pack has no cache of saved files').toBeUndefined();
    expect(caches['hocso-packs'] ?? [], 'no record says the course is saved').toEqual([]);
    await site.stop();
    for (const path of [modulePages[0]!, moduleOf(COURSE, 5).path]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), `${path} is not half-saved`).toHaveText('Bạn đang không có mạng');
      await expect(page.getByText('Khóa “Kỹ năng số cơ bản” chưa được lưu trên máy này')).toBeVisible();
    }
  });

  await test.step('back online, the retry fetches only what is missing and saves the course whole', async () => {
    site.cut = () => false;
    await site.listen(Number(new URL(origin).port));
    await page.goto(`/khoa-hoc/${COURSE}/`);
    const before = site.requests.length;
    await page.getByRole('button', { name: /^Lưu để học không cần mạng/ }).click();
    await expect(box.getByText(/^Đã lưu để học không cần mạng ngày/)).toBeVisible({ timeout: 60_000 });
    const fetchedAgain = site.requests.slice(before).filter((request) => modulePages.includes(request.path));
    expect(fetchedAgain.length, 'module pages already downloaded whole are not fetched again').toBeLessThanOrEqual(modulePages.length - 3);
    await site.stop();
    await page.goto(modulePages[0]!);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Bạn đang không có mạng');
  });
  await page.context().close();
});
