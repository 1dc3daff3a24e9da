import { useCallback, useEffect, useState } from 'react';
import {
  checkTrainerPublicKey,
  confirmationInFragment,
  groupFingerprint,
  verifyConfirmation,
  type Confirmation,
  type ConfirmationCheck,
  type TrainerKeyProblem,
  type TrustedKey,
} from '../../lib/certificate/countersign';
import { checkCertificateFragment, type CertificateCheck as Check } from '../../lib/certificate/payload';
import { formatDay } from '../../lib/format-date';
import { fillTemplate } from '../../lib/fill-template';
import { certificateWarnings } from '../../lib/certificate/plausibility';
import type { Lang } from '../../lib/routes';
import SaveConfirmation, { SAVE_CONFIRMATION_KEYS } from './SaveConfirmation';

export const CERTIFICATE_CHECK_KEYS = [
  'verify.checking',
  'verify.intact.title',
  'verify.self.title',
  'verify.self.lead',
  'verify.warnings.title',
  'verify.warning.future-date',
  'verify.warning.before-courses',
  'verify.warning.mixed-scripts',
  'verify.intact.issued',
  'verify.intact.limits',
  'verify.altered.title',
  'verify.altered.lead',
  'verify.missing.title',
  'verify.missing.lead',
  'verify.name',
  'verify.course',
  'verify.date',
  'verify.score',
  'verify.modules',
  'verify.id',
  'verify.confirmed.title',
  'verify.confirmed.by',
  'verify.confirmed.organisation',
  'verify.confirmed.site',
  'verify.confirmed.imported',
  'verify.unknown.title',
  'verify.unknown.lead',
  'verify.badSignature.lead',
  'verify.importKey.label',
  'verify.importKey.done',
  'verify.importKey.error.not-json',
  'verify.importKey.error.not-a-key',
  'verify.importKey.error.fingerprint-mismatch',
  'verify.importKey.error.too-big',
  'verify.importKey.error.no-qr',
  'verify.importKey.error.storage',
  ...SAVE_CONFIRMATION_KEYS,
] as const;
type Labels = Record<(typeof CERTIFICATE_CHECK_KEYS)[number], string>;

interface Props {
  lang: Lang;
  labels: Labels;
  /** The site's trusted trainers, from content/trusted-trainers.yaml at build. */
  trustedTrainers: TrustedKey[];
}

/** A trainer's confirmation as the verifier sees it; `none` when the link has no confirmation. A valid one carries what was signed. */
type TrainerVerdict =
  | { status: 'none' }
  | { status: 'bad-signature' }
  | (Exclude<ConfirmationCheck, { status: 'bad-signature' }> & { source?: 'site' | 'imported'; confirmation: Confirmation });
type ImportProblem = TrainerKeyProblem | 'too-big' | 'no-qr' | 'storage';
type ImportMessage = { kind: 'ok'; text: string } | { kind: 'error'; problem: ImportProblem } | undefined;

// A key file is a few hundred bytes; a photo of a key's QR code can be a few megabytes.
const MAX_KEY_FILE_BYTES = 4 * 1024;
const MAX_KEY_IMAGE_BYTES = 20 * 1024 * 1024;

/** Keys imported on this device; the database is loaded only when a link carries a confirmation. */
async function importedKeys(): Promise<TrustedKey[]> {
  try {
    const { importedTrainerKeys } = await import('../../data/db');
    return await importedTrainerKeys();
  } catch {
    // No IndexedDB (private mode): only the site's list counts.
    return [];
  }
}

async function checkTrainer(fragment: string, certificateId: string, siteKeys: TrustedKey[]): Promise<TrainerVerdict> {
  const found = confirmationInFragment(fragment);
  if (found.status === 'none') return { status: 'none' };
  if (found.status === 'malformed') return { status: 'bad-signature' };
  const { confirmation } = found;
  const result = await verifyConfirmation(certificateId, confirmation, [...siteKeys, ...(await importedKeys())]);
  if (result.status === 'bad-signature') return result;
  if (result.status === 'unknown-key') return { ...result, confirmation };
  return { ...result, confirmation, source: siteKeys.some((k) => k.publicKey === result.trainer.publicKey) ? 'site' : 'imported' };
}

