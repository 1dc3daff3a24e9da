import { describe, expect, test } from 'vitest';
import { offlineBudgetProblems } from '../../../src/lib/offline/offline-budget';

const KB = 1024;
const MB = 1024 * KB;
const file = (url: string, gzipBytes: number, bytes = gzipBytes * 4) => ({ url, bytes, gzipBytes });

describe('offlineBudgetProblems: the build fails before saving for offline costs a learner too much', () => {
  test('a shell and packs within budget pass', () => {
    expect(offlineBudgetProblems([file('/', 200 * KB)], [{ name: 'vi/vneid', files: [file('/khoa-hoc/vneid/', 500 * KB)] }])).toEqual([]);
  });

  test('a shell over 300 KB gzipped is reported', () => {
    expect(offlineBudgetProblems([file('/a', 200 * KB), file('/b', 150 * KB)], [])).toEqual([
      'the shell every visitor saves is 350.0 KB gzipped; it must stay under 300.0 KB (heaviest: /a 200.0 KB, /b 150.0 KB)',
    ]);
  });

  test('a pack over 600 KB gzipped is named', () => {
    expect(offlineBudgetProblems([], [{ name: 'vi/vneid', files: [file('/x', 400 * KB), file('/y', 250 * KB)] }])).toEqual([
      'the offline pack of vi/vneid is 650.0 KB gzipped; it must stay under 600.0 KB',
    ]);
  });

  test('one file over 2 MB is named once, even when two packs hold it', () => {
    const big = file('/search-index/vi/vneid.json', 100 * KB, 2.5 * MB);
    expect(offlineBudgetProblems([], [{ name: 'a', files: [big] }, { name: 'b', files: [big] }])).toEqual([
      '/search-index/vi/vneid.json is 2.50 MB; no file may be over 2.00 MB',
    ]);
  });
});
