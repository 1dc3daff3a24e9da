import { useEffect, useRef, useState } from 'react';
import { translator, type Strings } from '../../i18n/strings';
import type { UiKey } from '../../i18n';
import { helped, teamTotals } from '../../lib/logbook/team-report';
import { decodeReportFile, encodeTeamFile, MAX_TEAM_FILE_BYTES, type WeeklyReport } from '../../lib/logbook/weekly-report';
import { reportsCsv } from '../../lib/logbook/report-csv';
import { formatWeek } from '../../lib/logbook/week';
import type { Profile } from '../../lib/learner/learner';
import type { Lang } from '../../lib/routes';
import { download, fileName, shareOrDownload } from '../../browser/save-file';
import { loadStore, useLive } from '../learner/learner-hooks';
import { printPart, type KindName } from './kinds';
import { reportCsvLabels } from './report-labels';
import ReportTables from './ReportTables';

interface Props {
  lang: Lang;
  strings: Strings;
  kinds: KindName[];
}

/** A phone photo is a few MB; anything much bigger is not a photo of a QR code. */
const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
/** A QR code holds about 2.3 KB; past this a phone reads it badly from a screen, and the file is the way. */
const MAX_QR_BYTES = 1800;
/** Past what a version 15 code holds (level M), a phone may struggle to read it from a screen; the file always works. */
const LARGE_QR_BYTES = 520;

