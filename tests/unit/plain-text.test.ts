import { describe, expect, test } from 'vitest';
import { headingsOf, mdxToPlainText } from '../../src/lib/plain-text';

describe('mdxToPlainText: search reads what the learner reads, not the markup', () => {
  test.each([
    ['headings lose their marks', '## Dịch vụ công là gì', 'Dịch vụ công là gì'],
    ['a callout keeps its title and text', '<Tip title="Gõ địa chỉ">\nĐừng bấm link lạ.\n</Tip>', 'Gõ địa chỉ. Đừng bấm link lạ.'],
    ['links keep their words', 'Mở [Cổng Dịch vụ công](https://dichvucong.gov.vn) ra.', 'Mở Cổng Dịch vụ công ra.'],
    ['lists and emphasis lose their marks', '- **Bước một**\n1. _Bước hai_', 'Bước một Bước hai'],
    ['imports are not text', "import X from './x';\nChữ", 'Chữ'],
  ])('%s', (_, body, text) => {
    expect(mdxToPlainText(body)).toBe(text);
  });
});

describe('headingsOf: the sections of a module', () => {
  test('second and third level headings, as text', () => {
    expect(headingsOf('# Tên\n## Một **việc**\nchữ\n### Hai\n#### Bốn')).toEqual(['Một việc', 'Hai']);
  });
});
