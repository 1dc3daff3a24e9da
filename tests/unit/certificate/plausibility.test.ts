import { expect, test } from 'vitest';
import { certificateWarnings, mixesScripts, type CertificateWarning } from '../../../src/lib/certificate/plausibility';

test.each([
  ['Nguyễn Thị Ánh Tuyết', false],
  ['Đặng Văn Đức', false],
  ['Trần Thị Lan-Anh', false],
  ['Nguy\u0065\u0302\u0303n (combining marks)', false],
  ['Иван Петров', false],
  ['Νίκος', false],
  ['Ngu\u0443\u1EC5n (Cyrillic у)', true],
  ['Nguyễn Văn \u0410n (Cyrillic А)', true],
  ['Tr\u03B1n (Greek α)', true],
  ['Иван Π (Cyrillic with Greek)', true],
])('"%s" mixes scripts: %s', (name, mixed) => {
  expect(mixesScripts(name)).toBe(mixed);
});

test.each<[string, string, CertificateWarning[]]>([
  ['a course finished last week', '2026-11-20', []],
  ['finished today', '2026-11-29', []],
  ['finished tomorrow (clocks differ)', '2026-11-30', []],
  ['finished two days ahead', '2026-12-01', ['future-date']],
  ['finished in 2999', '2999-01-01', ['future-date']],
  ['finished before Học Số had any course', '2025-06-01', ['before-courses']],
])('%s: %o', (_, date, warnings) => {
  expect(certificateWarnings({ date, name: 'Nguyễn Thị Lan' }, '2026-11-29')).toEqual(warnings);
});

test('every warning at once', () => {
  expect(certificateWarnings({ date: '2999-01-01', name: 'Ngu\u0443\u1EC5n' }, '2026-11-29')).toEqual(['future-date', 'mixed-scripts']);
});
