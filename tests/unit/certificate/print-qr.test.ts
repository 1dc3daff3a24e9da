import QRCode from 'qrcode';
import { describe, expect, test } from 'vitest';
import { PRINT_QR, printQr } from '../../../src/lib/certificate/print-qr';

const link = (length: number) => `https://hocso.example.org/xac-minh/#c=${'A'.repeat(length)}`;

describe('printQr: a printed certificate’s QR code reads from a 150 dpi scan', () => {
  test.each([
    ['a certificate link', 500],
    ['a confirmed certificate link, about twice as long', 1000],
  ])('%s gets modules of 0.6 mm (3.5 px at 150 dpi) whatever its length', (_name, length) => {
    const qr = printQr(link(length));
    const pxPerModule = ((qr.sizeMm / qr.side) * 150) / 25.4;
    expect(pxPerModule).toBeGreaterThanOrEqual(3.4);
  });

  test('a longer link makes a bigger code, not a denser one', () => {
    const short = printQr(link(500));
    const long = printQr(link(1000));
    expect(long.sizeMm).toBeGreaterThan(short.sizeMm);
    expect(long.sizeMm / long.side).toBeCloseTo(short.sizeMm / short.side, 2);
  });

  test('the code keeps a quiet zone of four modules and uses the lowest error correction (fewest modules)', () => {
    const qr = printQr(link(500));
    const inner = QRCode.create(link(500), { errorCorrectionLevel: 'L' }).modules.size;
    expect(qr.side).toBe(inner + 2 * PRINT_QR.quietModules);
    expect(qr.dark.every(([col, row]) => col >= 4 && row >= 4 && col < qr.side - 4 && row < qr.side - 4)).toBe(true);
    expect(inner).toBeLessThan(QRCode.create(link(500), { errorCorrectionLevel: 'M' }).modules.size);
  });
});
