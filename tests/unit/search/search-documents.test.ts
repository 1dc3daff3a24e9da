import { describe, expect, test } from 'vitest';
import { buildCatalog, type CatalogSources } from '../../../src/lib/catalog';
import type { Course, ModuleFrontmatter } from '../../../src/lib/content-schema';
import { searchDocumentsOf } from '../../../src/lib/search/search-documents';

const course: Course = {
  title: 'Dịch vụ công trực tuyến',
  summary: 'Làm thủ tục hành chính trên mạng.',
  audience: ['resident'],
  mandatory: false,
  order: 1,
  minutes: 30,
  passMark: 80,
  sources: [{ title: 'Nguồn' }],
};
const moduleData: ModuleFrontmatter = {
  title: 'Nộp hồ sơ trực tuyến',
  summary: 'Nộp hồ sơ và theo dõi kết quả.',
  minutes: 10,
  reviewed: '2026-11-29',
  objectives: ['Nộp được một bộ hồ sơ.'],
  competences: ['dich-vu-cong-truc-tuyen'],
  quiz: [{ id: 'q', type: 'true-false', prompt: 'Một câu khẳng định.', answer: true, explanation: 'Giải thích đủ dài cho câu hỏi.' }],
  trainer: { timing: [{ minutes: 10, activity: 'Đọc' }], activity: 'Hoạt động đủ dài cho lớp học.', materials: ['Máy chiếu'] },
  sources: [{ title: 'Nguồn' }],
};
const sources: CatalogSources = {
  courses: [{ id: 'vi/dvc/course', data: course }],
  courseTranslations: [{ id: 'en/dvc/course', data: { title: 'Online public services', summary: 'Paperwork online.' } }],
  modules: [{ id: 'vi/dvc/01-nop-ho-so', data: moduleData, body: '## Bước đầu tiên\n<Tip title="Mẹo">Chụp rõ giấy tờ.</Tip>' }],
  moduleTranslations: [{ id: 'en/dvc/01-nop-ho-so', data: { title: 'Submitting an application', summary: 'Submit and follow up.' }, body: '' }],
  competences: [],
};
const bodyOf = (entryId: string) => sources.modules.find((m) => m.id === entryId)?.body ?? '';

describe('searchDocumentsOf: every course and module page can be found in its language', () => {
  test.each([
    ['vi', '/khoa-hoc/dvc/', 'Dịch vụ công trực tuyến', ''],
    ['vi', '/khoa-hoc/dvc/nop-ho-so/', 'Nộp hồ sơ trực tuyến', 'Mẹo. Chụp rõ giấy tờ.'],
    // A module not yet translated is found by its English title and leads to its Vietnamese page.
    ['en', '/khoa-hoc/dvc/nop-ho-so/', 'Submitting an application', ''],
  ] as const)('%s %s', (lang, url, title, text) => {
    const documents = searchDocumentsOf(lang, buildCatalog(lang, sources), (module) => bodyOf(module.textEntryId));
    const page = documents.find((d) => d.url === url);
    expect(page?.title).toBe(title);
    expect(page?.text).toContain(text);
  });

  test('the English index does not carry a second copy of Vietnamese text', () => {
    const documents = searchDocumentsOf('en', buildCatalog('en', sources), (m) => bodyOf(m.textEntryId));
    expect(documents.find((d) => d.title === 'Submitting an application')?.text).toBe('');
  });

  test('a module is found by its section headings', () => {
    const [, module] = searchDocumentsOf('vi', buildCatalog('vi', sources), (m) => bodyOf(m.textEntryId));
    expect(module?.headings).toEqual(['Bước đầu tiên']);
  });
});
