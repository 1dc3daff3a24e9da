import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { localDay } from '../../src/lib/certificate/draft';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { jwtVerify } from 'jose';
import { trainerVerifyKey } from '../../src/lib/certificate/badge-jwt';
import { didKeyOf } from '../../src/lib/certificate/did-key';
import { openBadgeCredentialSchema } from '../../src/lib/certificate/open-badge';
import { formatDay } from '../../src/lib/format-date';
import { finishShortCourse, firstPage, pdfText, saveDownload, SHORT_COURSE } from './certificate';
import { createProfile, dumpDb } from './learner';

const LEARNER = 'Nguyễn Thị Ánh Tuyết';
const TRAINER = 'Trần Văn Bình';
const work = mkdtempSync(join(tmpdir(), 'hocso-confirmed-'));

/** The trainer makes a key on their phone, reads the learner's link and signs after checking them in person. */
async function trainerConfirms(trainer: Page, learnerLink: string): Promise<{ link: string; fingerprint: string }> {
  await trainer.goto('/xac-nhan/');
  await trainer.getByLabel('Tên của bạn (hiện trên xác nhận)').fill(TRAINER);
  await trainer.getByRole('button', { name: 'Tạo khóa ký' }).click();
  await expect(trainer.getByText(`Khóa của ${TRAINER}`)).toBeVisible();
  const fingerprint = (await trainer.locator('.trainer-card__fingerprint').textContent())!.match(/([0-9A-F]{4} ){3}[0-9A-F]{4}/)![0];
  await trainer.getByLabel('Đường dẫn chứng nhận của người học').fill(learnerLink);
  await trainer.getByRole('button', { name: 'Đọc đường dẫn' }).click();
  await expect(trainer.locator('.verdict__name')).toHaveText(LEARNER);
  await trainer.getByLabel('Tôi đã gặp và kiểm tra trực tiếp người này').check();
  await trainer.getByRole('button', { name: 'Ký xác nhận' }).click();
  await expect(trainer.getByRole('heading', { name: 'Đã xác nhận' })).toBeFocused();
  return { link: await trainer.getByLabel('Đường dẫn chứng nhận đã xác nhận').inputValue(), fingerprint };
}

