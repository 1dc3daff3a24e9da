import type { ReactNode } from 'react';
import type { CertificatePayload } from '../../lib/certificate/payload';
import { formatDay } from '../../lib/format-date';

export const CERTIFICATE_SHEET_KEYS = [
  'certificate.pdf.heading',
  'certificate.pdf.certifies',
  'certificate.pdf.completed',
  'certificate.pdf.date',
  'certificate.pdf.score',
  'certificate.pdf.modules',
  'certificate.pdf.id',
  'certificate.pdf.scan',
  'certificate.pdf.notice',
  'certificate.pdf.noticeConfirmed',
  'certificate.pdf.confirmed',
] as const;
export type SheetLabels = Record<(typeof CERTIFICATE_SHEET_KEYS)[number], string>;

interface Props {
  payload: CertificatePayload;
  labels: SheetLabels;
  /** Set once the certificate is issued; a preview has none. */
  id?: string | undefined;
  qr?: ReactNode;
  /** For a certificate a trainer confirmed: who confirmed it, with which key and when, as printed on the PDF. */
  confirmedLine?: string | undefined;
}

/** What the certificate says, as text: the preview before issuing and the printable page show the same as the PDF. */
export default function CertificateSheet({ payload, labels, id, qr, confirmedLine }: Props) {
  return (
    <article className="certificate-sheet" lang={payload.lang}>
      <p className="certificate-sheet__brand">Học Số</p>
      <p className="certificate-sheet__heading">{labels['certificate.pdf.heading']}</p>
      <p className="muted">{labels['certificate.pdf.certifies']}</p>
      <p className="certificate-sheet__name">{payload.name}</p>
      <p className="muted">{labels['certificate.pdf.completed']}</p>
      <p className="certificate-sheet__course">{payload.courseTitle}</p>
      <p>
        {labels['certificate.pdf.date']}: {formatDay(payload.date, payload.lang)} · {labels['certificate.pdf.score']}: {payload.score}%
      </p>
      {confirmedLine && <p className="certificate-sheet__confirmed">{confirmedLine}</p>}
      <div className="certificate-sheet__foot">
        <div>
          <p className="certificate-sheet__label">{labels['certificate.pdf.modules']}:</p>
          <ol className="certificate-sheet__modules">
            {payload.modules.map((title, index) => (
              <li key={index}>{title}</li>
            ))}
          </ol>
          {id && (
            <p className="certificate-sheet__id">
              {labels['certificate.pdf.id']}: {id}
            </p>
          )}
          <p className="certificate-sheet__notice">{labels[confirmedLine ? 'certificate.pdf.noticeConfirmed' : 'certificate.pdf.notice']}</p>
        </div>
        {qr && (
          <figure className="certificate-sheet__qr">
            {qr}
            <figcaption>{labels['certificate.pdf.scan']}</figcaption>
          </figure>
        )}
      </div>
    </article>
  );
}
