import { describe, expect, test } from 'vitest';
import { coursePageOf, filesToDrop, filesToFetch, holdsTrainerPart, savedRecord, type PackManifest } from '../../../src/lib/offline/pack-manifest';

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

describe('the trainer part: the slides, kept only on a trainer\'s device', () => {
  const manifest: PackManifest = {
    lang: 'vi',
    course: 'a',
    title: 'A',
    files: [file('/khoa-hoc/a/', 'r1'), file('/khoa-hoc/a/b/', 'r2')],
    gzipBytes: 80,
    trainerFiles: [file('/khoa-hoc/a/b/trinh-chieu/', 's1'), file('/_astro/SlidesPage.js', 's2')],
    trainerGzipBytes: 80,
  };
  const DAY = '2026-11-29T10:00:00.000Z';

  test("a learner's record holds the learner's files, sized as such; a trainer's holds the slides too", () => {
    const learner = savedRecord(manifest, false, DAY);
    expect(learner.files.map((f) => f.url)).toEqual(['/khoa-hoc/a/', '/khoa-hoc/a/b/']);
    expect([learner.gzipBytes, learner.trainer]).toEqual([80, false]);
    const trainer = savedRecord(manifest, true, DAY);
    expect(trainer.files.map((f) => f.url)).toEqual(['/khoa-hoc/a/', '/khoa-hoc/a/b/', '/khoa-hoc/a/b/trinh-chieu/', '/_astro/SlidesPage.js']);
    expect([trainer.gzipBytes, trainer.trainer]).toEqual([160, true]);
  });

  test('an update of a trainer\'s course fetches a changed slide page; of a learner\'s, never a slide', () => {
    const next = { ...manifest, trainerFiles: [file('/khoa-hoc/a/b/trinh-chieu/', 's9'), file('/_astro/SlidesPage.js', 's2')] };
    const trainer = savedRecord(manifest, true, DAY);
    expect(filesToFetch(trainer, savedRecord(next, holdsTrainerPart(trainer), DAY)).map((f) => f.url)).toEqual(['/khoa-hoc/a/b/trinh-chieu/']);
    const learner = savedRecord(manifest, false, DAY);
    expect(filesToFetch(learner, savedRecord(next, holdsTrainerPart(learner), DAY))).toEqual([]);
  });

  test('a course saved before packs had a trainer part keeps its slides through updates: a trainer never loses them', () => {
    const old = { files: [...manifest.files, file('/khoa-hoc/a/b/trinh-chieu/', 's1')] };
    expect(holdsTrainerPart(old)).toBe(true);
    expect(holdsTrainerPart({ files: manifest.files })).toBe(false);
    expect(filesToDrop(old, savedRecord(manifest, holdsTrainerPart(old), DAY))).toEqual([]);
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