/** Axe (WCAG 2.2 AA) violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

function changeOneChar(url: string, after: string, offset: number): string {
  const at = url.indexOf(after) + after.length + offset;
  return url.slice(0, at) + (url[at] === 'A' ? 'B' : 'A') + url.slice(at + 1);
}

test('a learner saves the trainer’s confirmation and gets a confirmed PDF, QR, printable page and Open Badge', async ({ browser }) => {
  test.setTimeout(300_000);
  const learner = await (await browser.newContext()).newPage();
  const stored = learner.locator(`[data-course="${SHORT_COURSE}"] .certificate__stored`);

  const learnerLink = await test.step('the learner finishes a course and gets a certificate', async () => {
    await createProfile(learner, 'Ánh Tuyết');
    await finishShortCourse(learner);
    await learner.goto('/tien-do/');
    const card = learner.locator(`[data-course="${SHORT_COURSE}"]`);
    await card.getByLabel('Tên in trên chứng nhận').fill(LEARNER);
    await card.getByRole('button', { name: 'Đúng tên, cấp chứng nhận' }).click();
    await expect(stored).toBeVisible();
    await expect(stored, 'a new certificate is not confirmed').not.toContainText('xác nhận (khóa');
    const href = await stored.getByRole('link', { name: 'Mở đường dẫn kiểm tra' }).getAttribute('href');
    return new URL(href!, learner.url()).href;
  });

  const trainer = await (await browser.newContext()).newPage();
  const { link: confirmedLink, fingerprint } = await trainerConfirms(trainer, learnerLink);

  await test.step('on a phone without that certificate, the link still proves it but cannot be saved', async () => {
    await trainer.goto(confirmedLink);
    await expect(trainer.getByRole('heading', { name: 'Được ký bởi một khóa chưa biết' })).toBeVisible();
    await expect(trainer.getByText(/Không lưu được xác nhận vào máy này, vì chưa có người học nào được chọn/)).toBeVisible();
    await expect(trainer.getByRole('button', { name: 'Lưu xác nhận này vào chứng nhận của tôi' })).toHaveCount(0);
  });

  await test.step('a confirmed link with one changed character offers no save', async () => {
    for (const altered of [changeOneChar(confirmedLink, '&t=', 12), changeOneChar(confirmedLink, '#c=', 10)]) {
      await learner.goto('/xac-minh/');
      await learner.goto(altered);
      await expect(learner.getByRole('heading', { name: 'Chứng nhận này đã bị sửa đổi' })).toBeVisible();
      await expect(learner.getByRole('button', { name: 'Lưu xác nhận này vào chứng nhận của tôi' })).toHaveCount(0);
    }
  });

  await test.step('the learner opens the confirmed link on their own phone and saves it', async () => {
    await learner.goto('/xac-minh/');
    await learner.goto(confirmedLink);
    await expect(learner.getByRole('heading', { name: 'Được ký bởi một khóa chưa biết' })).toBeVisible();
    const save = learner.getByRole('button', { name: 'Lưu xác nhận này vào chứng nhận của tôi' });
    await expect(save).toBeVisible();
    expect(await axeViolations(learner), 'the offer to save passes axe').toEqual([]);
    await save.focus();
    await learner.keyboard.press('Enter');
    await expect(learner.getByText('Đã lưu xác nhận vào chứng nhận của bạn trên máy này.')).toBeVisible();
    expect(await axeViolations(learner), 'the saved state passes axe').toEqual([]);
    await learner.reload();
    await expect(learner.getByText('Đã lưu xác nhận vào chứng nhận của bạn trên máy này.'), 'a saved confirmation is not offered again').toBeVisible();
    await expect(learner.getByRole('button', { name: 'Lưu xác nhận này vào chứng nhận của tôi' })).toHaveCount(0);
    const { certificates } = (await dumpDb(learner)) as { certificates: { confirmation: { n: string; s: string } | null }[] };
    expect(certificates.map((c) => c.confirmation?.n)).toEqual([TRAINER]);
    await learner.goto(confirmedLink.replace('/xac-minh/', '/en/verify/'));
    await expect(learner.getByText('The confirmation is saved with your certificate on this device.'), 'the English verify page knows it too').toBeVisible();
  });

  const today = formatDay(localDay(new Date().toISOString()), 'vi');
  const line = `Đã được ${TRAINER} xác nhận trực tiếp ngày ${today}, khóa ${fingerprint}`;
  await test.step('“My progress” shows who confirmed it', async () => {
    await learner.goto(confirmedLink);
    await learner.getByRole('link', { name: 'Xem và tải chứng nhận đã xác nhận' }).click();
    await expect(stored.locator('.certificate__confirmed')).toHaveText(`Đã được ${TRAINER} xác nhận (khóa ${fingerprint}) ngày ${today}.`);
    expect(await axeViolations(learner), 'the confirmed certificate in “My progress” passes axe').toEqual([]);
    expect(await stored.getByRole('link', { name: 'Mở đường dẫn kiểm tra' }).getAttribute('href'), 'the verify link is the confirmed one').toBe(confirmedLink);
  });

  await test.step('the PDF prints the confirmation and its QR holds the confirmed link', async () => {
    const file = await saveDownload(learner, () => stored.getByRole('button', { name: 'Tải PDF' }).click(), work, 'confirmed.pdf');
    const text = pdfText(file);
    expect(text, 'the PDF says who confirmed it').toContain(line);
    expect(text, 'a confirmed PDF must not say it is unconfirmed').not.toContain('chưa được người hướng dẫn xác nhận');
    const png = firstPage(file, 200);
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, 'the PDF’s QR code opens the confirmed link').toBe(confirmedLink);
  });

  await test.step('the Open Badge is the VC-JWT the trainer signed: issuer the did:key of the trainer’s key, verified by jose', async () => {
    const file = await saveDownload(learner, () => stored.getByRole('button', { name: 'Tải tệp chứng nhận điện tử có chữ ký' }).click(), work, 'badge.jwt');
    const jwt = readFileSync(file, 'utf8');
    const { certificates } = (await dumpDb(learner)) as { certificates: { confirmation: { a: 'Ed25519' | 'ECDSA-P256'; k: string } }[] };
    const { confirmation } = certificates[0]!;
    const { payload: claims } = await jwtVerify(jwt, await trainerVerifyKey(confirmation), { issuer: didKeyOf(confirmation.a, confirmation.k).did });
    expect(openBadgeCredentialSchema.safeParse(claims).error?.issues ?? []).toEqual([]);
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('tests/fixtures/open-badges/ob_v3p0_achievementcredential_schema.json', 'utf8')));
    validate(claims);
    expect(validate.errors ?? [], 'the downloaded badge passes 1EdTech’s Open Badges 3.0 JSON schema').toEqual([]);
    expect(claims.issuer).toMatchObject({ name: TRAINER, id: didKeyOf(confirmation.a, confirmation.k).did });
    expect((claims.credentialSubject as { identifier: { identityHash: string }[] }).identifier[0]!.identityHash).toBe(LEARNER);
  });

  await test.step('the printable page shows the confirmation', async () => {
    await stored.getByRole('link', { name: 'Mở trang để in' }).click();
    await expect(learner.locator('.certificate-sheet__name')).toHaveText(LEARNER);
    await expect(learner.locator('.certificate-sheet__confirmed')).toHaveText(line);
    await expect(learner.locator('.certificate-sheet__notice')).not.toContainText('chưa được người hướng dẫn xác nhận');
  });
});
