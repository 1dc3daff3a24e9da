import { expect, test } from 'vitest';
import { planOffline } from '../../../src/lib/offline/offline-plan';

/** A small built site: what each file loads and links to. */
const ASSETS: Record<string, string[]> = {
  '/index.html': ['/_astro/base.css', '/_astro/app.js', '/_astro/latin.woff2'],
  '/offline/index.html': ['/_astro/base.css'],
  '/khoa-hoc/index.html': ['/_astro/base.css'],
  '/_astro/app.js': ['/_astro/db.js'],
  '/khoa-hoc/a/index.html': ['/_astro/base.css', '/_astro/quiz.js'],
  '/khoa-hoc/a/m1/index.html': ['/_astro/quiz.js', '/_astro/module.css', '/images/m1.png'],
  '/khoa-hoc/a/m1/bai-kiem-tra-giay/index.html': ['/_astro/module.css'],
  '/khoa-hoc/a/m1/trinh-chieu/index.html': ['/_astro/module.css', '/_astro/slides.js', '/_astro/slides.css'],
  '/_astro/slides.js': ['/_astro/app.js', '/_astro/reveal.x.js'],
  '/_astro/quiz.js': ['/_astro/app.js', '/_astro/pdf.x.js'],
  '/en/courses/a/index.html': ['/_astro/base.css'],
  '/en/courses/a/m2/index.html': ['/_astro/module.css'],
  '/khoa-hoc/a/m2/index.html': ['/_astro/module.css'],
  '/khoa-hoc/b/index.html': ['/_astro/base.css'],
};
const LINKS: Record<string, string[]> = {
  '/en/courses/a/index.html': ['/khoa-hoc/a/m1/index.html', '/en/courses/a/m2/index.html', '/khoa-hoc/a/index.html'],
  '/khoa-hoc/a/index.html': ['/khoa-hoc/a/m1/index.html', '/khoa-hoc/a/m2/index.html', '/en/courses/a/index.html'],
};
const files = [
  ...new Set([...Object.keys(ASSETS), ...Object.values(ASSETS).flat(), '/favicon.svg', '/search-index/vi/a.json', '/search-index/vi/ab.json', '/search-index/vi/catalog.json', '/outlines/vi/a.json', '/outlines/en/a.json', '/outlines/vi/ab.json']),
];
const plan = planOffline({
  files,
  assetsOf: (file) => ASSETS[file] ?? [],
  linksOf: (file) => LINKS[file] ?? [],
  shellPages: ['/index.html', '/offline/index.html', '/khoa-hoc/index.html', '/tien-do/index.html'],
  courses: [
    { lang: 'vi', course: 'a' },
    { lang: 'en', course: 'a' },
    { lang: 'vi', course: 'b' },
  ],
  onDemand: (file) => file.includes('/pdf.') || file.includes('/reveal.'),
});
const packOf = (lang: string, course: string) => plan.packs.find((p) => p.lang === lang && p.course === course)!;
const pack = (lang: string, course: string) => packOf(lang, course).files;

test('the shell holds the shell pages and what they load, and nothing of any course', () => {
  expect(plan.shell).toEqual([
    '/_astro/app.js', '/_astro/base.css', '/_astro/db.js', '/_astro/latin.woff2', '/favicon.svg', '/index.html', '/khoa-hoc/index.html', '/offline/index.html',
  ]);
});

test("a pack holds its course's pages, print views, images, search shard, outline and code beyond the shell", () => {
  expect(pack('vi', 'a')).toEqual([
    '/_astro/module.css', '/_astro/quiz.js', '/images/m1.png', '/khoa-hoc/a/index.html', '/khoa-hoc/a/m1/bai-kiem-tra-giay/index.html',
    '/khoa-hoc/a/m1/index.html', '/khoa-hoc/a/m2/index.html', '/outlines/vi/a.json', '/search-index/vi/a.json',
  ]);
});

test('no outline is in the shell: the pages every visitor keeps do not grow with the modules', () => {
  expect(plan.shell.filter((file) => file.startsWith('/outlines/'))).toEqual([]);
});

test("slides are the pack's trainer part, with only the code they add: a learner's pack has none of it", () => {
  expect(pack('vi', 'a').filter((file) => file.includes('trinh-chieu') || file.includes('slides'))).toEqual([]);
  expect(packOf('vi', 'a').trainerFiles).toEqual(['/_astro/slides.css', '/_astro/slides.js', '/khoa-hoc/a/m1/trinh-chieu/index.html']);
  expect(packOf('vi', 'b').trainerFiles).toEqual([]);
});

test('on-demand code and the catalogue-wide search file are in no pack and not in the shell', () => {
  const everything = [...plan.shell, ...plan.packs.flatMap((p) => [...p.files, ...p.trainerFiles])];
  expect(everything.filter((file) => /pdf\.|reveal\.|catalog\.json/.test(file))).toEqual([]);
});

test('an English pack holds the Vietnamese text of modules not translated, but not the Vietnamese course', () => {
  expect(pack('en', 'a')).toEqual([
    '/_astro/module.css', '/_astro/quiz.js', '/en/courses/a/index.html', '/en/courses/a/m2/index.html', '/images/m1.png',
    '/khoa-hoc/a/m1/bai-kiem-tra-giay/index.html', '/khoa-hoc/a/m1/index.html', '/outlines/en/a.json',
  ]);
});

test('courses do not take each other’s files by a shared name prefix', () => {
  expect(pack('vi', 'b')).toEqual(['/khoa-hoc/b/index.html']);
});
