import { expect, test } from 'vitest';
import { reportsCsv, type ReportCsvLabels } from '../../../src/lib/logbook/report-csv';
import type { WeeklyReport } from '../../../src/lib/logbook/weekly-report';

const labels: ReportCsvLabels = {
  week: 'Tuần', volunteer: 'Tình nguyện viên', kind: 'Loại việc', total: 'Tổng', difficulty: 'Khó khăn',
  results: { done: 'Xong', 'handed-over': 'Chuyển cán bộ xã', 'could-not': 'Không làm được' },
  kindName: (kind) => ({ vneid: 'Cài VNeID' })[kind] ?? kind,
  weekName: (monday) => `Tuần ${monday}`,
};
const report = (n: string, w: string, c: WeeklyReport['c'], d: string[] = []): WeeklyReport => ({ v: 1, k: 'k'.repeat(12), n, w, t: `${w}T20:00:00Z`, c, r: [], g: [], d, h: 'h'.repeat(22) });

test('one line per volunteer, week and kind, then the difficulties; formulas stay text', () => {
  const csv = reportsCsv([report('=Hùng', '2026-11-23', [['vneid', 2, 1, 0], ['new-kind', 0, 0, 1]], ['Sóng yếu, "thôn 3"']), report('An', '2026-11-16', [['vneid', 1, 0, 0]])], labels);
  expect(csv.split('\r\n')).toEqual([
    '\uFEFF"Tuần","Tình nguyện viên","Loại việc","Xong","Chuyển cán bộ xã","Không làm được","Tổng"',
    '"Tuần 2026-11-16","An","Cài VNeID","1","0","0","1"',
    `"Tuần 2026-11-23","'=Hùng","Cài VNeID","2","1","0","3"`,
    `"Tuần 2026-11-23","'=Hùng","new-kind","0","0","1","1"`,
    '',
    '"Tuần","Tình nguyện viên","Khó khăn"',
    `"Tuần 2026-11-23","'=Hùng","Sóng yếu, ""thôn 3"""`,
    '',
  ]);
});
