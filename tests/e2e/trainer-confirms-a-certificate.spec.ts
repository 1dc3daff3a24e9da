import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { certificateFragment } from '../../src/lib/certificate/payload';
import { sampleCertificate } from '../fixtures/certificate';

const TRAINER = 'Trần Văn Bình';
const work = mkdtempSync(join(tmpdir(), 'hocso-confirm-'));

/** The learner opens their certificate on their own phone; its link is what they show or send the trainer. */
async function learnerCertificateLink(browser: Browser): Promise<string> {
  const learner = await (await browser.newContext()).newPage();
  await learner.goto(`/xac-minh/#${await certificateFragment(sampleCertificate)}`);
  await expect(learner.getByRole('heading', { name: 'Bản ghi của chính người học, chưa được xác nhận' })).toBeVisible();
  return learner.url();
}

/** The trainer creates their key; returns the key fingerprint as shown, grouped. */
async function createKey(trainer: Page): Promise<string> {
  await trainer.goto('/xac-nhan/');
  await trainer.getByLabel('Tên của bạn (hiện trên xác nhận)').fill(TRAINER);
  await trainer.getByRole('button', { name: 'Tạo khóa ký' }).click();
  await expect(trainer.getByText(`Khóa của ${TRAINER}`)).toBeVisible();
  const shown = await trainer.locator('.trainer-card__fingerprint').textContent();
  return shown!.match(/([0-9A-F]{4} ){3}[0-9A-F]{4}/)![0];
}

async function signFoundCertificate(trainer: Page): Promise<string> {
  await expect(trainer.locator('.verdict__name'), 'the trainer sees the learner’s name to compare').toHaveText(sampleCertificate.name);
  await trainer.getByRole('button', { name: 'Ký xác nhận' }).click();
  await expect(trainer.getByText('Chỉ xác nhận khi bạn đã gặp trực tiếp người học'), 'no confirmation without the in-person tick').toBeVisible();
  await trainer.getByLabel('Tôi đã gặp và kiểm tra trực tiếp người này').check();
  await trainer.getByRole('button', { name: 'Ký xác nhận' }).click();
  await expect(trainer.getByRole('heading', { name: 'Đã xác nhận' })).toBeFocused();
  await expect(trainer.getByRole('img', { name: `Mã QR chứng nhận đã xác nhận của ${sampleCertificate.name}` })).toBeVisible();
  return trainer.getByLabel('Đường dẫn chứng nhận đã xác nhận').inputValue();
}

function changeOneChar(url: string, after: string, offset: number): string {
  const at = url.indexOf(after) + after.length + offset;
  return url.slice(0, at) + (url[at] === 'A' ? 'B' : 'A') + url.slice(at + 1);
}

test('a trainer confirms a pasted link; it verifies as unknown until the trainer’s key is imported, then as confirmed', async ({ browser }) => {
  const learnerLink = await learnerCertificateLink(browser);

  const trainer = await (await browser.newContext()).newPage();
  const fingerprint = await createKey(trainer);
  await trainer.reload();
  await expect(trainer.locator('.trainer-card__fingerprint'), 'the key stays on the trainer’s phone after a reload').toContainText(fingerprint);
  await expect(trainer.getByRole('img', { name: new RegExp(`Mã QR khóa công khai của ${TRAINER}`) })).toBeVisible();
  const [keyDownload] = await Promise.all([trainer.waitForEvent('download'), trainer.getByRole('button', { name: 'Tải tệp khóa công khai' }).click()]);
  const keyFile = join(work, keyDownload.suggestedFilename());
  await keyDownload.saveAs(keyFile);

  await trainer.getByLabel('Đường dẫn chứng nhận của người học').fill(learnerLink);
  await trainer.getByRole('button', { name: 'Đọc đường dẫn' }).click();
  const confirmedLink = await signFoundCertificate(trainer);
  expect(confirmedLink).toContain('&t=');
  // The signed Open Badge travels as its signature alone: the confirmed link stays short enough for a QR code.
  expect(confirmedLink.length, 'the confirmed link stays within a QR code a phone reads easily').toBeLessThan(1500);

  const verifier = await (await browser.newContext()).newPage();
  await verifier.goto(confirmedLink);
  await expect(verifier.getByRole('heading', { name: 'Được ký bởi một khóa chưa biết' })).toBeVisible();
  await expect(verifier.locator('.confirmation__by')).toContainText(`Được ký bởi một khóa chưa biết (${fingerprint})`);
  await expect(verifier.getByRole('heading', { name: 'Đã được người hướng dẫn xác nhận' })).toHaveCount(0);

  await verifier.getByLabel(/Nhập khóa của người hướng dẫn/).setInputFiles(keyFile);
  await expect(verifier.getByRole('heading', { name: 'Đã được người hướng dẫn xác nhận' })).toBeVisible();
  await expect(verifier.locator('.confirmation__by')).toContainText(`Xác nhận bởi ${TRAINER} (khóa ${fingerprint})`);
  await expect(verifier.getByText('Bạn đã nhập khóa này trên máy này.'), 'the page says this device trusts the key, and why').toBeVisible();
  await expect(verifier.getByRole('heading', { name: 'Bản ghi của chính người học, chưa được xác nhận' })).toHaveCount(0);
  await verifier.reload();
  await expect(verifier.getByRole('heading', { name: 'Đã được người hướng dẫn xác nhận' }), 'an imported key is remembered on this device').toBeVisible();

  for (const [what, altered] of [
    ['the certificate', changeOneChar(confirmedLink, '#c=', 10)],
    ['the trainer’s confirmation', changeOneChar(confirmedLink, '&t=', 12)],
  ]) {
    await verifier.goto('/xac-minh/');
    await verifier.goto(altered!);
    await expect(verifier.getByRole('heading', { name: 'Chứng nhận này đã bị sửa đổi' }), `one changed character in ${what} must fail`).toBeVisible();
    await expect(verifier.getByRole('heading', { name: 'Đã được người hướng dẫn xác nhận' })).toHaveCount(0);
    await expect(verifier.locator('.verdict__name')).toHaveCount(0);
  }
});

