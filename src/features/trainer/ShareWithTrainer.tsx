import { useEffect, useState } from 'react';
import { t } from '../../i18n';
import { buildClassReport, encodeClassReport, learnerKey, packClassReport } from '../../lib/trainer/class-report';
import type { Profile } from '../../lib/learner/learner';
import type { ModuleProgress } from '../../lib/learner/progress';
import type { Lang } from '../../lib/routes';
import type { CourseOutline } from '../../lib/course-outline';
import { fileName, shareOrDownload } from '../../browser/save-file';

interface Props {
  lang: Lang;
  profile: Profile;
  /** The started courses whose outlines were had. */
  courses: Pick<CourseOutline, 'slug' | 'title' | 'modules'>[];
  /** Titles of started courses whose outlines could not be had (offline, not saved): they cannot be reported. */
  leftOut: string[];
  progress: ModuleProgress[];
}

/** Above this QR version a phone may struggle to read the code from a screen; the file always works. */
const LARGE_QR_VERSION = 15;
const ALL = '';

/** "Share with my trainer": the learner's progress as a QR code to scan and as a file to send. */
export default function ShareWithTrainer({ lang, profile, courses, leftOut, progress }: Props) {
  const started = courses.filter((c) => c.modules.some((m) => progress.some((p) => p.moduleId === m.id && p.status !== 'not-started')));
  const [course, setCourse] = useState(ALL);
  const [showQr, setShowQr] = useState(false);
  const [qrVersion, setQrVersion] = useState(0);
  const [qrImage, setQrImage] = useState('');
  const [error, setError] = useState('');
  const chosen = started.filter((c) => course === ALL || c.slug === course);

  const reportText = async () => {
    const body = buildClassReport(
      { key: await learnerKey(profile.id), name: profile.name },
      chosen.map((c) => ({ slug: c.slug, moduleIds: c.modules.map((m) => m.id) })),
      progress,
      new Date().toISOString(),
    );
    return body && encodeClassReport(body);
  };

  const progressKey = progress.map((p) => `${p.moduleId}:${p.status}:${p.bestScore}:${p.updatedAt}`).join('|');
  useEffect(() => {
    if (!showQr) return;
    let cancelled = false;
    // A code for another choice of course must never stay on screen while the new one is drawn.
    setQrImage('');
    void (async () => {
      try {
        const plain = await reportText();
        if (cancelled) return;
        if (!plain) return setShowQr(false);
        // Packed (deflated, base45) for the code; the file stays plain JSON a person can open.
        const text = await packClassReport(plain);
        const QRCode = (await import('qrcode')).default;
        // SVG, not a canvas: the modules stay sharp at any size and pixel density, so a camera finds their edges.
        const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
        if (cancelled) return;
        setQrImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
        setQrVersion(QRCode.create(text, { errorCorrectionLevel: 'M' }).version);
      } catch {
        if (!cancelled) setError(t(lang, 'share.error'));
      }
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [showQr, course, profile.id, profile.name, progressKey]);

  const saveFile = async () => {
    setError('');
    try {
      const text = await reportText();
      if (!text) return;
      await shareOrDownload(new File([text], fileName(`${t(lang, 'share.fileLabel')} ${profile.name}`, new Date()), { type: 'application/json' }));
    } catch {
      setError(t(lang, 'share.error'));
    }
  };

  const scope = course === ALL ? t(lang, 'share.allCourses') : (started.find((c) => c.slug === course)?.title ?? '');

  return (
    <section aria-labelledby="share-title" className="share-report">
      <h3 id="share-title">{t(lang, 'share.title')}</h3>
      {started.length === 0 ? (
        leftOut.length > 0 ? <p className="banner banner--warning">{t(lang, 'share.leftOut', { courses: leftOut.join(', ') })}</p> : <p>{t(lang, 'share.nothing')}</p>
      ) : (
        <>
          <p>{t(lang, 'share.lead')}</p>
          <p>
            <label htmlFor="share-course">{t(lang, 'share.course')}</label>
            <select id="share-course" value={course} onChange={(e) => setCourse(e.target.value)}>
              <option value={ALL}>{t(lang, 'share.allCourses')}</option>
              {started.map((c) => (
                <option key={c.slug} value={c.slug}>{c.title}</option>
              ))}
            </select>
          </p>
          <p className="form-actions">
            <button type="button" className="button" aria-expanded={showQr} aria-controls="share-qr" onClick={() => setShowQr(!showQr)}>
              {showQr ? t(lang, 'share.hideQr') : t(lang, 'share.showQr')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => void saveFile()}>{t(lang, 'share.file')}</button>
          </p>
          <div id="share-qr" hidden={!showQr}>
            <figure className="share-report__qr">
              {qrImage && <img src={qrImage} alt={t(lang, 'share.qrLabel', { name: profile.name, scope })} />}
              <figcaption>{t(lang, 'share.qrCaption', { name: profile.name, scope })}</figcaption>
            </figure>
            {qrVersion > LARGE_QR_VERSION && <p className="banner">{t(lang, 'share.large')}</p>}
          </div>
          {leftOut.length > 0 && <p className="banner banner--warning">{t(lang, 'share.leftOut', { courses: leftOut.join(', ') })}</p>}
          {error && <p className="field-error" role="alert">{error}</p>}
          <p className="muted">{t(lang, 'share.digest')}</p>
        </>
      )}
    </section>
  );
}
