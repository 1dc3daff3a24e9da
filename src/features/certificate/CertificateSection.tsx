import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { pick, t } from '../../i18n';
import { confirmationFacts, type ConfirmationFacts } from '../../lib/certificate/confirmation-facts';
import { draftCertificate, localDay } from '../../lib/certificate/draft';
import { certificateNameProblem, NAME_MAX_LENGTH, type CertificatePayload } from '../../lib/certificate/payload';
import { formatDay } from '../../lib/format-date';
import type { Certificate, Profile } from '../../lib/learner/learner';
import type { Confirmation } from '../../lib/certificate/countersign';
import type { ModuleProgress } from '../../lib/learner/progress';
import { certificateAnchor, type Lang } from '../../lib/routes';
import CertificateSheet, { CERTIFICATE_SHEET_KEYS } from './CertificateSheet';
import { certificateLinks, certificatePdfFile, openBadgeFile, unprintableLetters, type CertificateLinks, type PrintedConfirmation } from './certificate-files';
import { loadStore, useLive } from '../learner/learner-hooks';
import { download } from '../../browser/save-file';

/** A completed course as the certificate needs it, in the page's language. */
export interface CertificateCourse {
  slug: string;
  title: string;
  /** The national framework's competences the course trains, in both languages: a certificate prints in its own. */
  competences: { ref?: string | undefined; name: Record<Lang, string> }[];
  framework: { name: Record<Lang, string>; url: string };
  modules: { id: string; title: string }[];
}

interface Props {
  lang: Lang;
  profile: Profile;
  course: CertificateCourse;
  rows: ModuleProgress[];
}

/** For a completed course: confirm the name (with a preview), issue and store the certificate, then get its files. */
export default function CertificateSection({ lang, profile, course, rows }: Props) {
  const certificates = useLive(async ({ learnerDb }) => {
    try {
      return await learnerDb().certificates.where('[profileId+course]').equals([profile.id, course.slug]).sortBy('issuedAt');
    } catch {
      return [];
    }
  }, [profile.id, course.slug]);
  const [another, setAnother] = useState(false);
  if (!certificates) return null;
  const printed = certificates.filter((c): c is Certificate & { payload: CertificatePayload } => c.payload !== null);
  const old = certificates.filter((c) => c.payload === null);
  const headingId = certificateAnchor(course.slug);

  return (
    <section className="certificate" aria-labelledby={headingId}>
      <h4 id={headingId}>{t(lang, 'certificate.title')}</h4>
      {printed.length === 0 &&
        old.map((c) => (
          <p key={c.id} className="muted">
            {t(lang, 'certificate.old', { date: formatDay(localDay(c.issuedAt), lang) })}
          </p>
        ))}
      {printed.map((c) => (
        <StoredCertificate key={c.id} lang={lang} certificate={c} course={course} />
      ))}
      {printed.length === 0 || another ? (
        <IssueForm lang={lang} profile={profile} course={course} rows={rows} onIssued={() => setAnother(false)} />
      ) : (
        <p>
          <button type="button" className="button button--quiet" onClick={() => setAnother(true)}>
            {t(lang, 'certificate.another')}
          </button>
        </p>
      )}
    </section>
  );
}

type NameError = { key: 'certificate.error.empty' | 'certificate.error.too-long' | 'certificate.error.invisible-characters' | 'certificate.error.unprintable' | 'certificate.error.font' | 'certificate.error.failed'; letters?: string };

function IssueForm({ lang, profile, course, rows, onIssued }: Props & { onIssued: () => void }) {
  const [name, setName] = useState(profile.name);
  const [error, setError] = useState<NameError | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const nameField = useRef<HTMLInputElement>(null);
  // Arriving from "Nhận chứng nhận" after the course's last quiz: the name to check is the first thing to do.
  useEffect(() => {
    if (window.location.hash !== `#${certificateAnchor(course.slug)}`) return;
    nameField.current?.scrollIntoView({ block: 'center' });
    nameField.current?.focus();
  }, [course.slug]);
  const preview = draftCertificate(course, rows, name, lang);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!preview || busy) return;
    const problem = certificateNameProblem(preview.name);
    if (problem) return setError({ key: `certificate.error.${problem}` });
    setBusy(true);
    setError(null);
    try {
      const missing = await unprintableLetters(preview.name).catch(() => null);
      if (missing === null) return setError({ key: 'certificate.error.font' });
      if (missing.length > 0) return setError({ key: 'certificate.error.unprintable', letters: missing.join(' ') });
      const store = await loadStore();
      await store.issueCertificate(profile.id, preview);
      onIssued();
    } catch {
      setError({ key: 'certificate.error.failed' });
    } finally {
      setBusy(false);
    }
  };

  const errorId = `${id}-error`;
  return (
    <form className="certificate__form" onSubmit={(e) => void submit(e)} noValidate>
      <p>
        <label htmlFor={`${id}-name`}>{t(lang, 'certificate.name')}</label>
        <input
          ref={nameField}
          id={`${id}-name`}
          type="text"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-describedby={`${id}-help${error ? ` ${errorId}` : ''}`}
          aria-invalid={error ? true : undefined}
        />
        <span id={`${id}-help`} className="muted field-help">{t(lang, 'certificate.nameHelp')}</span>
        {error && (
          <span id={errorId} className="field-error" role="alert">
            {t(lang, error.key, { max: NAME_MAX_LENGTH, letters: error.letters ?? '' })}
          </span>
        )}
      </p>
      {preview && (
        <div className="certificate__preview">
          <p className="certificate__preview-label">{t(lang, 'certificate.preview')}</p>
          <CertificateSheet payload={preview} labels={pick(lang, CERTIFICATE_SHEET_KEYS)} />
        </div>
      )}
      <p>{t(lang, 'certificate.next.title')}</p>
      <ul className="certificate__next">
        <li>{t(lang, 'certificate.next.download')}</li>
        <li>{t(lang, 'certificate.next.print')}</li>
        <li>{t(lang, 'certificate.next.trainer')}</li>
      </ul>
      <p className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t(lang, 'certificate.confirm')}
        </button>
        {busy && <span role="status">{t(lang, 'certificate.checking')}</span>}
      </p>
    </form>
  );
}

