import type { HelpTag } from './entry';
import type { ResultCounts, WeeklyReport } from './weekly-report';

/** What merging some reports into the team's did: counted by what happened to each report. */
export interface MergeOutcome {
  reports: WeeklyReport[];
  /** A volunteer's week the team did not have. */
  added: number;
  /** A newer report of a volunteer's week the team had: it replaces the older one. */
  replaced: number;
  /** The same report again, or an older one: nothing changes. */
  unchanged: number;
}

/** A volunteer's week: at most one report each in the team's totals. */
export const reportKey = (report: Pick<WeeklyReport, 'k' | 'w'>) => `${report.k}|${report.w}`;

/** Merges reports into the team's: one per volunteer and week, the newer one kept, so merging twice counts nothing twice. */
export function mergeTeamReports(team: readonly WeeklyReport[], incoming: readonly WeeklyReport[]): MergeOutcome {
  const byKey = new Map(team.map((r) => [reportKey(r), r]));
  const outcome: MergeOutcome = { reports: [], added: 0, replaced: 0, unchanged: 0 };
  for (const report of incoming) {
    const known = byKey.get(reportKey(report));
    if (!known) outcome.added++;
    else if (report.t > known.t) outcome.replaced++;
    else {
      outcome.unchanged++;
      continue;
    }
    byKey.set(reportKey(report), report);
  }
  outcome.reports = [...byKey.values()];
  return outcome;
}

export interface TeamTotals {
  /** Per kind of help, in order of first appearance: its counts by result. */
  byKind: Map<string, ResultCounts>;
  /** Per week (its Monday, oldest first): counts by result and how many volunteers reported. */
  byWeek: Map<string, { counts: ResultCounts; volunteers: number }>;
  byTag: Map<HelpTag, number>;
  all: ResultCounts;
}

const add = (a: ResultCounts, b: readonly number[]): ResultCounts => [a[0] + (b[0] ?? 0), a[1] + (b[1] ?? 0), a[2] + (b[2] ?? 0)];

/** The team's totals: by kind, by result, by week, by whom the help reached. */
export function teamTotals(reports: readonly WeeklyReport[]): TeamTotals {
  const totals: TeamTotals = { byKind: new Map(), byWeek: new Map(), byTag: new Map(), all: [0, 0, 0] };
  for (const report of [...reports].sort((a, b) => a.w.localeCompare(b.w))) {
    const week = totals.byWeek.get(report.w) ?? { counts: [0, 0, 0] as ResultCounts, volunteers: 0 };
    week.volunteers++;
    for (const [kind, ...counts] of report.c) {
      totals.byKind.set(kind, add(totals.byKind.get(kind) ?? [0, 0, 0], counts));
      week.counts = add(week.counts, counts);
      totals.all = add(totals.all, counts);
    }
    totals.byWeek.set(report.w, week);
    for (const [tag, n] of report.g) totals.byTag.set(tag, (totals.byTag.get(tag) ?? 0) + n);
  }
  return totals;
}

/** Residents helped, whatever the result. */
export const helped = (counts: readonly number[]) => counts.reduce((sum, n) => sum + n, 0);
