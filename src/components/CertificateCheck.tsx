import { useEffect, useState } from 'react';
import { checkCertificateFragment, formatCertificateDate, type CertificateCheck as Check } from '../lib/certificate/payload';
import { fillTemplate } from '../lib/fill-template';
import type { Lang } from '../lib/routes';

export const CERTIFICATE_CHECK_KEYS = [
  'verify.checking',
  'verify.intact.title',
  'verify.intact.proves',
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
] as const;

interface Props {
  lang: Lang;
  labels: Record<(typeof CERTIFICATE_CHECK_KEYS)[number], string>;
}

/** Reads the certificate in the page's URL fragment and says what it proves; the fragment never leaves the device. */
export default function CertificateCheck({ lang, labels }: Props) {
  const [check, setCheck] = useState<Check | undefined>();

  useEffect(() => {
    const read = () => void checkCertificateFragment(window.location.hash).then(setCheck);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (!check) return <p role="status">{labels['verify.checking']}</p>;

  if (check.status === 'missing') {
    return (
      <section className="verdict verdict--missing" role="status">
        <h2>{labels['verify.missing.title']}</h2>
        <p>{labels['verify.missing.lead']}</p>
      </section>
    );
  }

  if (check.status === 'altered') {
    return (
      <section className="verdict verdict--altered" role="alert">
        <h2>{labels['verify.altered.title']}</h2>
        <p>{labels['verify.altered.lead']}</p>
      </section>
    );
  }

  const { payload, id } = check;
  const date = formatCertificateDate(payload.date, lang);
  return (
    <section className="verdict verdict--intact" role="status">
      <h2>{labels['verify.intact.title']}</h2>
      <p>{fillTemplate(labels['verify.intact.proves'], { date, count: payload.modules.length, score: payload.score })}</p>
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
  );
}
