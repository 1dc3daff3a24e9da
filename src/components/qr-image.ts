// QR codes in the browser: drawing one as a picture, and reading one from a photo. Both load their code only when used.

/** A PNG data URL of `text` as a QR code, big enough for a phone camera at arm's length. */
export async function qrDataUrl(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, width: 480 });
}

interface BarcodeDetectorLike {
  detect(image: ImageBitmap): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** The text of the first QR code in a photo or picture, or undefined when there is none it can read. */
export async function readQrFromImage(file: Blob): Promise<string | undefined> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return undefined;
  }
  try {
    const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
    if (Detector) {
      try {
        const [code] = await new Detector({ formats: ['qr_code'] }).detect(bitmap);
        if (code?.rawValue) return code.rawValue;
      } catch {
        // Some browsers list BarcodeDetector but cannot run it (no QR support on the platform): fall back.
      }
    }
    // A phone photo is large; jsQR is quicker and no worse on a picture scaled to about 1000 px.
    const scale = Math.min(1, 1000 / Math.max(bitmap.width, bitmap.height));
    const width = Math.round(bitmap.width * scale);
    const height = Math.round(bitmap.height * scale);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.drawImage(bitmap, 0, 0, width, height);
    const { default: jsQR } = await import('jsqr');
    return jsQR(context.getImageData(0, 0, width, height).data, width, height)?.data || undefined;
  } finally {
    bitmap.close();
  }
}

/** Saves a file through the browser's download, for a QR picture or a key file. */
export function downloadFile(name: string, data: Blob | string) {
  const a = document.createElement('a');
  const url = typeof data === 'string' ? data : URL.createObjectURL(data);
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
