import { describe, expect, test } from 'vitest';
import { highlight, meantSpellings, snippetOf, type TextPart } from '../../../src/lib/search/search-snippet';

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
    ['a word before the last matches whole words only', 'Mạng và mật khẩu mạnh', 'mat khau', ['mật', 'khẩu']],
    ['words typed together mark the spelling the text uses together', 'Mã OTP là mật mã. Đừng đọc mã OTP cho ai, kể cả người mà bạn quen.', 'ma otp', ['Mã', 'OTP', 'mã', 'mã', 'OTP']],
    ['…and nothing else that only looks alike without marks', 'Một người mà bạn không quen hỏi mã OTP', 'ma otp', ['mã', 'OTP']],
    ['words never seen together keep every spelling', 'Mã số và mà thôi', 'ma otp', ['Mã', 'mà']],
    ['spaces between marked words are kept', 'Cổng Dịch vụ công quốc gia', 'dich vu cong', ['Dịch', 'vụ', 'công']],
    ['a number is a whole word too', 'Định danh mức 2', 'muc 2', ['mức', '2']],
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

  test('a passage marks the spelling its page uses with the other typed word, even where they stand apart', () => {
    const page = `Mã OTP gồm sáu số. ${'Câu khác. '.repeat(30)}Kẻ gian nói mà không cần lý do, rồi xin mã.`;
    expect(marked(snippetOf(page, 'ma otp', 60))).not.toContain('mà');
  });

  test('every page found tells which spelling was meant: a page without the words side by side marks "mã", not "mà"', () => {
    const pages = ['Mã OTP chỉ dùng một lần.', 'Đừng đọc mã cho ai, kể cả người mà bạn quen. OTP là bí mật.'];
    const meant = meantSpellings(pages, 'ma otp');
    expect(marked(highlight(pages[1]!, 'ma otp', meant))).toEqual(['mã', 'OTP']);
    expect(marked(highlight(pages[1]!, 'ma otp')), 'the page alone cannot tell').toEqual(['mã', 'mà', 'OTP']);
  });

  test('with no word in the text the passage is the beginning', () => {
    expect(joined(snippetOf(long, 'vneid', 40)).startsWith('Mở đầu bài học.')).toBe(true);
  });
});