/** Reads the certificate in the page's URL fragment and says what it proves; the fragment never leaves the device. */
export default function CertificateCheck({ lang, labels, trustedTrainers }: Props) {
  const [check, setCheck] = useState<{ certificate: Check; trainer: TrainerVerdict } | undefined>();
  const [importMessage, setImportMessage] = useState<ImportMessage>();

  const read = useCallback(async () => {
    const fragment = window.location.hash;
    const certificate = await checkCertificateFragment(fragment);
    const trainer = certificate.status === 'intact' ? await checkTrainer(fragment, certificate.id, trustedTrainers) : ({ status: 'none' } as const);
    setCheck({ certificate, trainer });
  }, [trustedTrainers]);

  useEffect(() => {
    const onHash = () => {
      setImportMessage(undefined);
      void read();
    };
    void read();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [read]);

  const importKey = async (file: File) => {
    const image = file.type.startsWith('image/');
    if (file.size > (image ? MAX_KEY_IMAGE_BYTES : MAX_KEY_FILE_BYTES)) return setImportMessage({ kind: 'error', problem: 'too-big' });
    let text: string | undefined;
    if (image) {
      const { readQrFromImage } = await import('../../browser/qr-reader');
      text = await readQrFromImage(file).catch(() => undefined);
      if (text === undefined) return setImportMessage({ kind: 'error', problem: 'no-qr' });
    } else {
      try {
        text = await file.text();
      } catch {
        return setImportMessage({ kind: 'error', problem: 'not-json' });
      }
    }
    const parsed = await checkTrainerPublicKey(text);
    if (!parsed.ok) return setImportMessage({ kind: 'error', problem: parsed.problem });
    try {
      const { importTrainerKey } = await import('../../data/db');
      await importTrainerKey(parsed.key);
    } catch {
      return setImportMessage({ kind: 'error', problem: 'storage' });
    }
    setImportMessage({
      kind: 'ok',
      text: fillTemplate(labels['verify.importKey.done'], { name: parsed.key.name, fingerprint: groupFingerprint(parsed.key.fingerprint) }),
    });
    await read();
  };

  const message = (
    <div aria-live="polite">
      {importMessage && (
        <p className={`banner ${importMessage.kind === 'ok' ? 'banner--ok' : 'banner--warning'}`}>
          {importMessage.kind === 'ok' ? importMessage.text : labels[`verify.importKey.error.${importMessage.problem}`]}
        </p>
      )}
    </div>
  );

  if (!check) return <p role="status">{labels['verify.checking']}</p>;
  const { certificate, trainer } = check;

  if (certificate.status === 'missing') {
    return (
      <section className="verdict verdict--missing" role="status">
        <h2>{labels['verify.missing.title']}</h2>
        <p>{labels['verify.missing.lead']}</p>
      </section>
    );
  }

  if (certificate.status === 'altered' || trainer.status === 'bad-signature') {
    return (
      <section className="verdict verdict--altered" role="alert">
        <h2>{labels['verify.altered.title']}</h2>
        <p>{certificate.status === 'altered' ? labels['verify.altered.lead'] : labels['verify.badSignature.lead']}</p>
      </section>
    );
  }

  const { payload, id } = certificate;
  const date = formatDay(payload.date, lang);
  const facts = { date, count: payload.modules.length, score: payload.score };
  const selfIssued = trainer.status === 'none';
  const warnings = certificateWarnings(payload, new Date().toLocaleDateString('en-CA'));
  return (
    <>
      {message}
      <section className={`verdict ${selfIssued ? 'verdict--self' : 'verdict--intact'}`} role="status">
        {/* Intact is not confirmed: a certificate no trainer signed is only what the learner says of themselves. */}
        <h2>{labels[selfIssued ? 'verify.self.title' : 'verify.intact.title']}</h2>
        <p>{fillTemplate(labels[selfIssued ? 'verify.self.lead' : 'verify.intact.issued'], facts)}</p>
        {warnings.length > 0 && (
          <div className="verdict__warnings">
            <h3>{labels['verify.warnings.title']}</h3>
            <ul>
              {warnings.map((w) => (
                <li key={w}>{fillTemplate(labels[`verify.warning.${w}`], { date })}</li>
              ))}
            </ul>
          </div>
        )}
        {trainer.status === 'confirmed' && (
          <div className="confirmation confirmation--confirmed">
            <h3>{labels['verify.confirmed.title']}</h3>
            <p className="confirmation__by">
              {fillTemplate(labels['verify.confirmed.by'], {
                trainer: trainer.trainer.name,
                fingerprint: groupFingerprint(trainer.fingerprint),
                date: formatDay(trainer.date, lang),
              })}
            </p>
            {trainer.trainer.organisation && <p>{fillTemplate(labels['verify.confirmed.organisation'], { organisation: trainer.trainer.organisation })}</p>}
            <p className="muted">{labels[trainer.source === 'site' ? 'verify.confirmed.site' : 'verify.confirmed.imported']}</p>
          </div>
        )}
        {trainer.status === 'unknown-key' && (
          <div className="confirmation confirmation--unknown">
            <h3>{labels['verify.unknown.title']}</h3>
            <p className="confirmation__by">{fillTemplate(labels['verify.unknown.lead'], { name: trainer.signedName, fingerprint: groupFingerprint(trainer.fingerprint) })}</p>
            <label htmlFor="trainer-key-file">{labels['verify.importKey.label']}</label>
            <input
              id="trainer-key-file"
              type="file"
              accept="application/json,.json,image/*"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void importKey(file);
              }}
            />
          </div>
        )}
        {(trainer.status === 'confirmed' || trainer.status === 'unknown-key') && (
          // A valid signature, trusted here or not, is the learner's to keep: their own device may not know the key.
          <SaveConfirmation lang={lang} labels={labels} id={id} confirmation={trainer.confirmation} />
        )}
        <dl className="verdict__facts">
          <dt>{labels['verify.name']}</dt>
          <dd className="verdict__name">{payload.name}</dd>
          <dt>{labels['verify.course']}</dt>
          <dd>{payload.courseTitle}</dd>
          <dt>{labels['verify.date']}</dt>
          <dd>{date}</dd>
          <dt>{labels['verify.score']}</dt>
          <dd>{payload.score}%</dd>
          <dt>{labels['verify.modules']}</dt>
          <dd>
            <ol>
              {payload.modules.map((title, index) => (
                <li key={index}>{title}</li>
              ))}
            </ol>
          </dd>
          <dt>{labels['verify.id']}</dt>
          <dd className="verdict__id">{id}</dd>
        </dl>
        <p className="muted">{labels['verify.intact.limits']}</p>
      </section>
    </>
  );
}
