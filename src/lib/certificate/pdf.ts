import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { printQr, type PrintQr } from './print-qr';
import type { CertificatePayload } from './payload';
import { formatDay } from '../format-date';

/** Words printed on the certificate, in its language. */
export interface CertificateLabels {
  heading: string;
  certifies: string;
  completed: string;
  date: string;
  score: string;
  modules: string;
  id: string;
  scan: string;
  notice: string;
  /** The framework's competences the course trains, under a heading, e.g. "Kỹ năng số đã rèn luyện". */
  competences?: { heading: string; names: string[] };
}

/** Characters of `text` the font cannot draw: a certificate must print the name exactly, or refuse it. */
export function missingGlyphs(text: string, fontBytes: Uint8Array): string[] {
  const font = fontkit.create(fontBytes as never) as unknown as { hasGlyphForCodePoint(cp: number): boolean };
  return [...new Set([...text])].filter((ch) => /\S/u.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
}

const MODULE_LINES = 8;
const COMPETENCE_LINES = 2;
const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const INK = rgb(0.11, 0.11, 0.12);
const BRAND = rgb(0.043, 0.365, 0.231);
const MUTED = rgb(0.29, 0.29, 0.32);

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK, maxWidth = 700) {
  let fitted = size;
  while (font.widthOfTextAtSize(text, fitted) > maxWidth && fitted > 8) fitted -= 1;
  const width = font.widthOfTextAtSize(text, fitted);
  page.drawText(text, { x: (page.getWidth() - width) / 2, y, size: fitted, font, color });
}

/** `items` joined with " · " into at most `lines` lines of `maxWidth`, at the largest size from `size` down that fits. */
export function fitItems(items: string[], font: PDFFont, size: number, maxWidth: number, lines: number): { size: number; lines: string[] } {
  for (let fitted = size; ; fitted -= 0.5) {
    const wrapped: string[] = [];
    for (const item of items) {
      const last = wrapped.at(-1);
      if (last !== undefined && font.widthOfTextAtSize(`${last} · ${item}`, fitted) <= maxWidth) wrapped[wrapped.length - 1] = `${last} · ${item}`;
      else wrapped.push(item);
    }
    if (fitted <= 6 || (wrapped.length <= lines && wrapped.every((l) => font.widthOfTextAtSize(l, fitted) <= maxWidth))) {
      return { size: fitted, lines: wrapped };
    }
  }
}

const POINTS_PER_MM = 72 / 25.4;

/** Draws the certificate's QR code with its bottom left corner at x, y; returns its side in points. */
function drawQr(page: PDFPage, { side, dark, sizeMm }: PrintQr, x: number, y: number) {
  const size = sizeMm * POINTS_PER_MM;
  const cell = size / side;
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (const [col, row] of dark) {
    page.drawRectangle({ x: x + col * cell, y: y + size - (row + 1) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
  }
}

/**
 * One A4 landscape page: the name exactly as typed, the course, date, score, modules, ID and a QR to the verify page.
 * One font (a full Vietnamese TTF), embedded as a subset of the letters used, keeps the file small.
 *
 * `confirmedLine`, for a certificate a trainer confirmed, is printed under the date, e.g.
 * "Đã được Trần Văn Bình xác nhận trực tiếp, khóa 3F2A 9C1B 0D4E 7788"; `verifyUrl` should then be the confirmed link.
 */
export async function renderCertificatePdf(
  payload: CertificatePayload,
  id: string,
  verifyUrl: string,
  labels: CertificateLabels,
  fontBytes: Uint8Array,
  confirmedLine?: string,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${labels.heading}: ${payload.courseTitle}`);
  doc.setAuthor('Học Số');
  doc.setLanguage(payload.lang);
  const font = await doc.embedFont(fontBytes, { subset: true });
  const page = doc.addPage(A4_LANDSCAPE);
  const { width, height } = page.getSize();

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: BRAND, borderWidth: 3 });
  centred(page, 'Học Số', height - 80, font, 20, BRAND);
  centred(page, labels.heading, height - 125, font, 30);
  centred(page, labels.certifies, height - 165, font, 14, MUTED);
  centred(page, payload.name, height - 215, font, 34);
  centred(page, labels.completed, height - 250, font, 14, MUTED);
  centred(page, payload.courseTitle, height - 285, font, 22, BRAND);

  const date = formatDay(payload.date, payload.lang);
  centred(page, `${labels.date}: ${date}   ·   ${labels.score}: ${payload.score}%`, height - 320, font, 13);
  if (confirmedLine) centred(page, confirmedLine, height - 345, font, 12, BRAND);

  // The QR code sits bottom right, as big as its link needs; the competences and the module list keep clear of it.
  const qr = printQr(verifyUrl);
  const qrSize = qr.sizeMm * POINTS_PER_MM;
  const qrX = width - 50 - qrSize;
  const linesWidth = Math.min(520, qrX - 70 - 16);
  const competences = labels.competences;
  if (competences && competences.names.length > 0) {
    const fitted = fitItems(competences.names, font, 10, linesWidth, COMPETENCE_LINES);
    page.drawText(`${competences.heading}:`, { x: 70, y: 236, size: 10, font, color: MUTED });
    fitted.lines.forEach((line, index) => page.drawText(line, { x: 70, y: 222 - index * 13, size: fitted.size, font, color: INK }));
  }

  page.drawText(`${labels.modules}:`, { x: 70, y: 188, size: 11, font, color: INK });
  const shown = payload.modules.length > MODULE_LINES ? payload.modules.slice(0, MODULE_LINES - 1) : payload.modules;
  const lines = shown.map((title, index) => `${index + 1}. ${title}`);
  if (shown.length < payload.modules.length) lines.push(`… (+${payload.modules.length - shown.length})`);
  lines.forEach((line, index) => {
    let size = 10;
    while (font.widthOfTextAtSize(line, size) > linesWidth && size > 6) size -= 0.5;
    page.drawText(line, { x: 70, y: 173 - index * 13, size, font, color: INK });
  });

  drawQr(page, qr, qrX, 44);
  page.drawText(labels.scan, { x: qrX, y: 33, size: 8, font, color: MUTED });
  page.drawText(`${labels.id}: ${id.slice(0, 32)}`, { x: 70, y: 62, size: 8, font, color: MUTED });
  page.drawText(id.slice(32), { x: 70 + font.widthOfTextAtSize(`${labels.id}: `, 8), y: 52, size: 8, font, color: MUTED });
  page.drawText(labels.notice, { x: 70, y: 38, size: 8, font, color: MUTED });

  return doc.save();
}
