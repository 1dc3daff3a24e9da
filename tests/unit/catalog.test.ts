import { describe, expect, test } from 'vitest';
import { buildCatalog, neighbours, parseEntryId, type CatalogSources } from '../../src/lib/catalog';
import type { Course, ModuleFrontmatter } from '../../src/lib/content-schema';

const course = (order: number, mandatory: boolean): Course => ({
  title: `Khóa ${order}`,
  summary: 'Tóm tắt đủ dài cho một khóa học.',
  audience: ['resident'],
  mandatory,
  order,
  minutes: 30,
  passMark: 80,
  sources: [{ title: 'Nguồn' }],
});

const moduleData = (title: string, competences = ['tu-bao-ve']): ModuleFrontmatter => ({
  title,
  summary: 'Tóm tắt đủ dài cho một bài học.',
  minutes: 10,
  reviewed: '2026-11-29',
  objectives: ['Làm được một việc cụ thể.'],
  competences,
  quiz: [{ id: 'q', type: 'true-false', prompt: 'Một câu khẳng định.', answer: true, explanation: 'Giải thích đủ dài cho câu hỏi.' }],
  trainer: { timing: [{ minutes: 10, activity: 'Đọc' }], activity: 'Hoạt động đủ dài cho lớp học.', materials: ['Máy chiếu'] },
  sources: [{ title: 'Nguồn' }],
});

const sources: CatalogSources = {
  courses: [
    { id: 'vi/tu-chon/course', data: course(1, false) },
    { id: 'vi/bat-buoc/course', data: course(2, true) },
  ],
  courseTranslations: [{ id: 'en/bat-buoc/course', data: { title: 'Mandatory', summary: 'A course every volunteer takes.' } }],
  modules: [
    { id: 'vi/bat-buoc/02-hai', data: moduleData('Bài hai', ['tim-kiem-thong-tin', 'tu-bao-ve']), body: 'Nội dung hai' },
    { id: 'vi/bat-buoc/01-mot', data: moduleData('Bài một'), body: 'Nội dung một' },
    { id: 'vi/tu-chon/01-ba', data: moduleData('Bài ba'), body: 'Nội dung ba' },
  ],
  moduleTranslations: [
    { id: 'en/bat-buoc/01-mot', data: { ...moduleData('One'), summary: 'A translated module summary.' }, body: 'Text one' },
    { id: 'en/bat-buoc/02-hai', data: { title: 'Two', summary: 'Only the title is translated.' }, body: '' },
  ],
  competences: [
    { id: 'tim-kiem-thong-tin', data: { id: 'tim-kiem-thong-tin', ref: '1.1', vi: 'Tìm kiếm, chọn lọc thông tin trên Internet', en: 'Searching for information', source: { title: 'Nguồn' } } },
    { id: 'giao-tiep-hop-tac', data: { id: 'giao-tiep-hop-tac', vi: 'Giao tiếp và hợp tác', en: 'Communicating', source: { title: 'Nguồn' } } },
    { id: 'tu-bao-ve', data: { id: 'tu-bao-ve', vi: 'Tự bảo vệ mình trên không gian mạng', en: 'Protecting yourself online', source: { title: 'Nguồn' } } },
  ],
};

describe('buildCatalog', () => {
  test('a course lists each competence its modules train once, in the framework’s order, named in the page’s language', () => {
    const names = (lang: 'vi' | 'en') => buildCatalog(lang, sources)[0]?.competences.map((c) => c.name);
    expect(names('vi')).toEqual(['Tìm kiếm, chọn lọc thông tin trên Internet', 'Tự bảo vệ mình trên không gian mạng']);
    expect(names('en')).toEqual(['Searching for information', 'Protecting yourself online']);
  });

  test('mandatory courses come first, then by order; modules follow their number', () => {
    const catalog = buildCatalog('vi', sources);
    expect(catalog.map((c) => c.slug)).toEqual(['bat-buoc', 'tu-chon']);
    expect(catalog[0]?.modules.map((m) => m.slug)).toEqual(['mot', 'hai']);
  });

  test('module ids are the same in every language, so progress survives a language switch', () => {
    const ids = (lang: 'vi' | 'en') => buildCatalog(lang, sources).flatMap((c) => c.modules.map((m) => m.id));
    expect(ids('en')).toEqual(ids('vi'));
    expect(ids('vi')).toContain('bat-buoc/mot');
  });

  test('a fully translated module shows its translation', () => {
    const one = buildCatalog('en', sources)[0]?.modules[0];
    expect(one).toMatchObject({ title: 'One', textLang: 'en', textEntryId: 'en/bat-buoc/01-mot' });
  });

  test('a module with only a translated title falls back to the Vietnamese text', () => {
    const two = buildCatalog('en', sources)[0]?.modules[1];
    expect(two).toMatchObject({ title: 'Two', textLang: 'vi', textEntryId: 'vi/bat-buoc/02-hai' });
  });

  test('an untranslated course keeps its Vietnamese title in English', () => {
    expect(buildCatalog('en', sources)[1]?.title).toBe('Khóa 1');
  });
});

describe('neighbours', () => {
  const [mandatory] = buildCatalog('vi', sources);
  test.each([
    ['mot', undefined, 'hai'],
    ['hai', 'mot', undefined],
    ['khong-co', undefined, undefined],
  ])('around %s: previous %s, next %s', (slug, previous, next) => {
    const around = neighbours(mandatory!, slug);
    expect(around.previous?.slug).toBe(previous);
    expect(around.next?.slug).toBe(next);
  });
});

describe('parseEntryId', () => {
  test.each([
    ['vi/vneid/01-cai-dat', { lang: 'vi', course: 'vneid', order: 1, slug: 'cai-dat' }],
    ['en/vneid/12-bao-mat', { lang: 'en', course: 'vneid', order: 12, slug: 'bao-mat' }],
    ['vi/vneid/course', { lang: 'vi', course: 'vneid', order: 0, slug: 'course' }],
  ])('%s', (id, parts) => {
    expect(parseEntryId(id)).toEqual(parts);
  });

  test('a file outside <lang>/<course>/ is named in the error', () => {
    expect(() => parseEntryId('vneid.mdx')).toThrow(/vneid\.mdx/);
  });
});
