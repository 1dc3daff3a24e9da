import { useEffect, useRef, useState } from 'react';
import { translator, type Strings } from '../../i18n/strings';
import type { UiKey } from '../../i18n';
import { decodeClassReport, MAX_CLASS_REPORT_BYTES } from '../../lib/trainer/class-report';
import { DEFAULT_CLASS_ID, resolveReport, type RosterEntry } from '../../lib/trainer/roster';
import { rosterCsv, type RosterCourse } from '../../lib/trainer/roster-csv';
import type { Lang } from '../../lib/routes';
import { rosterStatements } from '../../lib/trainer/xapi';
import { loadStore, useLive, useStorageState } from '../learner/learner-hooks';
import { download, fileName } from '../../browser/save-file';
import StorageBanner from '../learner/StorageBanner';
import { formatDay } from '../../lib/format-date';

interface Props {
  lang: Lang;
  strings: Strings;
  courses: RosterCourse[];
  /** The site's address: xAPI activities and learner accounts live under it. */
  site: string;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;
/** A phone photo is a few MB; anything much bigger is not a photo of a QR code. */
const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/** "My class": a trainer collects learners' reports by QR code or file and keeps the roster on this device. */
export default function ClassApp({ lang, strings, courses, site }: Props) {
  const t = translator(strings);
  const storage = useStorageState();
  const [message, setMessage] = useState<Message>(null);
  const [scanning, setScanning] = useState(false);
  const [confirm, setConfirm] = useState<RosterEntry | 'all' | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const scan = useRef<AbortController | null>(null);
  const photoInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const roster = useLive(async ({ learnerDb }) => {
    try {
      return await learnerDb().roster.where('classId').equals(DEFAULT_CLASS_ID).toArray();
    } catch {
      return [];
    }
  }, []);
  const entries = [...(roster ?? [])].sort((a, b) => a.name.localeCompare(b.name, lang));
  const reportCourses = courses.map((c) => ({ slug: c.slug, moduleIds: c.modules.map((m) => m.id) }));

  useEffect(() => () => scan.current?.abort(), []);
  useEffect(() => {
    void import('../../browser/qr-reader').then((reader) => reader.warmQrReader(), () => undefined);
  }, []);

  const fail = (key: UiKey) => setMessage({ kind: 'error', text: t(key) });

  /** Checks a report whole and adds it; true when it was added. */
  const addReport = async (text: string): Promise<boolean> => {
    const decoded = await decodeClassReport(text);
    if (!decoded.ok) {
      fail(`class.error.${decoded.problem}` as UiKey);
      return false;
    }
    const resolved = resolveReport(decoded.report, reportCourses);
    if (!resolved.ok) {
      fail('class.error.unknown-module');
      return false;
    }
    try {
      const store = await loadStore();
      const known = await store.learnerDb().roster.get([DEFAULT_CLASS_ID, decoded.report.k]);
      const entry = await store.addToClass(decoded.report, resolved.modules);
      setMessage({ kind: 'ok', text: t(known ? 'class.updated' : 'class.added', { name: entry.name, n: resolved.modules.length }) });
      return true;
    } catch (error) {
      const store = await loadStore();
      fail(`storage.error.${store.storageProblem(error)}` as UiKey);
      return false;
    }
  };

  const startScan = async () => {
    setMessage(null);
    if (!navigator.mediaDevices?.getUserMedia) return fail('class.error.no-camera');
    const controller = new AbortController();
    scan.current = controller;
    setScanning(true);
    try {
      const { scanWithCamera } = await import('../../browser/qr-reader');
      await scanWithCamera(video.current!, addReport, controller.signal);
    } catch {
      fail('class.error.no-camera');
    } finally {
      controller.abort();
      setScanning(false);
    }
  };

  const fromPhoto = async (file: File | undefined) => {
    if (!file) return;
    if (photoInput.current) photoInput.current.value = '';
    setMessage(null);
    if (file.size > MAX_IMAGE_BYTES) return fail('class.error.image-too-big');
    let text: string | undefined;
    try {
      const { readQrFromImage } = await import('../../browser/qr-reader');
      text = await readQrFromImage(file);
    } catch {
      return fail('class.error.not-image');
    }
    if (!text) return fail('class.error.no-qr');
    await addReport(text);
  };

  const fromFile = async (file: File | undefined) => {
    if (!file) return;
    if (fileInput.current) fileInput.current.value = '';
    setMessage(null);
    if (file.size > MAX_CLASS_REPORT_BYTES) return fail('class.error.too-big');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail('class.error.not-report');
    }
    await addReport(text);
  };

  const remove = async (target: RosterEntry | 'all') => {
    const store = await loadStore();
    try {
      if (target === 'all') await store.clearClass();
      else await store.removeFromClass(target.learnerId);
      setMessage({ kind: 'ok', text: target === 'all' ? t('class.cleared') : t('class.removed', { name: target.name }) });
    } catch (error) {
      fail(`storage.error.${store.storageProblem(error)}` as UiKey);
    }
    setConfirm(null);
  };

  const exportCsv = () => {
    const csv = rosterCsv(entries, courses, {
      learner: t('class.table.learner'), course: t('class.csv.course'), module: t('class.csv.module'), status: t('class.csv.status'),
      score: t('class.csv.score'), minutes: t('class.csv.minutes'), date: t('class.csv.date'),
      'in-progress': t('progress.status.in-progress'), completed: t('progress.status.completed'),
    });
    download(new File([csv], fileName(t('class.fileLabel'), new Date(), 'csv'), { type: 'text/csv;charset=utf-8' }));
  };

