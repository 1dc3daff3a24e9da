// Renders the app icons (public/icons/*.png) from public/favicon.svg with Chromium. Run after changing the logo:
// node scripts/make-icons.mjs — the PNGs are committed, so builds do not need a browser.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const out = new URL('../public/icons/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

// A maskable icon is cropped to a circle or squircle by the launcher: full-bleed colour, logo inside the 80% safe zone.
const maskable = svg.replace('rx="14"', 'rx="0"').replace(/<text /, '<text transform="translate(6.4 6.4) scale(0.8)" ');

const icons = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

const systemChromium = '/usr/bin/chromium';
const browser = await chromium.launch(existsSync(systemChromium) ? { executablePath: systemChromium } : {});
const page = await browser.newPage();
for (const icon of icons) {
  await page.setViewportSize({ width: icon.size, height: icon.size });
  const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
  await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
  await page.screenshot({ path: `${out}${icon.file}`, omitBackground: true });
  console.log(`public/icons/${icon.file}`);
}
await browser.close();
