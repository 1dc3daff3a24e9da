import { expect, test } from '@playwright/test';
import { certificateFragment, type CertificatePayload } from '../../src/lib/certificate/payload';
import { sampleCertificate } from '../fixtures/certificate';
import { openSiteMenu } from './site';

const payload: CertificatePayload = { ...sampleCertificate, name: '<img src=x onerror=alert(1)>' };

test('a certificate link shows the name as text, the course, the date and what it proves', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/xac-minh/#${await certificateFragment(payload)}`);
  await expect(page.getByRole('heading', { name: 'Chứng nhận còn nguyên vẹn' })).toBeVisible();
  await expect(page.locator('.verdict__name')).toHaveText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.verdict img')).toHaveCount(0);
  await expect(page.getByText('Kỹ năng số cơ bản', { exact: true })).toBeVisible();
  await expect(page.getByText('20 tháng 11 năm 2026').first()).toBeVisible();
  await expect(page.getByText(/Chưa được người hướng dẫn xác nhận/)).toBeVisible();
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
  await expect(page.getByRole('heading', { name: 'Chứng nhận còn nguyên vẹn' })).toBeVisible();
  await openSiteMenu(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page, 'the language switch takes the certificate along').toHaveURL(/\/en\/verify\/#c=/);
  await expect(page.getByRole('heading', { name: 'This certificate is intact' })).toBeVisible();
  await expect(page.getByText('20 November 2026').first()).toBeVisible();
  await page.goto('/en/verify/');
  await expect(page.getByRole('heading', { name: 'This link has no certificate in it' })).toBeVisible();
});
