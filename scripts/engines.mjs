// Which browser engines this machine can test with, and the Debian package that brings each one that is missing.
// `node scripts/engines.mjs` prints the list; tests/engines/playwright.config.ts makes one project per engine found.
import { existsSync, readdirSync } from 'node:fs';

const firstExisting = (...paths) => paths.find((path) => existsSync(path));

/** MiniBrowser lives under the multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu…). */
function miniBrowser() {
  const lib = '/usr/lib';
  for (const arch of existsSync(lib) ? readdirSync(lib) : []) {
    const path = `${lib}/${arch}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  return undefined;
}

export function findEngines() {
  const chromium = firstExisting('/usr/bin/chromium');
  const firefox = firstExisting('/usr/bin/firefox-esr', '/usr/bin/firefox');
  const webkit = miniBrowser();
  const webkitDriver = firstExisting('/usr/bin/WebKitWebDriver');
  const xvfb = process.env.DISPLAY ? 'display' : firstExisting('/usr/bin/xvfb-run');
  return [
    { name: 'chromium', found: Boolean(chromium), binary: chromium, packages: 'chromium', narrowest: 360 },
    { name: 'firefox', found: Boolean(firefox), binary: firefox, packages: 'firefox-esr', narrowest: 360 },
    {
      name: 'webkit',
      found: Boolean(webkit && webkitDriver && xvfb),
      binary: webkit,
      driver: webkitDriver,
      // WebKitGTK draws in a real window: without a display it needs a virtual one.
      xvfb: xvfb === 'display' ? undefined : xvfb,
      packages: 'webkit2gtk-driver xvfb',
      // MiniBrowser's window cannot be narrower than this.
      narrowest: 447,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const engines = findEngines();
  const found = engines.filter((engine) => engine.found).map((engine) => engine.name);
  console.log(`Browser engines found: ${found.join(', ') || 'none'}`);
  const missing = engines.filter((engine) => !engine.found);
  console.log(`Browser engines not found: ${missing.length ? '' : 'none'}`);
  for (const engine of missing) console.log(`  ${engine.name}: its journeys will not run (apt-get install ${engine.packages})`);
}
