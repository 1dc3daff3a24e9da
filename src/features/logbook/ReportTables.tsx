import { translator, type Strings } from '../../i18n/strings';
import { RESULTS, TAGS } from '../../lib/logbook/entry';
import { helped, teamTotals } from '../../lib/logbook/team-report';
import type { WeeklyReport } from '../../lib/logbook/weekly-report';
import { kindName, type KindName } from './kinds';

interface Props {
  strings: Strings;
  kinds: KindName[];
  reports: WeeklyReport[];
  caption: string;
}

/** Counts by kind of help and result, with totals, and whom the help reached: a volunteer's week or a whole team's. */
export default function ReportTables({ strings, kinds, reports, caption }: Props) {
  const t = translator(strings);
  const totals = teamTotals(reports);
  const tags = TAGS.filter((tag) => totals.byTag.has(tag));
  return (
    <>
      <table className="logbook-table" data-report="by-kind">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('logbook.week.kind')}</th>
            {RESULTS.map((r) => <th key={r} scope="col">{t(`logbook.result.${r}`)}</th>)}
            <th scope="col">{t('logbook.week.total')}</th>
          </tr>
        </thead>
        <tbody>
          {[...totals.byKind].map(([kind, counts]) => (
            <tr key={kind} data-kind={kind}>
              <th scope="row">{kindName(kinds, kind)}</th>
              {counts.map((n, i) => <td key={RESULTS[i]} data-result={RESULTS[i]}>{n}</td>)}
              <td data-result="total">{helped(counts)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-kind="total">
            <th scope="row">{t('logbook.week.total')}</th>
            {totals.all.map((n, i) => <td key={RESULTS[i]} data-result={RESULTS[i]}>{n}</td>)}
            <td data-result="total">{helped(totals.all)}</td>
          </tr>
        </tfoot>
      </table>
      <p data-report="helped">{t('logbook.week.helped', { n: helped(totals.all) })}</p>
      {tags.length > 0 && (
        <>
          <h4>{t('logbook.week.tags')}</h4>
          <ul>{tags.map((tag) => <li key={tag} data-tag={tag}>{t(`logbook.tag.${tag}`)}: {totals.byTag.get(tag)}</li>)}</ul>
        </>
      )}
    </>
  );
}