  const exportXapi = () => {
    const statements = rosterStatements(entries, courses, site, lang);
    download(new File([JSON.stringify(statements, null, 1)], fileName(`${t('class.fileLabel')} xapi`, new Date()), { type: 'application/json' }));
  };

  const shownCourses = courses.filter((c) => entries.some((e) => e.modules.some((m) => c.modules.some((cm) => cm.id === m.moduleId))));

  return (
    <div className="class-app">
      <StorageBanner strings={strings} />
      <div aria-live="polite" className="class-app__message">
        {message && <p className={`banner ${message.kind === 'error' ? 'banner--warning' : 'banner--ok'}`}>{message.text}</p>}
      </div>

      <section aria-labelledby="class-add-title">
        <h2 id="class-add-title">{t('class.add.title')}</h2>
        <p>{t('class.add.lead')}</p>
        <p className="form-actions">
          {scanning ? (
            <button type="button" className="button" onClick={() => scan.current?.abort()}>{t('class.add.stopCamera')}</button>
          ) : (
            <button type="button" className="button" onClick={() => void startScan()} disabled={storage === 'unavailable'}>{t('class.add.camera')}</button>
          )}
        </p>
        <video ref={video} className="class-app__video" hidden={!scanning} muted playsInline aria-label={t('class.add.cameraView')} />
        <p className="class-app__file">
          <label htmlFor="class-photo">{t('class.add.photo')}</label>
          <input id="class-photo" ref={photoInput} type="file" accept="image/*" disabled={storage === 'unavailable'} onChange={(e) => void fromPhoto(e.target.files?.[0])} />
        </p>
        <p className="class-app__file">
          <label htmlFor="class-file">{t('class.add.file')}</label>
          <input id="class-file" ref={fileInput} type="file" accept="application/json,.json" disabled={storage === 'unavailable'} onChange={(e) => void fromFile(e.target.files?.[0])} />
        </p>
        <p className="muted">{t('class.add.digest')}</p>
      </section>

      <section aria-labelledby="class-roster-title">
        <h2 id="class-roster-title">{t('class.roster.title', { n: entries.length })}</h2>
        {entries.length === 0 && <p>{t('class.roster.empty')}</p>}
        {shownCourses.map((course) => (
          <div key={course.slug} className="class-app__table" role="region" aria-labelledby={`roster-${course.slug}`} tabIndex={0}>
            <table data-course={course.slug}>
              <caption id={`roster-${course.slug}`}>{course.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('class.table.learner')}</th>
                  {course.modules.map((m, index) => (
                    <th key={m.id} scope="col">
                      {t('class.table.module', { n: index + 1 })}
                      <span className="visually-hidden">: {m.title}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.learnerId} data-learner={entry.learnerId}>
                    <th scope="row">{entry.name}</th>
                    {course.modules.map((m) => {
                      const r = entry.modules.find((x) => x.moduleId === m.id);
                      return (
                        <td key={m.id} data-module={m.id} data-status={r?.status ?? 'not-started'}>
                          {r ? (
                            <>
                              <span className={`status status--${r.status}`}>{t(`progress.status.${r.status}`)}</span>
                              {r.score !== null && <span className="class-app__score">{r.score}%</span>}
                              <span className="muted class-app__date">{formatDay(r.date, lang)}</span>
                            </>
                          ) : (
                            <span className="muted">{t('progress.status.not-started')}</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            <ol className="class-app__legend muted">
              {course.modules.map((m) => (
                <li key={m.id}>{m.title}</li>
              ))}
            </ol>
          </div>
        ))}

        {entries.length > 0 && (
          <>
            <h3>{t('class.learners.title')}</h3>
            <ul className="class-app__learners">
              {entries.map((entry) => (
                <li key={entry.learnerId}>
                  <span>{entry.name}</span> <span className="muted">{t('class.learners.reported', { date: formatDay(entry.reportedAt.slice(0, 10), lang) })}</span>{' '}
                  <button type="button" className="button button--quiet" onClick={() => setConfirm(entry)}>{t('class.remove', { name: entry.name })}</button>
                </li>
              ))}
            </ul>
            {confirm && (
              <div className="card" role="group" aria-labelledby="class-confirm">
                <p id="class-confirm">{confirm === 'all' ? t('class.clear.confirm', { n: entries.length }) : t('class.remove.confirm', { name: confirm.name })}</p>
                <p className="form-actions">
                  <button type="button" className="button button--danger" onClick={() => void remove(confirm)}>{t('class.remove.yes')}</button>
                  <button type="button" className="button button--quiet" onClick={() => setConfirm(null)}>{t('common.cancel')}</button>
                </p>
              </div>
            )}

            <h3>{t('class.export.title')}</h3>
            <p className="form-actions">
              <button type="button" className="button" onClick={exportCsv}>{t('class.export.csv')}</button>
              <button type="button" className="button button--quiet" onClick={exportXapi}>{t('class.export.xapi')}</button>
            </p>
            <p className="muted">{t('class.export.help')}</p>
            <p>
              <button type="button" className="button button--quiet" onClick={() => setConfirm('all')}>{t('class.clear')}</button>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
