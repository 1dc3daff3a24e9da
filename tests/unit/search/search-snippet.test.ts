import { describe, expect, test } from 'vitest';
import { highlight, snippetOf, type TextPart } from '../../../src/lib/search/search-snippet';

const marked = (parts: TextPart[]) => parts.filter((p) => p.match).map((p) => p.text);
const joined = (parts: TextPart[]) => parts.map((p) => p.text).join('');

describe('highlight: the words the learner typed are marked in the original spelling', () => {
  test.each([
    ['a word typed without marks marks the toned word', 'Dịch vụ công trực tuyến', 'dich vu cong', ['Dịch', 'vụ', 'công']],
    ['đ typed as d', 'Đăng ký định danh', 'dinh', ['định']],
    ['a prefix marks the start of a word', 'Thanh toán bằng mã QR', 'thanh to', ['Thanh', 'toán']],
    ['not inside a word', 'Mạng xã hội', 'hoi', ['hội']],
    ['upper-case query', 'mật khẩu mạnh', 'MAT KHAU', ['mật', 'khẩu']],
    ['nothing typed marks nothing', 'Mật khẩu', '', []],
  ])('%s', (_, text, query, marks) => {
    const parts = highlight(text, query);
    expect(marked(parts)).toEqual(marks);
    expect(joined(parts), 'the text itself must not change').toBe(text);
  });

  test('what the learner types stays text: markup in the page text is never interpreted', () => {
    expect(highlight('<b>công</b>', 'cong')).toEqual([
      { text: '<b>', match: false },
      { text: 'công', match: true },
      { text: '</b>', match: false },
    ]);
  });
});

describe('snippetOf: a passage around the words', () => {
  const long = `${'Mở đầu bài học. '.repeat(40)}Bạn dùng mã QR để thanh toán tiền điện. ${'Phần cuối. '.repeat(40)}`;

  test('the passage shows where the query words are, cut with ellipses', () => {
    const parts = snippetOf(long, 'ma qr thanh toan', 120);
    expect(marked(parts)).toEqual(expect.arrayContaining(['mã', 'QR', 'thanh', 'toán']));
    expect(joined(parts).startsWith('… ')).toBe(true);
    expect(joined(parts).endsWith(' …')).toBe(true);
  });

  test('with no word in the text the passage is the beginning', () => {
    expect(joined(snippetOf(long, 'vneid', 40)).startsWith('Mở đầu bài học.')).toBe(true);
  });
});
