import { translator, type Strings } from '../i18n/strings';
import { useStorageState } from './learner-hooks';

/** A plain message when this browser cannot keep progress, or a newer version of the site took over. */
export default function StorageBanner({ strings }: { strings: Strings }) {
  const state = useStorageState();
  const t = translator(strings);
  if (state === 'ok') return null;
  return (
    <div className="banner banner--warning" role="alert">
      {state === 'unavailable' ? (
        <p>{t('storage.unavailable')}</p>
      ) : (
        <>
          <p>{t('storage.newerVersion')}</p>
          <button type="button" className="button" onClick={() => location.reload()}>
            {t('storage.reload')}
          </button>
        </>
      )}
    </div>
  );
}
