// QR codes drawn as pictures in the browser; the drawing code loads only when used. Reading them is qr-reader.ts.

/** A PNG data URL of `text` as a QR code, big enough for a phone camera at arm's length. */
export async function qrDataUrl(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, width: 480 });
}

/** A picture made by `qrDataUrl` as a PNG file the trainer can save or send. */
export function qrPngFile(dataUrl: string, name: string): File {
  const bytes = Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));
  return new File([bytes], name, { type: 'image/png' });
}
