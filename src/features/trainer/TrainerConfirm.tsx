import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  confirmedCertificateUrl,
  countersign,
  createTrainerKey,
  groupFingerprint,
  trainerNameSchema,
  trainerPublicKeyFile,
} from '../../lib/certificate/countersign';
import { localDay } from '../../lib/certificate/draft';
import { certificateFragment, checkCertificateFragment, type CertificatePayload } from '../../lib/certificate/payload';
import { formatDay } from '../../lib/format-date';
import { currentTrainerKey, saveTrainerKey, type StoredTrainerKey } from '../../data/db';
import { fillTemplate } from '../../lib/fill-template';
import { pathFor, type Lang } from '../../lib/routes';
import { qrDataUrl, qrPngFile } from '../../browser/qr-image';
import { readQrFromImage, warmQrReader } from '../../browser/qr-reader';
import { download } from '../../browser/save-file';

export const TRAINER_CONFIRM_KEYS = [
  'confirm.loading',
  'confirm.key.title',
  'confirm.key.none',
  'confirm.key.name',
  'confirm.key.create',
  'confirm.key.error.name',
  'confirm.key.owner',
  'confirm.key.fingerprint',
  'confirm.key.share',
  'confirm.key.qrAlt',
  'confirm.key.download',
  'confirm.key.limits',
  'confirm.storage.unavailable',
  'confirm.check.title',
  'confirm.check.link',
  'confirm.check.read',
  'confirm.check.image',
  'confirm.check.error.no-qr',
  'confirm.check.error.altered',
  'confirm.check.error.missing',
  'confirm.check.found',
  'confirm.check.inPerson',
  'confirm.check.inPersonRequired',
  'confirm.check.sign',
  'confirm.check.error.sign',
  'confirm.done.title',
  'confirm.done.lead',
  'confirm.done.qrAlt',
  'confirm.done.link',
  'confirm.done.open',
  'confirm.done.download',
  'confirm.done.another',
  'verify.name',
  'verify.course',
  'verify.date',
  'verify.score',
] as const;
type Labels = Record<(typeof TRAINER_CONFIRM_KEYS)[number], string>;

interface Props {
  lang: Lang;
  labels: Labels;
}

type KeyState = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'none' } | { kind: 'ready'; key: StoredTrainerKey };

/** The trainer's page: their signing key, and confirming a learner's certificate after checking them in person. */
export default function TrainerConfirm({ lang, labels }: Props) {
  const [state, setState] = useState<KeyState>({ kind: 'loading' });

  useEffect(warmQrReader, []);
  // The badge signer is cached on first use, not precached: load it now, while online, so confirming works offline.
  useEffect(() => void import('../../lib/certificate/badge-jwt').catch(() => undefined), []);
  useEffect(() => {
    currentTrainerKey().then(
      (key) => setState(key ? { kind: 'ready', key } : { kind: 'none' }),
      () => setState({ kind: 'unavailable' }),
    );
  }, []);

  if (state.kind === 'loading') return <p role="status">{labels['confirm.loading']}</p>;
  if (state.kind === 'unavailable') return <p className="banner banner--warning">{labels['confirm.storage.unavailable']}</p>;
  if (state.kind === 'none') return <CreateKey labels={labels} onCreated={(key) => setState({ kind: 'ready', key })} onUnavailable={() => setState({ kind: 'unavailable' })} />;
  return (
    <>
      <KeyCard labels={labels} trainerKey={state.key} />
      <ConfirmCertificate lang={lang} labels={labels} trainerKey={state.key} />
    </>
  );
}

