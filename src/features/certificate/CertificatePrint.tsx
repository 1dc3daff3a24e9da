import { useEffect, useState } from 'react';
import { confirmationFacts } from '../../lib/certificate/confirmation-facts';
import { confirmationInFragment, verifyConfirmation } from '../../lib/certificate/countersign';
import { printQr } from '../../lib/certificate/print-qr';
import { checkCertificateFragment, type CertificateCheck } from '../../lib/certificate/payload';
import { fillTemplate } from '../../lib/fill-template';
import { pathFor } from '../../lib/routes';
import CertificateSheet, { CERTIFICATE_SHEET_KEYS, type SheetLabels } from './CertificateSheet';

export const CERTIFICATE_PRINT_KEYS = [
  ...CERTIFICATE_SHEET_KEYS,
  'certificate.page.print',
  'verify.checking',
  'verify.altered.title',
  'verify.altered.lead',
  'verify.missing.title',
  'verify.missing.lead',
  'verify.badSignature.lead',
] as const;

interface Props {
  labels: SheetLabels & Record<(typeof CERTIFICATE_PRINT_KEYS)[number], string>;
  qrLabel: string;
}

/** The QR code as one SVG path: it prints sharp at any size and needs no image file; its size on paper is set in mm. */
function QrCode({ text, label }: { text: string; label: string }) {
  const { side, dark, sizeMm } = printQr(text);
  const d = dark.map(([col, row]) => `M${col} ${row}h1v1h-1z`).join('');
  return (
    <svg viewBox={`0 0 ${side} ${side}`} width={`${sizeMm}mm`} height={`${sizeMm}mm`} role="img" aria-label={label} className="certificate-sheet__qr-code" shapeRendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

/** The certificate in the fragment, and the trainer's confirmation line when it carries a valid signature. */
type Printable = CertificateCheck | { status: 'bad-signature' };

async function readPrintable(fragment: string, confirmedTemplate: string): Promise<{ check: Printable; confirmedLine?: string }> {
  const check = await checkCertificateFragment(fragment);
  if (check.status !== 'intact') return { check };
  const found = confirmationInFragment(fragment);
  if (found.status === 'none') return { check };
  if (found.status === 'malformed') return { check: { status: 'bad-signature' } };
  // Who signed is printed as signed; whether the key is trusted is for the verify page to say.
  const verdict = await verifyConfirmation(check.id, found.confirmation, []);
  if (verdict.status === 'bad-signature') return { check: verdict };
  return { check, confirmedLine: fillTemplate(confirmedTemplate, { ...(await confirmationFacts(found.confirmation, check.payload.lang)) }) };
}

/** The printable certificate: read from the URL fragment, checked like the verify page, laid out for one A4 page. */
export default function CertificatePrint({ labels, qrLabel }: Props) {
  const [printable, setPrintable] = useState<{ check: Printable; confirmedLine?: string }>();
  const confirmedTemplate = labels['certificate.pdf.confirmed'];
  useEffect(() => {
    const read = () => void readPrintable(window.location.hash, confirmedTemplate).then(setPrintable);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [confirmedTemplate]);

  if (!printable) return <p role="status">{labels['verify.checking']}</p>;
  const { check, confirmedLine } = printable;
  if (check.status === 'bad-signature') {
    return (
      <section className="verdict verdict--altered" role="alert">
        <h2>{labels['verify.altered.title']}</h2>
        <p>{labels['verify.badSignature.lead']}</p>
      </section>
    );
  }
  if (check.status !== 'intact') {
    const kind = check.status;
    return (
      <section className={`verdict verdict--${kind}`} role={kind === 'altered' ? 'alert' : 'status'}>
        <h2>{labels[`verify.${kind}.title`]}</h2>
        <p>{labels[`verify.${kind}.lead`]}</p>
      </section>
    );
  }
  const verifyUrl = `${window.location.origin}${pathFor(check.payload.lang, { page: 'verify' })}${window.location.hash}`;
  return (
    <>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {labels['certificate.page.print']}
        </button>
      </p>
      <CertificateSheet
        payload={check.payload}
        labels={labels}
        id={check.id}
        qr={<QrCode text={verifyUrl} label={qrLabel} />}
        confirmedLine={confirmedLine}
      />
    </>
  );
}