/** The team leader's view: merge volunteers' weekly reports, see the team's totals, export them; kept under their profile. */
export default function TeamApp({ lang, strings, kinds, leader }: Props & { leader: Profile }) {
  const t = translator(strings);
  const [messages, setMessages] = useState<{ kind: 'ok' | 'error'; text: string }[]>([]);
  const [scanning, setScanning] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [showQr, setShowQr] = useState(false);
  const [qr, setQr] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const scan = useRef<AbortController | null>(null);
  const reports = useLive(async (store) => {
    try {
      return await store.teamReports(leader.id);
    } catch {
      return [];
    }
  }, [leader.id]) ?? [];

  useEffect(() => () => scan.current?.abort(), []);
  const teamFile = encodeTeamFile(reports);
  const teamFileBytes = new TextEncoder().encode(teamFile).length;
  const fitsQr = teamFileBytes <= MAX_QR_BYTES;
  useEffect(() => {
    setQr(null);
    if (!showQr || !fitsQr || reports.length === 0) return;
    let cancelled = false;
    void import('../../browser/qr-image').then(async ({ qrDataUrl }) => {
      const url = await qrDataUrl(teamFile);
      if (!cancelled) setQr(url);
    });
    return () => {
      cancelled = true;
    };
  }, [showQr, fitsQr, teamFile, reports.length]);

  const leading = reports.length > 0;
  useEffect(() => {
    // The QR decoder is not precached: once someone leads a team, it is fetched while online, so it is there when they
    // scan in a hall without a network. Volunteers who never merge a report do not pay for it.
    if (leading) void import('../../browser/qr-reader').then((reader) => reader.warmQrReader(), () => undefined);
  }, [leading]);

  /** Merges checked reports; returns the message saying what changed. */
  const merge = async (incoming: WeeklyReport[]) => {
    const store = await loadStore();
    try {
      const outcome = await store.mergeIntoTeam(leader.id, incoming);
      return { kind: 'ok' as const, text: t('team.merged', { ...outcome }) };
    } catch (error) {
      return { kind: 'error' as const, text: t(`storage.error.${store.storageProblem(error)}` as UiKey) };
    }
  };

  const fromFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    const refused: string[] = [];
    const good: WeeklyReport[] = [];
    for (const file of files) {
      const decoded = file.size > MAX_TEAM_FILE_BYTES ? ({ ok: false, problem: 'too-big' } as const) : await decodeReportFile(await file.text().catch(() => ''));
      if (decoded.ok) good.push(...decoded.reports);
      else refused.push(t('team.refused', { file: file.name, reason: t(`team.error.${decoded.problem}`) }));
    }
    const merged = good.length > 0 ? [await merge(good)] : [];
    setMessages([...merged, ...refused.map((text) => ({ kind: 'error' as const, text }))]);
  };

  /** A QR code holds one volunteer's report, or a small team's reports. */
  const fromText = async (text: string): Promise<boolean> => {
    const decoded = await decodeReportFile(text);
    if (!decoded.ok) {
      setMessages([{ kind: 'error', text: t(`team.error.${decoded.problem}`) }]);
      return false;
    }
    setMessages([await merge(decoded.reports)]);
    return true;
  };

  const fromPhoto = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) return setMessages([{ kind: 'error', text: t('team.error.not-image') }]);
    let text: string | undefined;
    try {
      text = await (await import('../../browser/qr-reader')).readQrFromImage(file);
    } catch {
      return setMessages([{ kind: 'error', text: t('team.error.not-image') }]);
    }
    if (!text) return setMessages([{ kind: 'error', text: t('team.error.no-qr') }]);
    await fromText(text);
  };

  const startScan = async () => {
    setMessages([]);
    if (!navigator.mediaDevices?.getUserMedia) return setMessages([{ kind: 'error', text: t('team.error.no-camera') }]);
    const controller = new AbortController();
    scan.current = controller;
    setScanning(true);
    try {
      await (await import('../../browser/qr-reader')).scanWithCamera(video.current!, fromText, controller.signal);
    } catch {
      setMessages([{ kind: 'error', text: t('team.error.no-camera') }]);
    } finally {
      controller.abort();
      setScanning(false);
    }
  };

  const clear = async () => {
    setConfirmClear(false);
    try {
      await (await loadStore()).clearTeam(leader.id);
      setMessages([{ kind: 'ok', text: t('team.cleared') }]);
    } catch (error) {
      setMessages([{ kind: 'error', text: t(`storage.error.${(await loadStore()).storageProblem(error)}` as UiKey) }]);
    }
  };

  const label = `${t('logbook.teamFileLabel')} ${leader.name}`;
  const totals = teamTotals(reports);
  const volunteers = new Set(reports.map((r) => r.k)).size;
  const byWeek = [...reports].sort((a, b) => a.w.localeCompare(b.w) || a.n.localeCompare(b.n, lang));

  return (
    <section aria-labelledby="team-title" className="team-app">
      <h2 id="team-title">{t('team.title')}</h2>
      <div className="no-print">
        <p>{t('team.lead')}</p>
        <p>
          <label className="logbook-form__label" htmlFor="team-files">{t('team.add.files')}</label>
          <input id="team-files" type="file" multiple accept="application/json,.json" onChange={(e) => void fromFiles(e.currentTarget)} />
        </p>
        <p>
          <label className="logbook-form__label" htmlFor="team-photo">{t('team.add.photo')}</label>
          <input id="team-photo" type="file" accept="image/*" onChange={(e) => void fromPhoto(e.currentTarget)} />
        </p>
        <p className="form-actions">
          {scanning ? (
            <button type="button" className="button" onClick={() => scan.current?.abort()}>{t('team.add.stopCamera')}</button>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => void startScan()}>{t('team.add.camera')}</button>
          )}
        </p>
        <video ref={video} hidden={!scanning} muted playsInline aria-label={t('team.add.cameraView')} />
        <div aria-live="polite">
          {messages.map((m, i) => <p key={i} className={`banner ${m.kind === 'error' ? 'banner--warning' : 'banner--ok'}`}>{m.text}</p>)}
        </div>
      </div>

      <div className="team-app__report">
        {reports.length === 0 ? (
          <p>{t('team.empty')}</p>
        ) : (
          <>
            <p data-report="team-summary">{t('team.totals', { reports: reports.length, volunteers, n: helped(totals.all) })}</p>
            <h3>{t('team.byKind')}</h3>
            <ReportTables strings={strings} kinds={kinds} reports={reports} caption={t('team.title')} />
            <h3>{t('team.byWeek')}</h3>
            <table className="logbook-table" data-report="by-week">
              <caption className="visually-hidden">{t('team.byWeek')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('team.week')}</th>
                  <th scope="col">{t('team.volunteers')}</th>
                  <th scope="col">{t('logbook.result.done')}</th>
                  <th scope="col">{t('logbook.result.handed-over')}</th>
                  <th scope="col">{t('logbook.result.could-not')}</th>
                  <th scope="col">{t('logbook.week.total')}</th>
                </tr>
              </thead>
              <tbody>
                {[...totals.byWeek].map(([week, { counts, volunteers: n }]) => (
                  <tr key={week} data-week={week}>
                    <th scope="row">{formatWeek(lang, week)}</th>
                    <td>{n}</td>
                    {counts.map((c, i) => <td key={i}>{c}</td>)}
                    <td data-result="total">{helped(counts)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{t('team.difficulties')}</h3>
            <ul className="team-app__list">
              {byWeek.flatMap((r) => r.d.map((d, i) => <li key={`${r.k}${r.w}${i}`}><span className="muted">{formatWeek(lang, r.w)} · {r.n}:</span> {d}</li>))}
            </ul>
            <div className="no-print">
              <p className="form-actions">
                <button type="button" className="button" onClick={() => printPart('team')}>{t('logbook.week.print')}</button>
                <button type="button" className="button button--quiet" onClick={() => download(new File([reportsCsv(reports, reportCsvLabels(lang, t, kinds))], fileName(label, new Date(), 'csv'), { type: 'text/csv;charset=utf-8' }))}>
                  {t('logbook.week.csv')}
                </button>
                <button type="button" className="button button--quiet" onClick={() => void shareOrDownload(new File([teamFile], fileName(label, new Date()), { type: 'application/json' }))}>
                  {t('team.export.file')}
                </button>
                <button type="button" className="button button--quiet" aria-expanded={showQr} aria-controls="team-qr" onClick={() => setShowQr(!showQr)}>
                  {showQr ? t('logbook.week.hideQr') : t('team.export.showQr')}
                </button>
              </p>
              <div id="team-qr" className="logbook-qr" hidden={!showQr}>
                {fitsQr ? qr && <img src={qr} width={320} height={320} alt={t('team.export.qrLabel', { name: leader.name, n: reports.length })} /> : <p className="banner">{t('team.export.qrTooBig')}</p>}
                {fitsQr && teamFileBytes > LARGE_QR_BYTES && <p className="banner">{t('logbook.week.large')}</p>}
              </div>
              <p className="muted">{t('team.export.help')}</p>
              {confirmClear ? (
                <div className="card" role="group" aria-labelledby="team-clear-confirm">
                  <p id="team-clear-confirm">{t('team.clearConfirm', { n: reports.length })}</p>
                  <p className="form-actions">
                    <button type="button" className="button button--danger" onClick={() => void clear()}>{t('team.clearYes')}</button>
                    <button type="button" className="button button--quiet" onClick={() => setConfirmClear(false)}>{t('common.cancel')}</button>
                  </p>
                </div>
              ) : (
                <p><button type="button" className="button button--quiet" onClick={() => setConfirmClear(true)}>{t('team.clear')}</button></p>
              )}
            </div>
          </>
        )}
      </div>
    </section>
  );
}
