import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { parse } from 'yaml';
import { localDay } from '../../src/lib/certificate/draft';
import { certificateId, type CertificatePayload } from '../../src/lib/certificate/payload';
import { formatDay } from '../../src/lib/format-date';
import { ON_DEMAND } from '../../src/lib/offline/on-demand';
import { finishShortCourse, firstPage, pdfText, saveDownload as saveDownloadIn, SHORT_COURSE } from './certificate';
import { courseCompetences } from './framework-competences';
import { createProfile, dumpDb } from './learner';

// The shortest course (4 modules): every module is passed through the quiz, offline, as a learner would.
const COURSE = SHORT_COURSE;
const courseTitle = (parse(readFileSync(`content/vi/${COURSE}/course.yaml`, 'utf8')) as { title: string }).title;
const NAMES = ['Nguyễn Thị Ánh Tuyết', 'Đặng Hữu Phước', "H'Hen Niê", '<img src=x onerror=alert(1)>'];
// What a signed-in learner's progress page keeps for offline use: the certificate maker, its font, and the Open Badge
// checker a trainer-confirmed certificate needs (see keepCertificateMakerOffline).
const CERTIFICATE_CODE = (
  [
    'the certificate maker (pdf-lib with fontkit, about 1.1 MB)',
    'the full font the certificate maker embeds (130 KB)',
    "the Open Badge signer and checker (jose, 23 KB) of the trainer's confirm page and the learner's badge export",
  ] satisfies (keyof typeof ON_DEMAND)[]
).sort();
const work = mkdtempSync(join(tmpdir(), 'hocso-e2e-cert-'));

const saveDownload = (page: Page, click: () => Promise<void>, name: string) => saveDownloadIn(page, click, work, name);

function storedCertificate(page: Page, name: string): Locator {
  return page.locator(`[data-course="${COURSE}"] .certificate__stored`).filter({ hasText: `cho ${name}` });
}