function CreateKey({ labels, onCreated, onUnavailable }: { labels: Labels; onCreated: (key: StoredTrainerKey) => void; onUnavailable: () => void }) {
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = trainerNameSchema.safeParse(name.trim());
    setInvalid(!parsed.success);
    if (!parsed.success) return;
    setBusy(true);
    try {
      const key = await createTrainerKey(parsed.data);
      await saveTrainerKey(key);
      const stored = await currentTrainerKey();
      if (stored) onCreated(stored);
    } catch {
      onUnavailable();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="key-title" className="trainer-card">
      <h2 id="key-title">{labels['confirm.key.title']}</h2>
      <p>{labels['confirm.key.none']}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="trainer-name">{labels['confirm.key.name']}</label>
        <input
          id="trainer-name"
          type="text"
          autoComplete="name"
          maxLength={80}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'trainer-name-error' : undefined}
        />
        {invalid && (
          <span id="trainer-name-error" className="field-error">
            {labels['confirm.key.error.name']}
          </span>
        )}
        <p className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {labels['confirm.key.create']}
          </button>
        </p>
      </form>
    </section>
  );
}

function KeyCard({ labels, trainerKey }: { labels: Labels; trainerKey: StoredTrainerKey }) {
  const [qr, setQr] = useState<string>();
  const fileText = JSON.stringify(trainerPublicKeyFile(trainerKey));
  const fingerprint = groupFingerprint(trainerKey.fingerprint);

  useEffect(() => {
    void qrDataUrl(fileText).then(setQr);
  }, [fileText]);

  return (
    <section aria-labelledby="key-title" className="trainer-card">
      <h2 id="key-title">{labels['confirm.key.title']}</h2>
      <p className="trainer-card__owner">{fillTemplate(labels['confirm.key.owner'], { name: trainerKey.name })}</p>
      <p className="trainer-card__fingerprint">{fillTemplate(labels['confirm.key.fingerprint'], { fingerprint })}</p>
      {qr && <img className="trainer-card__qr" src={qr} width={240} height={240} alt={fillTemplate(labels['confirm.key.qrAlt'], { name: trainerKey.name, fingerprint })} />}
      <p>{labels['confirm.key.share']}</p>
      <p className="form-actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => download(new File([fileText], `hoc-so-trainer-key-${trainerKey.fingerprint}.json`, { type: 'application/json' }))}
        >
          {labels['confirm.key.download']}
        </button>
      </p>
      <p className="muted">{labels['confirm.key.limits']}</p>
    </section>
  );
}

type Found = { payload: CertificatePayload; id: string };
type Problem = 'no-qr' | 'altered' | 'missing' | 'sign' | 'inPersonRequired';
type Done = { url: string; qr: string; name: string; id: string };

