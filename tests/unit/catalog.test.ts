import { describe, expect, test } from 'vitest';
import { buildCatalog, neighbours, parseEntryId } from '../../src/lib/catalog';
import { sources } from '../fixtures/catalog-sources';

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