test('a learner who finished a course gets a certificate that prints their name exactly, offline, and can be checked', async ({ page, context }) => {
  test.setTimeout(300_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await test.step('first visit, online: the learner makes a profile and saves the course', async () => {
    await page.goto('/');
    await expect(page.getByText('Sẵn sàng dùng khi không có mạng')).toBeVisible({ timeout: 60_000 });
    await createProfile(page, 'Ánh Tuyết');
    await expect
      .poll(
        async () => {
          const urls = await page.evaluate(async () => (await (await caches.open('hocso-on-demand')).keys()).map((request) => request.url));
          return urls.map((url) => Object.entries(ON_DEMAND).find(([, pattern]) => pattern.test(url.split('/').pop()!))?.[0] ?? url).sort();
        },
        {
          message: 'the certificate maker, its font and the badge checker should be kept for offline use once a learner is signed in, and nothing else',
          timeout: 30_000,
        },
      )
      .toEqual(CERTIFICATE_CODE);
    await page.goto(`/khoa-hoc/${COURSE}/`);
    await page.getByRole('button', { name: /^Lưu để học không cần mạng/ }).click();
    await expect(page.getByText(/^Đã lưu để học không cần mạng ngày/)).toBeVisible({ timeout: 60_000 });
  });

  await context.setOffline(true);
  await finishShortCourse(page);
  await page.goto('/tien-do/');
  const card = page.locator(`[data-course="${COURSE}"]`);
  await expect(card).toContainText('Đã học xong cả khóa.');
  const nameField = card.getByLabel('Tên in trên chứng nhận');
  await expect(nameField, 'the profile name is the default').toHaveValue('Ánh Tuyết');
  const confirm = card.getByRole('button', { name: 'Đúng tên, cấp chứng nhận' });

  await test.step('names that cannot be printed right are refused with a message, and nothing is stored', async () => {
    const refused: [string, RegExp][] = [
      ['', /Hãy nhập tên/],
      ['   ', /Hãy nhập tên/],
      ['x'.repeat(300), /Tên dài quá 80 ký tự/],
      ['مريم', /Không in được chữ này: م ر ي/],
      ['Trần 😀', /Không in được chữ này: 😀/],
      ['Tên\u202Eđảo ngược', /ký tự ẩn/],
    ];
    for (const [name, message] of refused) {
      await nameField.fill(name);
      await confirm.click();
      await expect(card.locator('.field-error'), `"${name.slice(0, 20)}" should be refused`).toHaveText(message);
    }
    expect((await dumpDb(page)).certificates).toEqual([]);
  });

  const today = formatDay(localDay(new Date().toISOString()), 'vi');
  const qrLinks: string[] = [];
  for (const [index, name] of NAMES.entries()) {
    await test.step(`a certificate for ${name}`, async () => {
      if (index > 0) await card.getByRole('button', { name: 'Cấp chứng nhận với tên khác' }).click();
      await nameField.fill(name);
      await expect(card.locator('.certificate__preview .certificate-sheet__name'), 'the preview shows the name as text').toHaveText(name);
      await confirm.click();
      const stored = storedCertificate(page, name);
      await expect(stored).toBeVisible();

      const file = await saveDownload(page, () => stored.getByRole('button', { name: 'Tải PDF' }).click(), `certificate-${index}.pdf`);
      expect(statSync(file).size, 'a certificate PDF stays under 150 KB').toBeLessThanOrEqual(150 * 1024);
      const text = pdfText(file);
      expect(text, 'the PDF prints the name exactly as typed').toContain(name);
      expect(text).toContain(courseTitle);
      expect(text).toContain(today);
      const printed = text.normalize('NFC').replace(/\s+/g, ' ');
      expect(printed, 'the PDF lists the digital skills the course trains').toContain('Kỹ năng số đã rèn luyện');
      for (const competence of courseCompetences(COURSE, 'vi')) expect(printed).toContain(competence);
      // 150 dpi: a cheap scan, or what a phone camera sees of a printed page at reading distance.
      const png = firstPage(file, 150);
      const dark = png.data.filter((_, i) => i % 4 === 0 && png.data[i]! < 128).length;
      expect(dark / (png.width * png.height), 'page 1 of the PDF should not be blank').toBeGreaterThan(0.01);
      const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(qr?.data, 'the QR code on the PDF should decode from a 150 dpi render').toMatch(/^http:\/\/127\.0\.0\.1:\d+\/xac-minh\/#c=/);
      qrLinks.push(qr!.data);
    });
  }

  await test.step('the certificates are stored with what was printed, and stay after a reload', async () => {
    await page.reload();
    for (const name of NAMES) await expect(storedCertificate(page, name)).toBeVisible();
    const { certificates } = (await dumpDb(page)) as { certificates: { id: string; course: string; payload: CertificatePayload }[] };
    expect(certificates.map((c) => c.payload.name).sort()).toEqual([...NAMES].sort());
    for (const row of certificates) {
      expect(row.id, 'a certificate row is named by its ID').toBe(await certificateId(row.payload));
      expect(row.course).toBe(COURSE);
    }
  });

  await test.step('a self-issued certificate says plainly the learner made it, and gives no signed badge', async () => {
    const stored = storedCertificate(page, NAMES[0]!);
    await expect(stored.locator('.certificate__self')).toHaveText(
      'Bạn tự tạo chứng nhận này trên máy của mình; chưa ai xác nhận. Khi người hướng dẫn xác nhận trực tiếp, bạn sẽ tải được tệp chứng nhận điện tử có chữ ký của họ.',
    );
    await expect(stored.getByRole('button', { name: /chứng nhận điện tử/ }), 'no badge until a trainer confirms').toHaveCount(0);
    const file = await saveDownload(page, () => stored.getByRole('button', { name: 'Tải PDF' }).click(), 'self.pdf');
    expect(pdfText(file).replace(/\s+/g, ' '), 'the PDF says who made it and that no one confirmed it').toContain('Người học tự tạo chứng nhận này trên máy của mình. Chưa ai xác nhận.');
  });

  await test.step('the printable page shows the same certificate and prints on exactly one A4 page', async () => {
    const name = NAMES[3]!;
    await storedCertificate(page, name).getByRole('link', { name: 'Mở trang để in' }).click();
    await expect(page.locator('.certificate-sheet__name')).toHaveText(name);
    await expect(page.locator('.certificate-sheet img')).toHaveCount(0);
    await expect(page.locator('.certificate-sheet__qr-code')).toBeVisible();
    const file = join(work, 'printed.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info, 'the printable page fits one page').toMatch(/^Pages:\s+1$/m);
    expect(info, 'the page is A4 landscape').toMatch(/Page size:\s+841\.\d+ x 59\d\.\d+ pts \(A4\)/);
    expect(pdfText(file)).toContain(name);
    const png = firstPage(file, 150);
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(qr?.data, 'the printed page’s QR code should decode from a 150 dpi render').toBe(qrLinks[3]);
  });

  await test.step('each QR opens the verify page with the same name, course and date; one changed character is caught', async () => {
    for (const [index, link] of qrLinks.entries()) {
      await page.goto(link);
      await expect(page.getByRole('heading', { name: 'Bản ghi của chính người học, chưa được xác nhận' })).toBeVisible();
      await expect(page.locator('.verdict__name')).toHaveText(NAMES[index]!);
      await expect(page.locator('.verdict')).toContainText(courseTitle);
      await expect(page.locator('.verdict')).toContainText(today);
    }
    const link = qrLinks[0]!;
    const at = link.indexOf('#c=') + 12;
    await page.goto(link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1));
    await expect(page.getByRole('heading', { name: 'Chứng nhận này đã bị sửa đổi' })).toBeVisible();
  });

  expect(dialogs, 'a name must never run as code').toEqual([]);
});

test('a guest is told plainly that certificates need a profile', async ({ page }) => {
  await page.goto('/tien-do/');
  await page.getByRole('button', { name: /khách/ }).click();
  await expect(page.getByText(/Chế độ khách không lưu kết quả, nên không cấp được chứng nhận/)).toBeVisible();
});
