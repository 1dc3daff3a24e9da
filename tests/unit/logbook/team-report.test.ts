import { expect, test } from 'vitest';
import { mergeTeamReports, teamTotals } from '../../../src/lib/logbook/team-report';
import type { WeeklyReport } from '../../../src/lib/logbook/weekly-report';

function report(k: string, w: string, t: string, c: WeeklyReport['c'], g: WeeklyReport['g'] = []): WeeklyReport {
  return { v: 1, k: k.padEnd(12, 'x'), n: `Tình nguyện viên ${k}`, w, t, c, r: [], g, d: [], h: 'h'.repeat(22) };
}

const week1 = '2026-11-16';
const week2 = '2026-11-23';
const reports = [
  report('a', week1, '2026-11-22T20:00:00Z', [['vneid', 3, 1, 0]], [['older', 2]]),
  report('b', week1, '2026-11-22T21:00:00Z', [['vneid', 1, 0, 1], ['payment', 2, 0, 0]]),
  report('a', week2, '2026-11-29T20:00:00Z', [['public-service', 4, 0, 1]], [['older', 1]]),
];

test('totals by kind, by result, by week and by whom the help reached', () => {
  const totals = teamTotals(mergeTeamReports([], reports).reports);
  expect(totals.all).toEqual([10, 1, 2]);
  expect([...totals.byKind]).toEqual([['vneid', [4, 1, 1]], ['payment', [2, 0, 0]], ['public-service', [4, 0, 1]]]);
  expect([...totals.byWeek]).toEqual([[week1, { counts: [6, 1, 1], volunteers: 2 }], [week2, { counts: [4, 0, 1], volunteers: 1 }]]);
  expect(totals.byTag.get('older')).toBe(3);
});

test('merging the same reports again counts nothing twice', () => {
  const once = mergeTeamReports([], reports);
  const twice = mergeTeamReports(once.reports, [reports[1]!, ...reports]);
  expect([once.added, twice.added, twice.replaced, twice.unchanged]).toEqual([3, 0, 0, 4]);
  expect(teamTotals(twice.reports)).toEqual(teamTotals(once.reports));
});

test('a newer report of a volunteer’s week replaces the older one; an older one changes nothing', () => {
  const once = mergeTeamReports([], reports).reports;
  const newer = report('a', week1, '2026-11-23T07:00:00Z', [['vneid', 5, 1, 0]]);
  const older = report('a', week1, '2026-11-21T07:00:00Z', [['vneid', 99, 0, 0]]);
  const merged = mergeTeamReports(once, [newer, older]);
  expect([merged.added, merged.replaced, merged.unchanged]).toEqual([0, 1, 1]);
  expect(teamTotals(merged.reports).byKind.get('vneid')).toEqual([6, 1, 1]);
});
