import { describe, expect, test } from 'vitest';
import { coursePageOf, filesToDrop, filesToFetch } from '../../../src/lib/offline/pack-manifest';

const file = (url: string, revision: string) => ({ url, revision, bytes: 100, gzipBytes: 40 });

describe('updating a saved pack fetches only what changed', () => {
  const saved = { files: [file('/khoa-hoc/a/', 'r1'), file('/khoa-hoc/a/b/', 'r2'), file('/_astro/old.js', 'x')] };
  const next = { files: [file('/khoa-hoc/a/', 'r1'), file('/khoa-hoc/a/b/', 'r3'), file('/_astro/new.js', 'y')] };

  test('a file whose revision changed and a new file are fetched; an unchanged one is not', () => {
    expect(filesToFetch(saved, next).map((f) => f.url)).toEqual(['/khoa-hoc/a/b/', '/_astro/new.js']);
  });

  test('a pack not saved yet fetches every file', () => {
    expect(filesToFetch(undefined, next)).toHaveLength(3);
  });

  test('files the new version no longer lists are dropped', () => {
    expect(filesToDrop(saved, next)).toEqual(['/_astro/old.js']);
  });
});

test.each([
  ['/khoa-hoc/vneid/', { lang: 'vi', course: 'vneid' }],
  ['/khoa-hoc/vneid/vneid-la-gi/bai-kiem-tra-giay/', { lang: 'vi', course: 'vneid' }],
  ['/en/courses/ky-nang-so-co-ban/dien-thoai-va-internet/', { lang: 'en', course: 'ky-nang-so-co-ban' }],
  ['/khoa-hoc/', undefined],
  ['/tien-do/', undefined],
  ['/en/progress/', undefined],
])('%s belongs to the pack %o', (path, place) => {
  expect(coursePageOf(path)).toEqual(place);
});
