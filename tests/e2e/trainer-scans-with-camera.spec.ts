import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import QRCode from 'qrcode';
import { encodeClassReport } from '../../src/lib/trainer/class-report';
import { moduleOf } from './learner';

const first = moduleOf('vneid', 0);
const WIDTH = 640;
const HEIGHT = 480;

/** A camera that films one QR code: a Y4M video Chromium plays as its fake camera. */
function fakeCamera(text: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const cell = Math.floor((HEIGHT - 40) / (count + 8));
  const offsetX = Math.floor((WIDTH - cell * count) / 2);
  const offsetY = Math.floor((HEIGHT - cell * count) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < count * cell; y++) {
    for (let x = 0; x < count * cell; x++) {
      if (qr.modules.get(Math.floor(y / cell), Math.floor(x / cell))) luma[(offsetY + y) * WIDTH + offsetX + x] = 16;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = join(mkdtempSync(join(tmpdir(), 'hocso-camera-')), 'qr.y4m');
  writeFileSync(file, Buffer.concat([header, frame, frame]));
  return file;
}

const name = 'Anh Tuấn';
const report = await encodeClassReport({ v: 1, k: 'Tuan-key-123', n: name, t: new Date().toISOString().slice(0, 19) + 'Z', c: [{ s: 'vneid', m: [[0, 2, 90, 14, 1]] }] });

const systemChromium = '/usr/bin/chromium';
// Launch options replace the config's whole, so its Chromium choice is repeated here.
test.use({
  permissions: ['camera'],
  launchOptions: {
    ...(existsSync(systemChromium) && { executablePath: systemChromium }),
    args: ['--disable-background-networking', '--no-first-run', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${fakeCamera(report)}`],
  },
});

test('a trainer scans a learner’s QR code with the camera and the camera is released after', async ({ page }) => {
  await page.goto('/lop-hoc/');
  const camera = page.getByLabel('Hình từ camera để quét mã QR');
  await expect(camera, 'no camera box before the trainer presses scan').toBeHidden();
  await page.getByRole('button', { name: 'Quét mã QR bằng camera' }).click();
  await expect(page.getByText(`Đã thêm ${name} vào lớp (1 bài).`), 'the camera should read the QR code').toBeVisible({ timeout: 15_000 });
  const cell = page.getByRole('table').getByRole('row', { name: new RegExp(name) }).locator(`[data-module="${first.id}"]`);
  await expect(cell).toHaveAttribute('data-status', 'completed');
  await expect(cell).toContainText('90%');
  await expect(page.getByRole('button', { name: 'Quét mã QR bằng camera' }), 'scanning should stop once a code is read').toBeVisible();
  expect(await page.locator('video').evaluate((v: HTMLVideoElement) => v.srcObject), 'the camera should be released').toBeNull();
});
