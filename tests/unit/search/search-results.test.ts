import { describe, expect, test } from 'vitest';
import { buildSearchIndex, type SearchDocument } from '../../../src/lib/search/search-index';
import { loadSearch, rankResults } from '../../../src/lib/search/search-results';

const doc = (url: string, title: string, text: string, course = 'Khóa học'): SearchDocument => ({
  url,
  title,
  course,
  summary: '',
  headings: [],
  text,
});

const documents = [
  doc('/cong-an/', 'Liên hệ công an xã', 'Công an xã giúp bạn khi bị lừa. Công việc của công an là giữ an ninh.'),
  doc('/dvc/', 'Nộp hồ sơ trực tuyến', 'Dịch vụ công trực tuyến giúp bạn nộp hồ sơ tại nhà.', 'Dịch vụ công trực tuyến'),
  doc('/mat-khau/', 'Mật khẩu mạnh', 'Đặt mật khẩu dài, bật xác thực hai bước.'),
  doc('/so/', 'Số hóa dữ liệu', 'Chụp giấy tờ, số hóa hồ sơ cho xã.'),
];
// Round-trip through JSON, as the browser receives it.
const search = loadSearch(JSON.parse(JSON.stringify(buildSearchIndex('vi', documents))));
const top = (query: string) => rankResults(search, query).map((r) => r.document.url);

describe('rankResults: learners find pages the way they type', () => {
  test.each([
    ['with tone marks', 'mật khẩu', '/mat-khau/'],
    ['without tone marks', 'mat khau', '/mat-khau/'],
    ['đ typed as d', 'dat mat khau', '/mat-khau/'],
    ['in upper case', 'MẬT KHẨU', '/mat-khau/'],
    ['a word lunr.vi would cut to one letter', 'số', '/so/'],
    ['a word still being typed', 'xac thu', '/mat-khau/'],
    ['adjacent syllables beat the same syllables apart', 'dich vu cong', '/dvc/'],
  ])('%s: "%s" finds %s first', (_, query, url) => {
    expect(top(query)[0]).toBe(url);
  });

  test('query syntax characters are searched as text, not parsed', () => {
    expect(() => top('công: +an -xã *')).not.toThrow();
    expect(top('công: +an -xã *')[0]).toBe('/cong-an/');
  });

  test('nothing typed, or nothing found, gives no results', () => {
    expect(top('   ')).toEqual([]);
    expect(top('xyzzy')).toEqual([]);
  });
});
