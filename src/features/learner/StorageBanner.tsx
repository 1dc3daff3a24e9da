import { translator, type Strings } from '../../i18n/strings';
import { useStorageState } from './learner-hooks';

/** A plain message when this browser cannot keep progress, an old tab holds up an update, or a newer version took over. */
export default function StorageBanner({ strings }: { strings: Strings }) {
  const state = useStorageState();
  const t = translator(strings);
  if (state === 'ok') return null;
  return (
    <div className="banner banner--warning" role="alert">
      {state === 'unavailable' || state === 'blocked' ? (
        <p>{t(`storage.${state}`)}</p>
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
