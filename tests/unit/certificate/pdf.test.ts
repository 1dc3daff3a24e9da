import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { certificateFragment, certificateId, type CertificatePayload } from '../../../src/lib/certificate/payload';
import { missingGlyphs, renderCertificatePdf, type CertificateLabels } from '../../../src/lib/certificate/pdf';

const font = new Uint8Array(
  readFileSync(new URL('../../../node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf', import.meta.url)),
);
const labels: CertificateLabels = {
  heading: 'Chứng nhận hoàn thành',
  certifies: 'Học Số chứng nhận',
  completed: 'đã học xong khóa học',
  date: 'Ngày hoàn thành',
  score: 'Điểm',
  modules: 'Các bài đã qua',
  id: 'Mã chứng nhận',
  scan: 'Quét mã để kiểm tra',
  notice: 'Cấp trên thiết bị của người học; chưa được người hướng dẫn xác nhận.',
};
const work = mkdtempSync(join(tmpdir(), 'hocso-pdf-'));

function certificate(name: string): CertificatePayload {
  return {
    v: 1,
    name,
    course: 'ky-nang-so-co-ban',
    courseTitle: 'Kỹ năng số cơ bản',
    lang: 'vi',
    date: '2026-11-20',
    score: 92,
    modules: ['Dùng điện thoại thông minh và kết nối Internet', 'Bảo vệ điện thoại, tài khoản và thông tin cá nhân'],
  };
}

describe.each(['Nguyễn Thị Ánh Tuyết', 'Đặng Hữu Phước', "H'Hen Niê", '<img src=x onerror=alert(1)>'])('a certificate for %s', (name) => {
  test('prints the name exactly, is not blank, and its QR opens the verify page for it', async () => {
    const payload = certificate(name);
    const id = await certificateId(payload);
    const verifyUrl = `http://127.0.0.1:4321/xac-minh/#${await certificateFragment(payload)}`;
    const pdf = await renderCertificatePdf(payload, id, verifyUrl, labels, font);
    const file = join(work, `${id}.pdf`);
    writeFileSync(file, pdf);

    expect(pdf.byteLength, 'a certificate PDF should stay small (fonts subset)').toBeLessThan(150 * 1024);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text.normalize('NFC')).toContain(name);
    expect(text).toContain('Kỹ năng số cơ bản');
    expect(text).toContain('20 tháng 11 năm 2026');

    execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', file, join(work, id)]);
    const png = PNG.sync.read(readFileSync(join(work, `${id}-1.png`)));
    const dark = png.data.filter((_, i) => i % 4 === 0 && png.data[i]! < 128).length;
    expect(dark / (png.width * png.height), 'page 1 should have something printed on it').toBeGreaterThan(0.01);
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(qr?.data, 'the QR code should decode to the verify link').toBe(verifyUrl);
  });
});

describe('names the font cannot print are found before printing', () => {
  test.each([
    ['Nguyễn Thị Ánh Tuyết', []],
    ['Trần 😀', ['😀']],
    ['مريم', ['م', 'ر', 'ي']],
  ])('%s', (name, missing) => {
    expect(missingGlyphs(name, font)).toEqual(missing);
  });
});

test('a certificate a trainer confirmed prints who confirmed it and the key, and its QR carries the confirmed link', async () => {
  const payload = certificate('Nguyễn Thị Ánh Tuyết');
  const id = await certificateId(payload);
  const verifyUrl = `http://127.0.0.1:4321/xac-minh/#${await certificateFragment(payload)}&t=${'x'.repeat(300)}`;
  const line = 'Đã được Trần Văn Bình xác nhận trực tiếp, khóa 3F2A 9C1B 0D4E 7788';
  const pdf = await renderCertificatePdf(payload, id, verifyUrl, labels, font, line);
  const file = join(work, `${id}-confirmed.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text.normalize('NFC')).toContain(line);
  execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', file, join(work, `${id}-confirmed`)]);
  const png = PNG.sync.read(readFileSync(join(work, `${id}-confirmed-1.png`)));
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, 'the QR code should hold the confirmed link').toBe(verifyUrl);
});

test('a certificate lists the competences of the national framework the course trains, in plain words, without crowding the modules', async () => {
  const payload = { ...certificate('Nguyễn Thị Ánh Tuyết'), modules: Array.from({ length: 8 }, (_, i) => `Bài học số ${i + 1} của khóa`) };
  const id = await certificateId(payload);
  const names = [
    'Sử dụng thiết bị',
    'Tìm kiếm, chọn lọc thông tin trên Internet',
    'Đánh giá dữ liệu, thông tin và nội dung trên môi trường Internet',
    'Giao tiếp và hợp tác trên môi trường số',
    'Tạo và chia sẻ nội dung số',
    'Tự bảo vệ mình trên không gian mạng',
    'Dùng trí tuệ nhân tạo (AI) an toàn, có trách nhiệm',
  ];
  const pdf = await renderCertificatePdf(payload, id, 'http://127.0.0.1:4321/xac-minh/', { ...labels, competences: { heading: 'Kỹ năng số đã rèn luyện', names } }, font);
  const file = join(work, `${id}-competences.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
  expect(text).toContain('Kỹ năng số đã rèn luyện');
  for (const name of names) expect(text).toContain(name);
  expect(text).toContain('8. Bài học số 8 của khóa');
});
