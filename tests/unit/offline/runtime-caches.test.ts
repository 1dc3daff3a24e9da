import { describe, expect, test } from 'vitest';
import { assetCacheOf, importsOf, isToolPage, RUNTIME_CACHE } from '../../../src/lib/offline/runtime-caches';

describe('a page stores its built files where the service worker looks for them', () => {
  test('code only some people need goes with the code kept on first use', () => {
    expect(assetCacheOf('/_astro/jsQR.Bx1a2b3c.js')).toBe(RUNTIME_CACHE.onDemand);
  });

  test('a font subset goes with the fonts', () => {
    expect(assetCacheOf('/_astro/be-vietnam-pro-vietnamese-700.Ab12Cd.woff2')).toBe(RUNTIME_CACHE.fonts);
  });

  test("a tool's island and stylesheet go with the used assets", () => {
    expect(assetCacheOf('/_astro/LogbookApp.D4e5F6.js')).toBe(RUNTIME_CACHE.assets);
    expect(assetCacheOf('/_astro/so-tay.C7d8E9.css')).toBe(RUNTIME_CACHE.assets);
  });

  test('a page or a file outside /_astro/ is no built asset', () => {
    expect(assetCacheOf('/so-tay/')).toBeUndefined();
    expect(assetCacheOf('/search-index/vi/catalog.json')).toBeUndefined();
  });
});

test("the volunteer's and trainer's tools store themselves; a course page does not", () => {
  expect(['logbook', 'class', 'confirm'].map((page) => isToolPage({ page } as Parameters<typeof isToolPage>[0]))).toEqual([true, true, true]);
  expect(isToolPage({ page: 'module', course: 'vneid', module: 'vneid-la-gi' })).toBe(false);
  expect(isToolPage({ page: 'progress' })).toBe(false);
});

test('a script names the chunks it imports beside it, statically or on demand', () => {
  const script = 'import{a as t}from"./preact.module.D3.js";import"./hooks.module.Bt.js";const d=()=>import("./db.DH.js");const s="./not-code.css";';
  expect(importsOf(script, 'http://x.test/_astro/LogbookApp.B7.js')).toEqual([
    'http://x.test/_astro/preact.module.D3.js',
    'http://x.test/_astro/hooks.module.Bt.js',
    'http://x.test/_astro/db.DH.js',
  ]);
});
