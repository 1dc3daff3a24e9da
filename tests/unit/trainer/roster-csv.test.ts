import { expect, test } from 'vitest';
import { rosterCsv, type RosterCsvLabels } from '../../../src/lib/trainer/roster-csv';
import type { RosterEntry } from '../../../src/lib/trainer/roster';

const labels: RosterCsvLabels = {
  learner: 'Người học', course: 'Khóa học', module: 'Bài', status: 'Trạng thái', score: 'Điểm (%)', minutes: 'Số phút', date: 'Ngày',
  'in-progress': 'Đang học', completed: 'Đã xong',
};
const courses = [{ slug: 'vneid', title: 'VNeID', modules: [{ id: 'vneid/a', title: 'VNeID là gì?' }, { id: 'vneid/b', title: 'Cài đặt, "đăng ký"' }] }];

function entry(name: string, learnerId: string): RosterEntry {
  return {
    classId: 'default', learnerId, name, reportedAt: '2026-11-23T00:00:00Z', updatedAt: '2026-11-23T00:00:00Z',
    modules: [
      { moduleId: 'vneid/b', status: 'in-progress', score: null, minutes: 3, date: '2026-11-22', reportedAt: '2026-11-23T00:00:00Z' },
      { moduleId: 'vneid/a', status: 'completed', score: 90, minutes: 12, date: '2026-11-21', reportedAt: '2026-11-23T00:00:00Z' },
    ],
  };
}

test('rosterCsv: BOM, a header, one line per learner and module in course order, CRLF', () => {
  const csv = rosterCsv([entry('Minh', 'B'), entry('=1+1', 'A')], courses, labels);
  expect(csv.split('\r\n')).toEqual([
    '\uFEFF"Người học","Khóa học","Bài","Trạng thái","Điểm (%)","Số phút","Ngày"',
    `"'=1+1","VNeID","VNeID là gì?","Đã xong","90","12","2026-11-21"`,
    `"'=1+1","VNeID","Cài đặt, ""đăng ký""","Đang học","","3","2026-11-22"`,
    '"Minh","VNeID","VNeID là gì?","Đã xong","90","12","2026-11-21"',
    '"Minh","VNeID","Cài đặt, ""đăng ký""","Đang học","","3","2026-11-22"',
    '',
  ]);
});
