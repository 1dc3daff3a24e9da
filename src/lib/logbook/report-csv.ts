import { csvFile } from '../csv';
import { RESULTS, type HelpResult } from './entry';
import type { WeeklyReport } from './weekly-report';

/** Column headings and names in the reader's language. */
export interface ReportCsvLabels {
  week: string;
  volunteer: string;
  kind: string;
  total: string;
  difficulty: string;
  results: Record<HelpResult, string>;
  /** A kind of help's name by its id; an id this site does not know is shown as it is. */
  kindName: (kind: string) => string;
  /** A week's Monday as people write the week. */
  weekName: (monday: string) => string;
}

/**
 * The reports as one table Excel can sum or pivot: a line per volunteer, week and kind of help with its counts by
 * result, then the week's difficulties, one per line. Works for one volunteer's week and for a whole team.
 */
export function reportsCsv(reports: readonly WeeklyReport[], labels: ReportCsvLabels): string {
  const sorted = [...reports].sort((a, b) => a.w.localeCompare(b.w) || a.n.localeCompare(b.n, 'vi'));
  const rows: (string | number)[][] = [[labels.week, labels.volunteer, labels.kind, ...RESULTS.map((r) => labels.results[r]), labels.total]];
  for (const report of sorted) {
    for (const [kind, ...counts] of report.c) {
      rows.push([labels.weekName(report.w), report.n, labels.kindName(kind), ...counts, counts.reduce((a, b) => a + b, 0)]);
    }
  }
  const difficulties = sorted.flatMap((report) => report.d.map((note) => [labels.weekName(report.w), report.n, note]));
  if (difficulties.length > 0) rows.push([], [labels.week, labels.volunteer, labels.difficulty], ...difficulties);
  return csvFile(rows);
}
