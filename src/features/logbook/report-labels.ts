import type { translator } from '../../i18n/strings';
import type { ReportCsvLabels } from '../../lib/logbook/report-csv';
import { formatWeek } from '../../lib/logbook/week';
import type { Lang } from '../../lib/routes';
import { kindName, type KindName } from './kinds';

/** The CSV's headings and names in the page's language: the volunteer's week and the team's report share them. */
export function reportCsvLabels(lang: Lang, t: ReturnType<typeof translator>, kinds: readonly KindName[]): ReportCsvLabels {
  return {
    week: t('logbook.csv.week'),
    volunteer: t('logbook.csv.volunteer'),
    kind: t('logbook.week.kind'),
    total: t('logbook.week.total'),
    difficulty: t('logbook.csv.difficulty'),
    results: { done: t('logbook.result.done'), 'handed-over': t('logbook.result.handed-over'), 'could-not': t('logbook.result.could-not') },
    kindName: (kind) => kindName(kinds, kind),
    weekName: (monday) => formatWeek(lang, monday),
  };
}
