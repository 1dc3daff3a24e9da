import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { courseOutline, courseOutlineSchema, type OutlineFramework } from '../../src/lib/course-outline';
import { sources } from '../fixtures/catalog-sources';

const framework: OutlineFramework = {
  name: { vi: 'Khung kiến thức, kỹ năng số cơ bản', en: 'Basic digital knowledge and skills framework' },
  url: 'https://example.gov.vn/khung',
  competencesOf: (course) => course.competences.map((c) => ({ ref: c.ref, name: { vi: c.name, en: c.name } })),
};
const outlineOf = (lang: 'vi' | 'en', slug: string) => courseOutline(lang, buildCatalog(lang, sources).find((c) => c.slug === slug)!, framework);

describe('courseOutline: what a page learns of a course it fetches', () => {
  test('the modules in order with their titles and addresses in the page’s language', () => {
    expect(outlineOf('vi', 'bat-buoc').modules).toEqual([
      { id: 'bat-buoc/mot', title: 'Bài một', path: '/khoa-hoc/bat-buoc/mot/' },
      { id: 'bat-buoc/hai', title: 'Bài hai', path: '/khoa-hoc/bat-buoc/hai/' },
    ]);
  });

  test('in English, a module whose text is not translated keeps its translated title and leads to the Vietnamese page', () => {
    expect(outlineOf('en', 'bat-buoc').modules).toEqual([
      { id: 'bat-buoc/mot', title: 'One', path: '/en/courses/bat-buoc/mot/' },
      { id: 'bat-buoc/hai', title: 'Two', path: '/khoa-hoc/bat-buoc/hai/' },
    ]);
  });

  test('its certificate is made on "My progress" of the same language', () => {
    expect(outlineOf('en', 'bat-buoc')).toMatchObject({ title: 'Mandatory', certificatePath: '/en/progress/#certificate-bat-buoc' });
  });

  test('it carries no quiz, no answer and no text: only what lists the course', () => {
    const text = JSON.stringify(outlineOf('vi', 'bat-buoc'));
    expect(text).not.toMatch(/quiz|answer|explanation|Nội dung/);
  });

  test('what the build writes is what the pages accept', () => {
    expect(courseOutlineSchema.parse(JSON.parse(JSON.stringify(outlineOf('en', 'bat-buoc'))))).toEqual(outlineOf('en', 'bat-buoc'));
  });
});

describe('courseOutlineSchema: an outline of another shape is refused, not half-read', () => {
  const good = () => JSON.parse(JSON.stringify(outlineOf('vi', 'bat-buoc'))) as Record<string, unknown>;
  test.each<[string, (o: Record<string, unknown>) => unknown]>([
    ['a module without its course in its id', (o) => ({ ...o, modules: [{ id: 'mot', title: 'Bài một', path: '/khoa-hoc/bat-buoc/mot/' }] })],
    ['a module page on another site', (o) => ({ ...o, modules: [{ id: 'bat-buoc/mot', title: 'Bài một', path: 'https://example.com/' }] })],
    ['a module page on another site, without its scheme', (o) => ({ ...o, modules: [{ id: 'bat-buoc/mot', title: 'Bài một', path: '//example.com/' }] })],
    ['a competence named in one language only', (o) => ({ ...o, competences: [{ name: { vi: 'Tự bảo vệ' } }] })],
    ['no modules at all', ({ modules: _, ...rest }) => rest],
  ])('%s', (_, change) => {
    expect(courseOutlineSchema.safeParse(change(good())).success).toBe(false);
  });
});
