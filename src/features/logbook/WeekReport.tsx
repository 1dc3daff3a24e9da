import { useEffect, useState } from 'react';
import { translator, type Strings } from '../../i18n/strings';
import type { LogEntry } from '../../lib/logbook/entry';
import { addDays, formatWeek, inWeek } from '../../lib/logbook/week';
import { buildWeeklyReport, encodeWeeklyReport, volunteerKey, type WeeklyReport } from '../../lib/logbook/weekly-report';
import { reportsCsv } from '../../lib/logbook/report-csv';
import type { Profile } from '../../lib/learner/learner';
import type { Lang } from '../../lib/routes';
import { download, fileName, shareOrDownload } from '../../browser/save-file';
import { printPart, type KindName } from './kinds';
import { reportCsvLabels } from './report-labels';
import ReportTables from './ReportTables';

interface Props {
  lang: Lang;
  strings: Strings;
  kinds: KindName[];
  profile: Profile;
  entries: LogEntry[];
  monday: string;
  setMonday: (monday: string) => void;
}

/** Above this QR version a phone may struggle to read the code from a screen; the file always works. */
const LARGE_QR_VERSION = 15;

/** The week's report: counts by kind and result, the difficulties, and ways to print it, open it in Excel or send it. */
export default function WeekReport({ lang, strings, kinds, profile, entries, monday, setMonday }: Props) {
  const t = translator(strings);
  const [qr, setQr] = useState<{ url: string; large: boolean } | null>(null);
  const [showQr, setShowQr] = useState(false);
  const [error, setError] = useState('');
  const week = entries.filter((e) => inWeek(e.day, monday));
  const range = formatWeek(lang, monday);
  const order = kinds.map((k) => k.id);
  // The report as shown; made again, with its digest, when it is sent.
  const shown: WeeklyReport = { ...buildWeeklyReport({ key: '', name: profile.name }, monday, entries, order, new Date().toISOString()), h: '' };

  const reportText = async () =>
    encodeWeeklyReport(buildWeeklyReport({ key: await volunteerKey(profile.id), name: profile.name }, monday, entries, order, new Date().toISOString()));

  const weekKey = week.map((e) => `${e.id}:${e.updatedAt}`).join('|');
  useEffect(() => {
    setQr(null);
    if (!showQr || week.length === 0) return;
    let cancelled = false;
    void (async () => {
      try {
        const text = await reportText();
        const [{ qrDataUrl }, QRCode] = await Promise.all([import('../../browser/qr-image'), import('qrcode')]);
        const url = await qrDataUrl(text);
        if (!cancelled) setQr({ url, large: QRCode.create(text, { errorCorrectionLevel: 'M' }).version > LARGE_QR_VERSION });
      } catch {
        if (!cancelled) setError(t('logbook.week.error'));
      }
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [showQr, monday, weekKey, profile.name]);

  const saveFile = async () => {
    setError('');
    try {
      const text = await reportText();
      await shareOrDownload(new File([text], fileName(`${t('logbook.fileLabel')} ${profile.name} ${monday}`, new Date()), { type: 'application/json' }));
    } catch {
      setError(t('logbook.week.error'));
    }
  };

  const saveCsv = () => {
    const csv = reportsCsv([shown], reportCsvLabels(lang, t, kinds));
    download(new File([csv], fileName(`${t('logbook.fileLabel')} ${profile.name} ${monday}`, new Date(), 'csv'), { type: 'text/csv;charset=utf-8' }));
  };

  return (
    <section aria-labelledby="logbook-week-title" className="logbook-week">
      <h2 id="logbook-week-title">{t('logbook.week.title')}</h2>
      <p className="logbook-week__nav no-print">
        <button type="button" className="button button--quiet" onClick={() => setMonday(addDays(monday, -7))}>{t('logbook.week.previous')}</button>
        <button type="button" className="button button--quiet" onClick={() => setMonday(addDays(monday, 7))}>{t('logbook.week.next')}</button>
      </p>
      <h3 id="logbook-week-range">{t('logbook.week.range', { range })}</h3>
      <p>{t('logbook.week.volunteer', { name: profile.name })}</p>
      {week.length === 0 ? (
        <p>{t('logbook.week.empty')}</p>
      ) : (
        <>
          <ReportTables strings={strings} kinds={kinds} reports={[shown]} caption={t('logbook.week.range', { range })} />
          {shown.r.length > 0 && (
            <>
              <h4>{t('logbook.week.reasons')}</h4>
              <ul>{shown.r.map(([reason, n]) => <li key={reason}>{t(`logbook.reason.${reason}`)}: {n}</li>)}</ul>
            </>
          )}
          <h4>{t('logbook.week.difficulties')}</h4>
          {shown.d.length === 0 ? <p>{t('logbook.week.noDifficulties')}</p> : <ul className="logbook-week__difficulties">{shown.d.map((d, i) => <li key={i}>{d}</li>)}</ul>}
          <div className="no-print">
            <p className="form-actions">
              <button type="button" className="button" onClick={() => printPart('week')}>{t('logbook.week.print')}</button>
              <button type="button" className="button button--quiet" onClick={saveCsv}>{t('logbook.week.csv')}</button>
            </p>
            <p className="form-actions">
              <button type="button" className="button" onClick={() => void saveFile()}>{t('logbook.week.file')}</button>
              <button type="button" className="button button--quiet" aria-expanded={showQr} aria-controls="logbook-qr" onClick={() => setShowQr(!showQr)}>
                {showQr ? t('logbook.week.hideQr') : t('logbook.week.showQr')}
              </button>
            </p>
            <div id="logbook-qr" className="logbook-qr" hidden={!showQr}>
              {qr && <img src={qr.url} width={320} height={320} alt={t('logbook.week.qrLabel', { name: profile.name, range })} />}
              {qr?.large && <p className="banner">{t('logbook.week.large')}</p>}
            </div>
            {error && <p className="field-error" role="alert">{error}</p>}
            <p className="muted">{t('logbook.week.sendHelp')}</p>
          </div>
        </>
      )}
    </section>
  );
}
