import { useEffect, useState } from 'react';
import type { Confirmation } from '../../lib/certificate/countersign';
import { pathFor, type Lang } from '../../lib/routes';
import { loadStore } from '../learner/learner-hooks';

export const SAVE_CONFIRMATION_KEYS = [
  'verify.save.lead',
  'verify.save.button',
  'verify.save.saving',
  'verify.save.saved',
  'verify.save.progressLink',
  'verify.save.no-profile',
  'verify.save.not-on-device',
  'verify.save.storage',
] as const;
type Labels = Record<(typeof SAVE_CONFIRMATION_KEYS)[number], string>;

interface Props {
  lang: Lang;
  labels: Labels;
  /** The certificate's ID, checked against its payload. */
  id: string;
  /** A confirmation whose signature on `id` was checked valid. */
  confirmation: Confirmation;
}

type State = 'checking' | 'ready' | 'saving' | 'saved' | 'no-profile' | 'not-on-device' | 'storage';

const same = (a: Confirmation | null, b: Confirmation) => a !== null && a.s === b.s && a.k === b.k;

/** On the learner's own device: keeps the trainer's confirmation with their stored certificate, or says why it cannot. */
export default function SaveConfirmation({ lang, labels, id, confirmation }: Props) {
  const [state, setState] = useState<State>('checking');
  useEffect(() => {
    let live = true;
    setState('checking');
    void loadStore()
      .then((store) => store.certificateOfActiveProfile(id))
      .then(
        (found) => live && setState('problem' in found ? found.problem : same(found.certificate.confirmation, confirmation) ? 'saved' : 'ready'),
        () => live && setState('storage'),
      );
    return () => {
      live = false;
    };
  }, [id, confirmation]);

  const save = async () => {
    setState('saving');
    try {
      const store = await loadStore();
      setState((await store.saveConfirmation(id, confirmation)) ?? 'saved');
    } catch {
      setState('storage');
    }
  };

  if (state === 'checking') return null;
  return (
    <div className="save-confirmation">
      {(state === 'ready' || state === 'saving') && (
        <>
          <p>{labels['verify.save.lead']}</p>
          <p>
            <button type="button" className="button" disabled={state === 'saving'} onClick={() => void save()}>
              {labels['verify.save.button']}
            </button>
          </p>
        </>
      )}
      <div aria-live="polite">
        {state === 'saving' && <p>{labels['verify.save.saving']}</p>}
        {state === 'saved' && (
          <>
            <p className="banner banner--ok">{labels['verify.save.saved']}</p>
            <p>
              <a className="button button--quiet" href={pathFor(lang, { page: 'progress' })}>
                {labels['verify.save.progressLink']}
              </a>
            </p>
          </>
        )}
        {(state === 'no-profile' || state === 'not-on-device' || state === 'storage') && <p className="muted">{labels[`verify.save.${state}`]}</p>}
      </div>
    </div>
  );
}
