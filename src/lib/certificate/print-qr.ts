import QRCode from 'qrcode';

/**
 * How a certificate's QR code is printed, on the PDF and on the printable page alike. What stops a phone reading a
 * printed code is the size of its modules, not damage: paper is flat and black on white. So the lowest error correction
 * (L, the fewest modules for a given link), a full quiet zone, and a module of 0.6 mm: 3.5 pixels in a 150 dpi scan,
 * more in any phone photo taken at reading distance. A longer link makes a bigger code, never a denser one.
 */
export const PRINT_QR = { errorCorrectionLevel: 'L', quietModules: 4, moduleMm: 0.6 } as const;

/** A QR code laid out for print: its side in modules (quiet zone included), the dark modules, and its side in mm. */
export interface PrintQr {
  side: number;
  /** Dark modules as [column, row] from the top left, quiet zone included. */
  dark: [number, number][];
  sizeMm: number;
}

export function printQr(text: string): PrintQr {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: PRINT_QR.errorCorrectionLevel });
  const quiet = PRINT_QR.quietModules;
  const dark: [number, number][] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) dark.push([col + quiet, row + quiet]);
  }
  const side = modules.size + quiet * 2;
  return { side, dark, sizeMm: Math.round(side * PRINT_QR.moduleMm * 10) / 10 };
}
