import { describe, expect, test } from 'vitest';
import { langOfPath, pathFor, PRINT_VIEW_PATH, SLIDES_PATH, type Lang, type Route } from '../../src/lib/routes';

describe('pathFor: every page has a readable address in each language', () => {
  test.each<[Lang, Route, string]>([
    ['vi', { page: 'home' }, '/'],
    ['en', { page: 'home' }, '/en/'],
    ['vi', { page: 'catalog' }, '/khoa-hoc/'],
    ['en', { page: 'catalog' }, '/en/courses/'],
    ['vi', { page: 'course', course: 'vneid' }, '/khoa-hoc/vneid/'],
    ['en', { page: 'module', course: 'vneid', module: 'cai-dat' }, '/en/courses/vneid/cai-dat/'],
    ['vi', { page: 'paperQuiz', course: 'vneid', module: 'cai-dat' }, '/khoa-hoc/vneid/cai-dat/bai-kiem-tra-giay/'],
    ['en', { page: 'paperQuiz', course: 'vneid', module: 'cai-dat' }, '/en/courses/vneid/cai-dat/paper-quiz/'],
    ['vi', { page: 'slides', course: 'vneid', module: 'cai-dat' }, '/khoa-hoc/vneid/cai-dat/trinh-chieu/'],
    ['en', { page: 'slides', course: 'vneid', module: 'cai-dat' }, '/en/courses/vneid/cai-dat/slides/'],
    ['vi', { page: 'about' }, '/gioi-thieu/'],
    ['en', { page: 'about' }, '/en/about/'],
    ['vi', { page: 'offline' }, '/offline/'],
    ['vi', { page: 'verify' }, '/xac-minh/'],
    ['en', { page: 'verify' }, '/en/verify/'],
    ['vi', { page: 'certificate' }, '/chung-chi/'],
    ['en', { page: 'certificate' }, '/en/certificate/'],
    ['vi', { page: 'confirm' }, '/xac-nhan/'],
    ['en', { page: 'confirm' }, '/en/confirm/'],
    ['vi', { page: 'search' }, '/tim-kiem/'],
    ['en', { page: 'search' }, '/en/search/'],
    ['vi', { page: 'progress' }, '/tien-do/'],
    ['en', { page: 'progress' }, '/en/progress/'],
    ['vi', { page: 'logbook' }, '/so-tay/'],
    ['en', { page: 'logbook' }, '/en/logbook/'],
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

describe('PRINT_VIEW_PATH and SLIDES_PATH: print views and slides stay out of the sitemap and the precache', () => {
  test.each([
    ['/khoa-hoc/vneid/cai-dat/bai-kiem-tra-giay/', true, false],
    ['/en/courses/vneid/cai-dat/paper-quiz/', true, false],
    ['/khoa-hoc/vneid/cai-dat/trinh-chieu/', false, true],
    ['/en/courses/vneid/cai-dat/slides/', false, true],
    ['/khoa-hoc/vneid/cai-dat/', false, false],
    ['/en/courses/vneid/paper-quiz-basics/', false, false],
    ['/en/courses/vneid/slides-and-talks/', false, false],
  ])('%s → print view %s, slides %s', (path, isPrintView, isSlides) => {
    expect(PRINT_VIEW_PATH.test(path)).toBe(isPrintView);
    expect(SLIDES_PATH.test(path)).toBe(isSlides);
  });
});
