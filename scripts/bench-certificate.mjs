// Certificate row for `npm run bench`: a sample certificate PDF made with the real renderer and font, weighed
// against the 150 KB the issue allows (the font is embedded as a subset of the letters used).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTypeScript } from './import-typescript.mjs';

const root = new URL('../', import.meta.url).pathname;
export const CERTIFICATE_PDF_BUDGET = 150 * 1024;

function loadRenderer() {
  return importTypeScript(`export { renderCertificatePdf } from './src/lib/certificate/pdf';
    export { certificateFragment, certificateId } from './src/lib/certificate/payload';
    export { sampleCertificate } from './tests/fixtures/certificate';`);
}

export async function certificateRows() {
  const { renderCertificatePdf, certificateFragment, certificateId, sampleCertificate } = await loadRenderer();
  const vi = JSON.parse(readFileSync(join(root, 'src/i18n/vi.json'), 'utf8'));
  const label = (key) => vi[`certificate.pdf.${key}`];
  const labels = Object.fromEntries(['heading', 'certifies', 'completed', 'date', 'score', 'modules', 'id', 'scan', 'notice'].map((k) => [k, label(k)]));
  const font = new Uint8Array(readFileSync(join(root, 'node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf')));
  // A long name with many different accented letters: the most glyphs a real name puts in the subset.
  const payload = { ...sampleCertificate, name: 'Nguyễn Thị Ánh Tuyết Đặng Hữu Phước Trương Quỳnh Ngọc Hoàng Ẩn Kỷ Vũ Ơn' };
  const id = await certificateId(payload);
  const pdf = await renderCertificatePdf(payload, id, `https://hocso.example.org/xac-minh/#${await certificateFragment(payload)}`, labels, font);
  return [{ row: 'certificate PDF (sample, real renderer)', value: pdf.byteLength, unit: 'raw', budget: CERTIFICATE_PDF_BUDGET, detail: '1 A4 page, font subset' }];
}
