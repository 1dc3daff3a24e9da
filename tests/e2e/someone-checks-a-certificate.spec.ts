import { expect, test } from '@playwright/test';
import { certificateFragment, type CertificatePayload } from '../../src/lib/certificate/payload';
import { sampleCertificate } from '../fixtures/certificate';
import { openSiteMenu } from './site';

const payload: CertificatePayload = { ...sampleCertificate, name: '<img src=x onerror=alert(1)>' };

test('a self-made certificate reads as the learner’s own record, with the name as text, the course and the date', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/xac-minh/#${await certificateFragment(payload)}`);
  await expect(page.getByRole('heading', { name: 'Bản ghi của chính người học, chưa được xác nhận' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chứng nhận còn nguyên vẹn' }), 'a certificate no one confirmed is not called more than it is').toHaveCount(0);
  await expect(page.locator('.verdict__name')).toHaveText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.verdict img')).toHaveCount(0);
  await expect(page.getByText('Kỹ năng số cơ bản', { exact: true })).toBeVisible();
  await expect(page.getByText('20 tháng 11 năm 2026').first()).toBeVisible();
  await expect(page.getByText(/Người học tự tạo chứng nhận này trên máy của mình, ghi ngày 20 tháng 11 năm 2026.*Chưa có người hướng dẫn nào xác nhận\. Ai cũng có thể tự tạo một bản như vậy/)).toBeVisible();
  await expect(page.locator('.verdict__warnings'), 'a plausible certificate raises no warning').toHaveCount(0);
  expect(dialogs, 'a name must never run as code').toEqual([]);
});

test('one changed character in the link says the certificate was altered', async ({ page }) => {
  const fragment = await certificateFragment(payload);
  const at = fragment.indexOf('c=') + 10;
  const altered = fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1);
  await page.goto(`/xac-minh/#${altered}`);
  await expect(page.getByRole('heading', { name: 'Chứng nhận này đã bị sửa đổi' })).toBeVisible();
  await expect(page.locator('.verdict__name')).toHaveCount(0);
});

test('the English verify page reads the same certificate, and a bare link says it has none', async ({ page }) => {
  await page.goto(`/xac-minh/#${await certificateFragment(payload)}`);
  await expect(page.getByRole('heading', { name: 'Bản ghi của chính người học, chưa được xác nhận' })).toBeVisible();
  await openSiteMenu(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page, 'the language switch takes the certificate along').toHaveURL(/\/en\/verify\/#c=/);
  await expect(page.getByRole('heading', { name: "The learner's own record, not confirmed" })).toBeVisible();
  await expect(page.getByText(/No trainer has confirmed it\. Anyone can make one like it/)).toBeVisible();
  await expect(page.getByText('20 November 2026').first()).toBeVisible();
  await page.goto('/en/verify/');
  await expect(page.getByRole('heading', { name: 'This link has no certificate in it' })).toBeVisible();
});

const flagged: [string, Partial<CertificatePayload>, string][] = [
  ['a completion date in the future', { date: '2999-01-01' }, 'Ngày hoàn thành (1 tháng 1 năm 2999) nằm ở tương lai. Chứng nhận thật không thể có ngày này.'],
  ['a completion date before any course existed', { date: '2020-05-01' }, 'Ngày hoàn thành (1 tháng 5 năm 2020) sớm hơn lúc Học Số có khóa học đầu tiên (tháng 11 năm 2026).'],
  ['a name mixing Latin with a Cyrillic look-alike', { name: 'Ngu\u0443\u1EC5n Thị Ánh Tuyết' }, 'Tên này trộn chữ Latinh với chữ Kirin hoặc Hy Lạp trông giống nhau. Tên như vậy có thể được làm để giả một tên khác.'],
  ['a name mixing Latin with a Greek look-alike', { name: 'Tr\u03B1n Văn Bình' }, 'Tên này trộn chữ Latinh với chữ Kirin hoặc Hy Lạp trông giống nhau. Tên như vậy có thể được làm để giả một tên khác.'],
];
for (const [what, change, warning] of flagged) {
  test(`the verify page flags ${what}, even though the link was not changed`, async ({ page }) => {
    await page.goto(`/xac-minh/#${await certificateFragment({ ...sampleCertificate, ...change })}`);
    await expect(page.getByRole('heading', { name: 'Bản ghi của chính người học, chưa được xác nhận' })).toBeVisible();
    await expect(page.locator('.verdict__warnings')).toContainText('Cần xem kỹ');
    await expect(page.locator('.verdict__warnings li')).toHaveText([warning]);
  });
}

test('the English verify page flags a future date in English', async ({ page }) => {
  await page.goto(`/en/verify/#${await certificateFragment({ ...sampleCertificate, date: '2999-01-01' })}`);
  await expect(page.locator('.verdict__warnings li')).toHaveText(['The completion date (1 January 2999) is in the future. A real certificate cannot have it.']);
});