function StoredCertificate({ lang, certificate, course }: { lang: Lang; certificate: Certificate & { payload: CertificatePayload }; course: CertificateCourse }) {
  const { payload, confirmation } = certificate;
  const [links, setLinks] = useState<CertificateLinks>();
  const [confirmed, setConfirmed] = useState<ConfirmationFacts>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void certificateLinks(payload, confirmation).then((l) => live && setLinks(l));
    setConfirmed(undefined);
    if (confirmation) void confirmationFacts(confirmation, lang).then((facts) => live && setConfirmed(facts));
    return () => {
      live = false;
    };
  }, [payload, confirmation, lang]);

  const make = async (file: () => Promise<File | string>) => {
    setBusy(true);
    setMessage(t(lang, 'certificate.making'));
    try {
      const made = await file();
      if (typeof made === 'string') return setMessage(made);
      download(made);
      setMessage(t(lang, 'certificate.downloaded', { file: made.name }));
    } catch {
      setMessage(t(lang, 'certificate.error.failed'));
    } finally {
      setBusy(false);
    }
  };
  /** The PDF; with a confirmation, the trainer's name must print exactly too, or the learner is told why not. */
  const pdf = async (): Promise<File | string> => {
    const labels = { ...pdfLabels(payload.lang, confirmation !== null), competences: { heading: t(payload.lang, 'certificate.pdf.competences'), names: course.competences.map((c) => c.name[payload.lang]) } };
    if (!confirmation) return certificatePdfFile(payload, labels);
    const missing = await unprintableLetters(confirmation.n);
    if (missing.length > 0) return t(lang, 'certificate.error.trainerUnprintable', { letters: missing.join(' ') });
    const printed: PrintedConfirmation = { confirmation, line: t(payload.lang, 'certificate.pdf.confirmed', { ...(await confirmationFacts(confirmation, payload.lang)) }) };
    return certificatePdfFile(payload, labels, printed);
  };
  /** The signed Open Badge, or why there is none: a badge that does not verify is never handed out. */
  const badge = async (confirmed: Confirmation): Promise<File | string> =>
    (await openBadgeFile(payload, confirmed)) ?? t(lang, 'certificate.error.badge');
  const copy = async () => {
    if (!links) return;
    try {
      await navigator.clipboard.writeText(links.verifyUrl);
      setMessage(t(lang, 'certificate.copied'));
    } catch {
      setMessage(t(lang, 'certificate.copyFailed'));
    }
  };

  return (
    <div className="certificate__stored card" data-certificate={certificate.id}>
      <p className="certificate__issued">
        {t(lang, 'certificate.issued', { date: formatDay(localDay(certificate.issuedAt), lang), name: payload.name })}
      </p>
      {confirmed && (
        <>
          <p className="certificate__confirmed">{t(lang, 'certificate.confirmedBy', { ...confirmed })}</p>
          <p className="muted">{t(lang, 'certificate.confirmedFiles')}</p>
        </>
      )}
      <p className="muted">{t(lang, 'certificate.stored')}</p>
      {!confirmation && <p className="certificate__self">{t(lang, 'certificate.selfIssued')}</p>}
      {confirmation && !confirmation.j && <p className="muted">{t(lang, 'certificate.badgeNeedsNewConfirmation')}</p>}
      {!confirmation && <p>{t(lang, 'certificate.next.trainer')}</p>}
      <p className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void make(pdf)}>
          {t(lang, 'certificate.downloadPdf')}
        </button>
        {confirmation?.j && (
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => void make(() => badge(confirmation))}>
            {t(lang, 'certificate.downloadBadge')}
          </button>
        )}
      </p>
      {links && (
        <p className="form-actions">
          <a className="button button--quiet" href={links.printPath}>{t(lang, 'certificate.printPage')}</a>
          <a className="button button--quiet" href={links.verifyUrl}>{t(lang, 'certificate.verifyLink')}</a>
          <button type="button" className="button button--quiet" onClick={() => void copy()}>{t(lang, 'certificate.copyLink')}</button>
        </p>
      )}
      <p aria-live="polite" className="certificate__message">{message}</p>
    </div>
  );
}

function pdfLabels(lang: Lang, confirmed: boolean) {
  const l = pick(lang, CERTIFICATE_SHEET_KEYS);
  return {
    heading: l['certificate.pdf.heading'],
    certifies: l['certificate.pdf.certifies'],
    completed: l['certificate.pdf.completed'],
    date: l['certificate.pdf.date'],
    score: l['certificate.pdf.score'],
    modules: l['certificate.pdf.modules'],
    id: l['certificate.pdf.id'],
    scan: l['certificate.pdf.scan'],
    // A confirmed certificate must not also say it is not confirmed.
    notice: l[confirmed ? 'certificate.pdf.noticeConfirmed' : 'certificate.pdf.notice'],
  };
}
