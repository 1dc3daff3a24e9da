import { describe, expect, test } from 'vitest';
import { precacheProblems } from '../../src/lib/precache-budget';

const MB = 1024 * 1024;

describe('precacheProblems: the build fails before the offline copy gets too big for a phone', () => {
  test.each([
    ['a site within budget passes', [{ url: 'a.html', size: 1 * MB }, { url: 'b.json', size: 1.5 * MB }], []],
    ['one file over 2 MB is named', [{ url: 'big.json', size: 2.5 * MB }], ['big.json is 2.50 MB; no file may be over 2.00 MB']],
    [
      'a total over 5 MB is reported',
      [{ url: 'a', size: 1.9 * MB }, { url: 'b', size: 1.9 * MB }, { url: 'c', size: 1.9 * MB }],
      ['the offline copy of the site is 5.70 MB; it must stay under 5.00 MB'],
    ],
  ])('%s', (_, files, problems) => {
    expect(precacheProblems(files)).toEqual(problems);
  });
});
