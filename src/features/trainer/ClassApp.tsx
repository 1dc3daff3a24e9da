import { useEffect, useRef, useState } from 'react';
import { translator, type Strings } from '../../i18n/strings';
import type { UiKey } from '../../i18n';
import { decodeClassReport, MAX_CLASS_REPORT_BYTES } from '../../lib/trainer/class-report';
import { DEFAULT_CLASS_ID, resolveReport, type RosterEntry } from '../../lib/trainer/roster';
import { rosterCsv, type RosterCourse } from '../../lib/trainer/roster-csv';
import type { Lang } from '../../lib/routes';
import { rosterStatements } from '../../lib/trainer/xapi';
import { loadStore, useHydrated, useLive, useStorageState } from '../learner/learner-hooks';
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

type Outcome = { kind: 'ok' | 'error'; text: string };
/** What the last action did: one line, or one line per file when several were picked at once. */
type Message = Outcome[] | null;
/** A phone photo is a few MB; anything much bigger is not a photo of a QR code. */
const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/** "My class": a trainer collects learners' reports by QR code or file and keeps the roster on this device. */
export default function ClassApp({ lang, strings, courses, site }: Props) {
  const t = translator(strings);
  const storage = useStorageState();
  // The pickers are in the server-rendered page: a file picked before this island runs would go nowhere.
  const ready = useHydrated() && storage !== 'unavailable';
  const [message, setMessage] = useState<Message>(null);
  const [scanning, setScanning] = useState(false);
  const [confirm, setConfirm] = useState<RosterEntry | 'all' | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const scan = useRef<AbortController | null>(null);
  const photoInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  // Picking a whole folder is a Chromium/WebKit extra; elsewhere the file picker's "select all" does the same.
  const [canPickFolder, setCanPickFolder] = useState(false);
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
  useEffect(() => setCanPickFolder('webkitdirectory' in HTMLInputElement.prototype), []);
  useEffect(() => {
    void import('../../browser/qr-reader').then((reader) => reader.warmQrReader(), () => undefined);
  }, []);

  const failure = (key: UiKey): Outcome => ({ kind: 'error', text: t(key) });
  const fail = (key: UiKey) => setMessage([failure(key)]);

  /** Checks a report whole and adds it; says what happened. */
  const addReport = async (text: string): Promise<Outcome> => {
    const decoded = await decodeClassReport(text);
    if (!decoded.ok) return failure(`class.error.${decoded.problem}` as UiKey);
    const resolved = resolveReport(decoded.report, reportCourses);
    if (!resolved.ok) return failure('class.error.unknown-module');
    try {
      const store = await loadStore();
      const known = await store.learnerDb().roster.get([DEFAULT_CLASS_ID, decoded.report.k]);
      const entry = await store.addToClass(decoded.report, resolved.modules);
      return { kind: 'ok', text: t(known ? 'class.updated' : 'class.added', { name: entry.name, n: resolved.modules.length }) };
    } catch (error) {
      const store = await loadStore();
      return failure(`storage.error.${store.storageProblem(error)}` as UiKey);
    }
  };

  /** Reads every picked file in turn (one at a time, so the roster changes in order) and reports each one. */
  const fromFiles = async (input: HTMLInputElement | null, files: FileList | null, read: (file: File) => Promise<Outcome>) => {
    const picked = [...(files ?? [])];
    if (input) input.value = '';
    if (picked.length === 0) return;
    setMessage(null);
    const outcomes: Outcome[] = [];
    for (const file of picked) {
      const outcome = await read(file);
      outcomes.push(picked.length > 1 ? { ...outcome, text: `${file.name}: ${outcome.text}` } : outcome);
    }
    setMessage(outcomes);
  };

  const startScan = async () => {
    setMessage(null);
    if (!navigator.mediaDevices?.getUserMedia) return fail('class.error.no-camera');
    const controller = new AbortController();
    scan.current = controller;
    setScanning(true);
    try {
      const { scanWithCamera } = await import('../../browser/qr-reader');
      await scanWithCamera(
        video.current!,
        async (text) => {
          const outcome = await addReport(text);
          setMessage([outcome]);
          return outcome.kind === 'ok';
        },
        controller.signal,
      );
    } catch {
      fail('class.error.no-camera');
    } finally {
      controller.abort();
      setScanning(false);
    }
  };

  const fromPhoto = async (file: File): Promise<Outcome> => {
    if (file.size > MAX_IMAGE_BYTES) return failure('class.error.image-too-big');
    let text: string | undefined;
    try {
      const { readQrFromImage } = await import('../../browser/qr-reader');
      text = await readQrFromImage(file);
    } catch {
      return failure('class.error.not-image');
    }
    return text ? addReport(text) : failure('class.error.no-qr');
  };

  const fromFile = async (file: File): Promise<Outcome> => {
    if (file.size > MAX_CLASS_REPORT_BYTES) return failure('class.error.too-big');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return failure('class.error.not-report');
    }
    return addReport(text);
  };

  /** A folder holds whatever else the trainer keeps there: only report files are read. */
  const fromFolder = (files: FileList | null) => {
    const reports = new DataTransfer();
    for (const file of files ?? []) if (/\.json$/i.test(file.name)) reports.items.add(file);
    if (files?.length && reports.files.length === 0) {
      if (folderInput.current) folderInput.current.value = '';
      return fail('class.error.empty-folder');
    }
    return fromFiles(folderInput.current, reports.files, fromFile);
  };

  const remove = async (target: RosterEntry | 'all') => {
    const store = await loadStore();
    try {
      if (target === 'all') await store.clearClass();
      else await store.removeFromClass(target.learnerId);
      setMessage([{ kind: 'ok', text: target === 'all' ? t('class.cleared') : t('class.removed', { name: target.name }) }]);
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
        {message?.map((line, index) => (
          <p key={index} className={`banner ${line.kind === 'error' ? 'banner--warning' : 'banner--ok'}`}>{line.text}</p>
        ))}
      </div>

      <section aria-labelledby="class-add-title">
        <h2 id="class-add-title">{t('class.add.title')}</h2>
        <p>{t('class.add.lead')}</p>
        <p className="form-actions">
          {scanning ? (
            <button type="button" className="button" onClick={() => scan.current?.abort()}>{t('class.add.stopCamera')}</button>
          ) : (
            <button type="button" className="button" onClick={() => void startScan()} disabled={!ready}>{t('class.add.camera')}</button>
          )}
        </p>
        <video ref={video} className="class-app__video" hidden={!scanning} muted playsInline aria-label={t('class.add.cameraView')} />
        <p className="class-app__file">
          <label htmlFor="class-photo">{t('class.add.photo')}</label>
          <input id="class-photo" ref={photoInput} type="file" accept="image/*" multiple disabled={!ready} onChange={(e) => void fromFiles(photoInput.current, e.target.files, fromPhoto)} />
        </p>
        <p className="class-app__file">
          <label htmlFor="class-file">{t('class.add.file')}</label>
          <input id="class-file" ref={fileInput} type="file" accept="application/json,.json" multiple disabled={!ready} onChange={(e) => void fromFiles(fileInput.current, e.target.files, fromFile)} />
        </p>
        {canPickFolder && (
          <p className="class-app__file">
            <label htmlFor="class-folder">{t('class.add.folder')}</label>
            {/* Preact sets it as the input's property, which React's types do not name. */}
            <input id="class-folder" ref={folderInput} type="file" {...{ webkitdirectory: true }} disabled={!ready} onChange={(e) => void fromFolder(e.target.files)} />
          </p>
        )}
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
