import { useEffect, useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import type { Profile } from '../../lib/learner/learner';
import { pinWaitLeft } from '../../lib/learner/pin-lockout';
import type { Lang } from '../../lib/routes';
import { loadStore } from './learner-hooks';
import { waitWords } from './wait-words';

/**
 * How long `profile` still waits before it takes a PIN, counted down live; 0 when it takes one now. Each render reads
 * the clock itself (a counter would drift); a timer only asks for a render every second while the profile waits.
 */
export function usePinWait(profile: Profile): number {
  const [, setTick] = useState(0);
  const left = pinWaitLeft(profile.pinLock, Date.now());
  const waiting = left > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => setTick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [waiting, profile.pinLock]);
  return left;
}

interface Props {
  lang: Lang;
  profile: Profile;
  onCancel: () => void;
  run: (action: () => Promise<void>) => Promise<void>;
}

/** Asks a locked profile's PIN; wrong PINs meet a growing wait, and a forgotten PIN has a way out that shows no data. */
export default function PinEntry({ lang, profile, onCancel, run }: Props) {
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const [removing, setRemoving] = useState(false);
  const left = usePinWait(profile);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (left > 0) return;
    const store = await loadStore();
    const outcome = await store.openWithPin(profile.id, pin);
    setPin('');
    setWrong(outcome.result !== 'right');
  };

  const describedBy = [wrong && 'pin-open-error', left > 0 && 'pin-open-wait'].filter(Boolean).join(' ');
  return (
    <form onSubmit={(e) => void submit(e)} className="card pin-form">
      <label htmlFor="pin-open">{t(lang, 'profile.pin.ask', { name: profile.name })}</label>
      <input id="pin-open" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.currentTarget.value)}
        disabled={left > 0} aria-describedby={describedBy || undefined} aria-invalid={wrong ? true : undefined} />
      {wrong && left === 0 && <p id="pin-open-error" className="field-error" role="alert">{t(lang, 'profile.pin.wrong')}</p>}
      {left > 0 && (
        <p id="pin-open-wait" className="field-error pin-form__wait" role="timer">
          {t(lang, 'profile.pin.waiting', { time: waitWords(lang, left) })}
        </p>
      )}
      <p className="form-actions">
        <button type="submit" className="button" disabled={left > 0}>{t(lang, 'profile.pin.open')}</button>
        <button type="button" className="button button--quiet" onClick={onCancel}>{t(lang, 'common.cancel')}</button>
      </p>
      <details className="pin-form__forgot">
        <summary>{t(lang, 'profile.pin.forgot.title')}</summary>
        <p>{t(lang, 'profile.pin.forgot.backup', { name: profile.name })}</p>
        <p>{t(lang, 'profile.pin.forgot.remove', { name: profile.name })}</p>
        {removing ? (
          <div role="group" aria-labelledby="forgot-confirm">
            <p id="forgot-confirm">{t(lang, 'profile.delete.confirm', { name: profile.name })}</p>
            <p className="form-actions">
              <button type="button" className="button button--danger" onClick={() => void run(async () => {
                const store = await loadStore();
                await store.deleteProfile(profile.id);
                onCancel();
              })}>{t(lang, 'profile.delete.yes')}</button>
              <button type="button" className="button button--quiet" onClick={() => setRemoving(false)}>{t(lang, 'common.cancel')}</button>
            </p>
          </div>
        ) : (
          <p><button type="button" className="button button--quiet" onClick={() => setRemoving(true)}>{t(lang, 'profile.delete.button', { name: profile.name })}</button></p>
        )}
      </details>
    </form>
  );
}
