import { describe, expect, test } from 'vitest';
import type { LogEntry } from '../../../src/lib/logbook/entry';
import { buildWeeklyReport, decodeWeeklyReport, encodeWeeklyReport, volunteerKey, type WeeklyReportProblem } from '../../../src/lib/logbook/weekly-report';

let n = 0;
function entry(day: string, kind: string, result: LogEntry['result'], extra: Partial<LogEntry> = {}): LogEntry {
  n++;
  const at = `${day}T0${n % 10}:00:00.000Z`;
  return {
    id: `entry-${String(n).padStart(4, '0')}`, profileId: 'profile-1', day, kind, result, reason: result === 'could-not' ? 'weak-signal' : null,
    tags: [], note: '', createdAt: at, updatedAt: at, ...extra,
  };
}

const entries = [
  entry('2026-11-22', 'vneid', 'done'), // the Sunday before: another week
  entry('2026-11-23', 'vneid', 'done', { tags: ['older'] }),
  entry('2026-11-24', 'vneid', 'could-not', { note: 'Sóng yếu ở thôn 3.', tags: ['older', 'interpreter'] }),
  entry('2026-11-25', 'payment', 'handed-over'),
  entry('2026-11-29', 'public-service', 'done', { note: 'Nhiều người hỏi về lệ phí.' }),
  entry('2026-11-30', 'vneid', 'done'), // the Monday after
];
const volunteer = { key: 'AbCdEfGhIjKl', name: 'Nguyễn Văn Hùng' };

test('a week’s report counts that week’s help by kind and result, in the catalog’s order, with its difficulties', () => {
  const report = buildWeeklyReport(volunteer, '2026-11-23', entries, ['vneid', 'password', 'public-service', 'payment'], '2026-11-29T20:00:00.000Z');
  expect(report.c).toEqual([
    ['vneid', 1, 0, 1],
    ['public-service', 1, 0, 0],
    ['payment', 0, 1, 0],
  ]);
  expect(report.r).toEqual([['weak-signal', 1]]);
  expect(report.g).toEqual([['older', 2], ['interpreter', 1]]);
  expect(report.d).toEqual(['Sóng yếu ở thôn 3.', 'Nhiều người hỏi về lệ phí.']);
  expect(report.w).toBe('2026-11-23');
});

test('a report goes through its QR text unchanged, and does not carry the profile id', async () => {
  const key = await volunteerKey('profile-1');
  expect(key).toMatch(/^[A-Za-z0-9_-]{12}$/);
  const text = await encodeWeeklyReport(buildWeeklyReport({ ...volunteer, key }, '2026-11-23', entries, [], '2026-11-29T20:00:00.000Z'));
  expect(text).not.toContain('profile-1');
  const decoded = await decodeWeeklyReport(text);
  expect(decoded.ok && decoded.report.c).toEqual([['vneid', 1, 0, 1], ['payment', 0, 1, 0], ['public-service', 1, 0, 0]]);
});

describe('a report that is not right is refused, with the reason', async () => {
  const good = await encodeWeeklyReport(buildWeeklyReport(volunteer, '2026-11-23', entries, [], '2026-11-29T20:00:00.000Z'));
  const data = JSON.parse(good) as Record<string, unknown>;
  const changed = (change: Record<string, unknown>) => JSON.stringify({ ...data, ...change });
  test.each<[string, string, WeeklyReportProblem]>([
    ['not JSON', 'hello', 'not-report'],
    ['a class report', JSON.stringify({ v: 1, k: 'AbCdEfGhIjKl', n: 'Lan', t: '2026-11-29T20:00:00Z', c: [], h: 'x' }), 'not-report'],
    ['a newer format', changed({ v: 2 }), 'newer-version'],
    ['a count edited by hand', good.replace('["payment",0,1,0]', '["payment",0,9,0]'), 'altered'],
    ['a week that does not start on Monday', changed({ w: '2026-11-24' }), 'invalid'],
    ['a difficulty with a phone number', changed({ d: ['Gọi 0912345678'] }), 'invalid'],
    ['a name with markup', changed({ n: '<img src=x>' }), 'invalid'],
    ['a kind counted twice', changed({ c: [['vneid', 1, 0, 0], ['vneid', 1, 0, 0]] }), 'invalid'],
    ['a huge file', 'x'.repeat(20_000), 'too-big'],
  ])('%s', async (_, text, problem) => {
    expect(await decodeWeeklyReport(text)).toEqual({ ok: false, problem });
  });
});

test('a team file is read whole: every report in it, or none when one was edited', async () => {
  const { decodeReportFile, encodeTeamFile } = await import('../../../src/lib/logbook/weekly-report');
  const one = await encodeWeeklyReport(buildWeeklyReport(volunteer, '2026-11-23', entries, [], '2026-11-29T20:00:00.000Z'));
  const other = await encodeWeeklyReport(buildWeeklyReport({ ...volunteer, key: 'ZyXwVuTsRqPo' }, '2026-11-16', entries, [], '2026-11-29T20:00:00.000Z'));
  const team = encodeTeamFile([JSON.parse(one), JSON.parse(other)]);
  const read = await decodeReportFile(team);
  expect(read.ok && read.reports.map((r) => [r.k, r.w])).toEqual([['AbCdEfGhIjKl', '2026-11-23'], ['ZyXwVuTsRqPo', '2026-11-16']]);
  expect(await decodeReportFile(team.replace('"Nguyễn', '"Trần'))).toEqual({ ok: false, problem: 'altered' });
  expect(await decodeReportFile('[]')).toEqual({ ok: false, problem: 'not-report' });
  const single = await decodeReportFile(one);
  expect(single.ok && single.reports).toHaveLength(1);
});
