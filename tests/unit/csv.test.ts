import { describe, expect, test } from 'vitest';
import { csvCell, csvFile } from '../../src/lib/csv';

describe('csvCell: a spreadsheet shows every cell as the text it is', () => {
  test.each([
    ['Bà Lan', '"Bà Lan"'],
    ['Cài đặt, "đăng ký"', '"Cài đặt, ""đăng ký"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+84 912', `"'+84 912"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    [null, '""'],
    [85, '"85"'],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

test('csvFile: a BOM so Excel reads UTF-8, every cell quoted, CRLF after every row', () => {
  expect(csvFile([['Loại việc', 'Số lượt'], ['Cài VNeID', 3]])).toBe('\uFEFF"Loại việc","Số lượt"\r\n"Cài VNeID","3"\r\n');
});