test('a trainer confirms from a photo of the certificate’s QR code, and a picture without one is explained', async ({ browser }) => {
  const learnerLink = await learnerCertificateLink(browser);
  const qrPicture = join(work, 'certificate-qr.png');
  await QRCode.toFile(qrPicture, learnerLink, { errorCorrectionLevel: 'M', margin: 4, width: 800 });
  const blankPicture = join(work, 'blank.png');
  const blank = new PNG({ width: 200, height: 200 });
  blank.data.fill(255);
  writeFileSync(blankPicture, PNG.sync.write(blank));

  const trainer = await (await browser.newContext()).newPage();
  const fingerprint = await createKey(trainer);
  const photoField = trainer.getByLabel('Hoặc chọn ảnh chụp mã QR trên chứng nhận');
  await photoField.setInputFiles(blankPicture);
  await expect(trainer.getByText('Không tìm thấy mã QR trong ảnh')).toBeVisible();
  await photoField.setInputFiles(qrPicture);
  const confirmedLink = await signFoundCertificate(trainer);

  // The learner opens the confirmed link the trainer shows them; on a phone without the key it names the key to ask for.
  const learner = await (await browser.newContext()).newPage();
  await learner.goto(confirmedLink);
  await expect(learner.getByRole('heading', { name: 'Chứng nhận còn nguyên vẹn' })).toBeVisible();
  await expect(learner.locator('.confirmation__by')).toContainText(fingerprint);
  await expect(learner.locator('.confirmation__by')).toContainText(TRAINER);
});

test('a file that is not a trainer’s key is refused and changes nothing', async ({ browser }) => {
  const learnerLink = await learnerCertificateLink(browser);
  const trainer = await (await browser.newContext()).newPage();
  const fingerprint = await createKey(trainer);
  await trainer.getByLabel('Đường dẫn chứng nhận của người học').fill(learnerLink);
  await trainer.getByRole('button', { name: 'Đọc đường dẫn' }).click();
  const confirmedLink = await signFoundCertificate(trainer);
  const [keyDownload] = await Promise.all([trainer.waitForEvent('download'), trainer.getByRole('button', { name: 'Tải tệp khóa công khai' }).click()]);
  const key = JSON.parse(readFileSync(await keyDownload.path(), 'utf8')) as Record<string, string>;
  const tampered = join(work, 'tampered-key.json');
  writeFileSync(tampered, JSON.stringify({ ...key, fingerprint: '0000000000000000' }));

  const verifier = await (await browser.newContext()).newPage();
  await verifier.goto(confirmedLink);
  await verifier.getByLabel(/Nhập khóa của người hướng dẫn/).setInputFiles(tampered);
  await expect(verifier.getByText('Dấu vân trong tệp không khớp với khóa')).toBeVisible();
  await expect(verifier.getByRole('heading', { name: 'Được ký bởi một khóa chưa biết' })).toBeVisible();
  await expect(verifier.locator('.confirmation__by')).toContainText(fingerprint);
});

