import { describe, expect, test } from 'vitest';
import { langOfPath, pathFor, searchIndexPath, type Lang, type Route } from '../../src/lib/routes';

describe('pathFor: every page has a readable address in each language', () => {
  test.each<[Lang, Route, string]>([
    ['vi', { page: 'home' }, '/'],
    ['en', { page: 'home' }, '/en/'],
    ['vi', { page: 'catalog' }, '/khoa-hoc/'],
    ['en', { page: 'catalog' }, '/en/courses/'],
    ['vi', { page: 'course', course: 'vneid' }, '/khoa-hoc/vneid/'],
    ['en', { page: 'module', course: 'vneid', module: 'cai-dat' }, '/en/courses/vneid/cai-dat/'],
    ['vi', { page: 'about' }, '/gioi-thieu/'],
    ['en', { page: 'about' }, '/en/about/'],
    ['vi', { page: 'offline' }, '/offline/'],
    ['vi', { page: 'verify' }, '/xac-minh/'],
    ['en', { page: 'verify' }, '/en/verify/'],
    ['vi', { page: 'search' }, '/tim-kiem/'],
    ['en', { page: 'search' }, '/en/search/'],
    ['vi', { page: 'progress' }, '/tien-do/'],
    ['en', { page: 'progress' }, '/en/progress/'],
    ['vi', { page: 'class' }, '/lop-hoc/'],
    ['en', { page: 'class' }, '/en/class/'],
  ])('%s %o → %s', (lang, route, path) => {
    expect(pathFor(lang, route)).toBe(path);
  });
});

describe('langOfPath: the language switch knows which language a page is in', () => {
  test.each([
    ['/', 'vi'],
    ['/khoa-hoc/vneid/', 'vi'],
    ['/en/', 'en'],
    ['/en/courses/vneid/cai-dat/', 'en'],
    ['/english-teacher/', 'vi'],
  ])('%s is %s', (path, lang) => {
    expect(langOfPath(path)).toBe(lang);
  });
});

describe('searchIndexPath: each language searches its own pages', () => {
  test.each<[Lang, string]>([
    ['vi', '/search-index.json'],
    ['en', '/en/search-index.json'],
  ])('%s → %s', (lang, path) => {
    expect(searchIndexPath(lang)).toBe(path);
  });
});
