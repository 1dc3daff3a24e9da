import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, test } from 'vitest';
import { SITE_FONTS, fontFile, siteCharacters } from '../../scripts/subset-fonts.mjs';

type Font = { hasGlyphForCodePoint(codePoint: number): boolean };
const open = (path: string) => fontkit.create(readFileSync(path) as never) as unknown as Font;
const fullFont = (name: string) =>
  open(new URL(`../../node_modules/@expo-google-fonts/be-vietnam-pro/${name}/BeVietnamPro_${name}.ttf`, import.meta.url).pathname);

describe.each(Object.entries(SITE_FONTS as Record<string, string>))('the subset web font, weight %s', (weight, name) => {
  test('draws every character the site shows that Be Vietnam Pro has (else: node scripts/subset-fonts.mjs)', () => {
    const subset = open(fontFile(weight));
    const full = fullFont(name);
    const missing = [...(siteCharacters() as string)].filter((ch) => {
      const codePoint = ch.codePointAt(0) ?? 0;
      return full.hasGlyphForCodePoint(codePoint) && !subset.hasGlyphForCodePoint(codePoint);
    });
    expect(missing, 'these letters would show in another font').toEqual([]);
  });

  test('has every Vietnamese letter in both cases, for names learners type', () => {
    const subset = open(fontFile(weight));
    const letters = 'ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
    const missing = [...letters, ...letters.toUpperCase()].filter((ch) => !subset.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
    expect(missing).toEqual([]);
  });
});