function ConfirmCertificate({ lang, labels, trainerKey }: { lang: Lang; labels: Labels; trainerKey: StoredTrainerKey }) {
  const [link, setLink] = useState('');
  const [found, setFound] = useState<Found>();
  const [problem, setProblem] = useState<Problem>();
  const [inPerson, setInPerson] = useState(false);
  const [done, setDone] = useState<Done>();
  const foundHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const imageInput = useRef<HTMLInputElement>(null);

  useEffect(() => foundHeading.current?.focus(), [found]);
  useEffect(() => doneHeading.current?.focus(), [done]);

  const read = async (text: string) => {
    setFound(undefined);
    setInPerson(false);
    const fragment = text.includes('#') ? text.slice(text.indexOf('#')) : text.trim();
    const check = await checkCertificateFragment(fragment);
    if (check.status === 'intact') {
      setProblem(undefined);
      setFound({ payload: check.payload, id: check.id });
    } else {
      setProblem(check.status);
    }
  };

  const readImage = async (file: File | undefined) => {
    if (!file) return;
    if (imageInput.current) imageInput.current.value = '';
    // A file that is not a picture reads as no code at all.
    const text = await readQrFromImage(file).catch(() => undefined);
    if (text === undefined) {
      setFound(undefined);
      return setProblem('no-qr');
    }
    setLink(text);
    await read(text);
  };

  const sign = async () => {
    if (!found) return;
    if (!inPerson) return setProblem('inPersonRequired');
    setProblem(undefined);
    try {
      // Not toLocaleDateString('en-CA'): WebKitGTK formats that as 11/29/2026, which no verifier accepts.
      const today = localDay(new Date().toISOString());
      const signed = await countersign(found.id, trainerKey, today);
      // The Open Badge is signed here, where the trainer's key is; only its signature travels in the link.
      const { signBadge } = await import('../../lib/certificate/badge-jwt');
      const confirmation = { ...signed, j: await signBadge(found.payload, found.id, signed, trainerKey, window.location.origin) };
      const learnerUrl = new URL(`${pathFor(found.payload.lang, { page: 'verify' })}#${await certificateFragment(found.payload)}`, window.location.origin).href;
      const url = confirmedCertificateUrl(learnerUrl, confirmation);
      setDone({ url, qr: await qrDataUrl(url), name: found.payload.name, id: found.id });
    } catch {
      setProblem('sign');
    }
  };

  const startOver = () => {
    setDone(undefined);
    setFound(undefined);
    setLink('');
    setInPerson(false);
  };

  if (done) {
    return (
      <section aria-labelledby="done-title" className="trainer-card">
        <h2 id="done-title" ref={doneHeading} tabIndex={-1}>
          {labels['confirm.done.title']}
        </h2>
        <p>{labels['confirm.done.lead']}</p>
        <img className="trainer-card__qr trainer-card__qr--large" src={done.qr} width={320} height={320} alt={fillTemplate(labels['confirm.done.qrAlt'], { name: done.name })} />
        <label htmlFor="confirmed-link">{labels['confirm.done.link']}</label>
        <input id="confirmed-link" className="trainer-card__link" type="text" readOnly value={done.url} onFocus={(e) => e.currentTarget.select()} />
        <p className="form-actions">
          <a className="button" href={done.url}>
            {labels['confirm.done.open']}
          </a>
          <button type="button" className="button button--quiet" onClick={() => download(qrPngFile(done.qr, `hoc-so-xac-nhan-${done.id.slice(0, 8)}.png`))}>
            {labels['confirm.done.download']}
          </button>
          <button type="button" className="button button--quiet" onClick={startOver}>
            {labels['confirm.done.another']}
          </button>
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="check-title" className="trainer-card">
      <h2 id="check-title">{labels['confirm.check.title']}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void read(link);
        }}
      >
        <label htmlFor="certificate-link">{labels['confirm.check.link']}</label>
        <input id="certificate-link" className="trainer-card__link" type="text" inputMode="url" value={link} onInput={(e) => setLink(e.currentTarget.value)} />
        <p className="form-actions">
          <button type="submit" className="button">
            {labels['confirm.check.read']}
          </button>
        </p>
      </form>
      <label htmlFor="certificate-image">{labels['confirm.check.image']}</label>
      <input id="certificate-image" ref={imageInput} type="file" accept="image/*" onChange={(e) => void readImage(e.currentTarget.files?.[0])} />
      <div aria-live="polite">
        {problem && problem !== 'inPersonRequired' && <p className="banner banner--warning">{labels[`confirm.check.error.${problem}`]}</p>}
      </div>
      {found && (
        <div className="trainer-card__found">
          <h3 ref={foundHeading} tabIndex={-1}>
            {labels['confirm.check.found']}
          </h3>
          <dl className="verdict__facts">
            <dt>{labels['verify.name']}</dt>
            <dd className="verdict__name">{found.payload.name}</dd>
            <dt>{labels['verify.course']}</dt>
            <dd>{found.payload.courseTitle}</dd>
            <dt>{labels['verify.date']}</dt>
            <dd>{formatDay(found.payload.date, lang)}</dd>
            <dt>{labels['verify.score']}</dt>
            <dd>{found.payload.score}%</dd>
          </dl>
          <label className="trainer-card__tick">
            <input
              type="checkbox"
              checked={inPerson}
              onChange={(e) => setInPerson(e.currentTarget.checked)}
              aria-describedby={problem === 'inPersonRequired' ? 'in-person-error' : undefined}
            />
            {labels['confirm.check.inPerson']}
          </label>
          {problem === 'inPersonRequired' && (
            <p id="in-person-error" className="field-error" role="alert">
              {labels['confirm.check.inPersonRequired']}
            </p>
          )}
          <p className="form-actions">
            <button type="button" className="button" onClick={() => void sign()}>
              {labels['confirm.check.sign']}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
