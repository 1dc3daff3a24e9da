// Writes the site's two web fonts (Be Vietnam Pro 400 and 700) as WOFF2 subsets holding only the characters the site
// can show: every Vietnamese letter (learners type names), printable ASCII, and every other character found in
// content/ and the UI (src/). Run it again after adding a character the fonts lack (a test says so);
// the output is committed, so a build needs no font tooling.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const root = new URL('../', import.meta.url).pathname;
const source = (weight) => join(root, `node_modules/@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`);
export const SITE_FONTS = { 400: '400Regular', 700: '700Bold' };
export const fontFile = (weight) => join(root, `src/assets/fonts/be-vietnam-pro-${weight}.woff2`);

const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const vietnamese = [...VOWELS].flatMap((v) => TONES.map((tone) => (v + tone).normalize('NFC'))).join('') + 'đ';
const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every character the site's text uses: content, UI strings and the page templates. */
export function siteCharacters() {
  const files = [...walk(join(root, 'content')), ...walk(join(root, 'src'))].filter((path) => /\.(mdx|ya?ml|json|astro|tsx?)$/.test(path));
  const used = files.map((path) => readFileSync(path, 'utf8').normalize('NFC')).join('');
  const all = new Set([...ascii, ...vietnamese, ...vietnamese.toUpperCase(), ...used]);
  return [...all].filter((ch) => /\P{C}/u.test(ch) && ch.codePointAt(0) > 31).sort().join('');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const text = siteCharacters();
  for (const [weight, name] of Object.entries(SITE_FONTS)) {
    const woff2 = await subsetFont(readFileSync(source(name)), text, { targetFormat: 'woff2', noHinting: true, keepFeatures: ['kern', 'mark', 'mkmk', 'ccmp', 'locl'] });
    writeFileSync(fontFile(weight), woff2);
    console.log(`${fontFile(weight)}: ${woff2.length} bytes`);
  }
}
