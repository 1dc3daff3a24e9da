import fontUrl from '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf?url';
import { confirmationParam, confirmedCertificateUrl, type Confirmation } from '../../lib/certificate/countersign';
import { certificateFragment, certificateId, type CertificatePayload } from '../../lib/certificate/payload';
import type { CertificateLabels } from '../../lib/certificate/pdf';
import { pathFor } from '../../lib/routes';

let font: Promise<Uint8Array> | undefined;

/** The certificate font, from the site's own files (cached by the service worker on first use, so it loads offline). */
export function certificateFont(): Promise<Uint8Array> {
  font ??= fetch(fontUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`font: HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then((bytes) => new Uint8Array(bytes));
  font.catch(() => (font = undefined));
  return font;
}

/** Letters of a name (the learner's, or a trainer's) the certificate font cannot print; the PDF code loads here, on demand. */
export async function unprintableLetters(name: string): Promise<string[]> {
  const [{ missingGlyphs }, bytes] = await Promise.all([import('../../lib/certificate/pdf'), certificateFont()]);
  return missingGlyphs(name, bytes);
}

export interface CertificateLinks {
  id: string;
  /** Absolute address of the verify page for this certificate: what the QR code holds. */
  verifyUrl: string;
  /** The printable page for this certificate, on this site. */
  printPath: string;
}

/**
 * Where this certificate can be checked and printed; the certificate travels in the fragment, never sent to a server.
 * With a trainer's confirmation, both links carry it (`&t=`), so whoever scans or prints sees it was confirmed.
 */
export async function certificateLinks(payload: CertificatePayload, confirmation: Confirmation | null = null): Promise<CertificateLinks> {
  const fragment = await certificateFragment(payload);
  const verifyUrl = `${window.location.origin}${pathFor(payload.lang, { page: 'verify' })}#${fragment}`;
  const printPath = `${pathFor(payload.lang, { page: 'certificate' })}#${fragment}`;
  return {
    id: await certificateId(payload),
    verifyUrl: confirmation ? confirmedCertificateUrl(verifyUrl, confirmation) : verifyUrl,
    printPath: confirmation ? `${printPath}&t=${confirmationParam(confirmation)}` : printPath,
  };
}

const fileStem = (payload: CertificatePayload, id: string) => `hoc-so-chung-nhan-${payload.course}-${id.slice(0, 8)}`;

/** A trainer's confirmation as printed: the signed confirmation and its line, e.g. "Đã được … xác nhận trực tiếp …". */
export interface PrintedConfirmation {
  confirmation: Confirmation;
  line: string;
}

/** The certificate as a PDF made on this device; pdf-lib and fontkit load only now. A confirmed one prints its line and confirmed QR. */
export async function certificatePdfFile(payload: CertificatePayload, labels: CertificateLabels, confirmed: PrintedConfirmation | null = null): Promise<File> {
  const [{ renderCertificatePdf }, bytes, links] = await Promise.all([
    import('../../lib/certificate/pdf'),
    certificateFont(),
    certificateLinks(payload, confirmed?.confirmation ?? null),
  ]);
  const pdf = await renderCertificatePdf(payload, links.id, links.verifyUrl, labels, bytes, confirmed?.line);
  return new File([pdf as Uint8Array<ArrayBuffer>], `${fileStem(payload, links.id)}.pdf`, { type: 'application/pdf' });
}

/**
 * A trainer-confirmed certificate as its Open Badges 3.0 credential: the VC-JWT the trainer signed, rebuilt on this
 * device and checked with jose (loaded only now). Undefined when the confirmation has no badge signature or the badge
 * does not verify; a self-issued certificate has no badge at all.
 */
export async function openBadgeFile(payload: CertificatePayload, confirmation: Confirmation): Promise<File | undefined> {
  const [{ assembleBadge }, id] = await Promise.all([import('../../lib/certificate/badge-jwt'), certificateId(payload)]);
  const jwt = await assembleBadge(payload, id, confirmation, window.location.origin);
  return jwt ? new File([jwt], `${fileStem(payload, id)}.jwt`, { type: 'application/jwt' }) : undefined;
}

/**
 * Loads the certificate maker and the Open Badge checker once, while the learner is online, so the service worker keeps
 * them for offline use (they are not precached). Failing offline is no loss: it is tried again on the next visit.
 */
export function keepCertificateMakerOffline(): void {
  void import('../../lib/certificate/pdf').catch(() => undefined);
  void import('../../lib/certificate/badge-jwt').catch(() => undefined);
  void certificateFont().catch(() => undefined);
}
