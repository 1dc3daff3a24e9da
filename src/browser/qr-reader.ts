// Reads QR codes with the browser's BarcodeDetector where it has one (Android, macOS), else with jsQR, which is
// loaded only when a trainer first scans: the class page does not carry a decoder it may never need.

interface Detector {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}
type DetectorClass = { new (options: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> };

async function nativeDetector(): Promise<Detector | undefined> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  try {
    if (Native && (await Native.getSupportedFormats()).includes('qr_code')) return new Native({ formats: ['qr_code'] });
  } catch {
    // A detector that cannot say what it reads is not used.
  }
  return undefined;
}

/** Fetches the decoder while online, so a trainer can scan in a hall without a network (it is not precached). */
export function warmQrReader(): void {
  if (navigator.onLine) void import('jsqr').catch(() => undefined);
}

/** Big photos are scaled down first: a QR code stays readable and jsQR stays fast on an old phone. */
const MAX_SIDE = 1600;

function pixels(source: CanvasImageSource, width: number, height: number, canvas = document.createElement('canvas')): ImageData {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

async function jsqrRead(image: ImageData, invert: boolean): Promise<string | undefined> {
  const jsQR = (await import('jsqr')).default;
  return jsQR(image.data, image.width, image.height, { inversionAttempts: invert ? 'attemptBoth' : 'dontInvert' })?.data || undefined;
}

/** The text of the QR code in an image file, or undefined when no code can be read in it. */
export async function readQrFromImage(file: Blob): Promise<string | undefined> {
  const bitmap = await createImageBitmap(file);
  try {
    const detector = await nativeDetector();
    const found = detector && (await detector.detect(bitmap))[0]?.rawValue;
    return found || (await jsqrRead(pixels(bitmap, bitmap.width, bitmap.height), true));
  } finally {
    bitmap.close();
  }
}

/** Reads QR codes from the camera into `video` until `onText` returns true or `signal` aborts; the camera is then released. */
export async function scanWithCamera(video: HTMLVideoElement, onText: (text: string) => Promise<boolean>, signal: AbortSignal): Promise<void> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  const stop = () => stream.getTracks().forEach((track) => track.stop());
  signal.addEventListener('abort', stop, { once: true });
  try {
    video.srcObject = stream;
    await video.play();
    const detector = await nativeDetector();
    const canvas = document.createElement('canvas');
    while (!signal.aborted) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (signal.aborted || video.readyState < 2) continue;
      const text = detector
        ? (await detector.detect(video))[0]?.rawValue
        : await jsqrRead(pixels(video, video.videoWidth, video.videoHeight, canvas), false);
      if (text && (await onText(text))) break;
    }
  } finally {
    stop();
    video.srcObject = null;
  }
}