test('the confirm page, opened once online, opens with the network off and keeps the trainer’s key', async ({ browser }) => {
  const context = await browser.newContext();
  const trainer = await context.newPage();
  const fingerprint = await createKey(trainer);
  await expect(trainer.getByText('Sẵn sàng dùng khi không có mạng'), 'the confirm page is saved for offline use').toBeVisible({ timeout: 60_000 });
  await context.setOffline(true);
  await trainer.reload();
  await expect(trainer.getByRole('heading', { name: 'Xác nhận chứng nhận', level: 1 }), 'the confirm page opens with the network off').toBeVisible();
  await expect(trainer.locator('.trainer-card__fingerprint')).toContainText(fingerprint);
});

test.describe('on a small phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  /** Axe (WCAG 2.2 AA) violations and controls smaller than 44×44 px in the page as it is now. */
  async function problemsIn(page: Page, state: string): Promise<string[]> {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const small = await page.evaluate(() =>
      // A file picker is tapped through its label, styled as a button; the input itself is out of sight.
      [...document.querySelectorAll<HTMLElement>('main a[href], main button, main input:not([type="file"]), main label:has(+ input[type="file"]), main select, main textarea')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
        .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    return [
      ...violations.map((v) => `${state}: axe ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
      ...small.map((s) => `${state}: small control ${s}`),
      ...(wide > 0 ? [`${state}: ${wide}px wider than the screen`] : []),
    ];
  }

  test('every step of confirming and checking is accessible, finger-sized and works by keyboard', async ({ browser }) => {
    const learnerLink = await learnerCertificateLink(browser);
    const trainer = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    const problems: string[] = [];
    await trainer.goto('/en/confirm/');
    await expect(trainer.getByLabel('Your name (shown on confirmations)')).toBeVisible();
    problems.push(...(await problemsIn(trainer, 'trainer without a key')));
    await trainer.getByLabel('Your name (shown on confirmations)').fill('');
    await trainer.keyboard.press('Enter');
    await expect(trainer.getByText('Enter your name (at most 80 characters')).toBeVisible();
    await trainer.getByLabel('Your name (shown on confirmations)').fill(TRAINER);
    await trainer.keyboard.press('Enter');
    await expect(trainer.getByText(`Key of ${TRAINER}`)).toBeVisible();
    await trainer.getByLabel("The learner's certificate link").fill(learnerLink);
    await trainer.keyboard.press('Enter');
    await expect(trainer.getByRole('heading', { name: /The certificate is intact/ })).toBeFocused();
    problems.push(...(await problemsIn(trainer, 'trainer with a certificate to confirm')));
    await trainer.keyboard.press('Tab');
    await trainer.keyboard.press('Space');
    await trainer.keyboard.press('Tab');
    await trainer.keyboard.press('Enter');
    await expect(trainer.getByRole('heading', { name: 'Confirmed' })).toBeFocused();
    problems.push(...(await problemsIn(trainer, 'trainer after confirming')));
    const confirmedLink = await trainer.getByLabel('Confirmed certificate link').inputValue();
    expect(confirmedLink, 'a Vietnamese certificate is confirmed to the Vietnamese verify page').toContain('/xac-minh/#');

    const verifier = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    await verifier.goto(confirmedLink.replace('/xac-minh/', '/en/verify/'));
    await expect(verifier.getByRole('heading', { name: 'Signed by an unknown key' })).toBeVisible();
    await expect(verifier.locator('.confirmation__by')).toContainText('Ask the trainer for their key file');
    problems.push(...(await problemsIn(verifier, 'verify page, unknown key')));
    const [keyDownload] = await Promise.all([trainer.waitForEvent('download'), trainer.getByRole('button', { name: 'Download public key file' }).click()]);
    await verifier.getByLabel(/Import a trainer's key/).setInputFiles(await keyDownload.path());
    await expect(verifier.getByRole('heading', { name: 'Confirmed by a trainer' })).toBeVisible();
    await expect(verifier.locator('.confirmation__by')).toContainText(`Confirmed by ${TRAINER} (key `);
    problems.push(...(await problemsIn(verifier, 'verify page, confirmed')));
    expect(problems, 'each step should pass axe and have finger-sized controls').toEqual([]);
  });
});
