import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import type { Profile } from '../../lib/learner/learner';
import { hashPin, isValidPin } from '../../lib/learner/pin';
import type { Lang } from '../../lib/routes';
import { loadStore } from './learner-hooks';

/** The open profile's PIN: set one (a restored profile has none), change it, or remove it. */
export default function PinSettings({ lang, profile }: { lang: Lang; profile: Profile }) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState(false);
  const [done, setDone] = useState('');

  const save = async (next: string | null) => {
    setDone('');
    if (next !== null && !isValidPin(next)) return setError(true);
    setError(false);
    const store = await loadStore();
    if (await store.setPin(profile.id, next === null ? null : await hashPin(next))) {
      setPin('');
      setDone(t(lang, next === null ? 'pin.settings.removed' : 'pin.settings.saved'));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(pin);
  };

  return (
    <section aria-labelledby="pin-settings-title">
      <h3 id="pin-settings-title">{t(lang, 'pin.settings.title')}</h3>
      <p className={profile.pin ? undefined : 'banner'}>{t(lang, profile.pin ? 'pin.settings.has' : 'pin.settings.none', { name: profile.name })}</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor="pin-new">{t(lang, 'pin.settings.new')}</label>
        <input id="pin-new" type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.currentTarget.value)}
          aria-describedby={error ? 'pin-new-error' : undefined} aria-invalid={error ? true : undefined} />
        {error && <span id="pin-new-error" className="field-error">{t(lang, 'profile.pin.invalid')}</span>}
        <p className="form-actions">
          <button type="submit" className="button">{t(lang, 'pin.settings.save')}</button>
          {profile.pin && <button type="button" className="button button--quiet" onClick={() => void save(null)}>{t(lang, 'pin.settings.remove')}</button>}
        </p>
      </form>
      <p aria-live="polite">{done}</p>
      <p className="muted">{t(lang, 'profile.pin.help')}</p>
    </section>
  );
}
