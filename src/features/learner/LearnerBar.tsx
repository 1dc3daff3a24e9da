import { useEffect, useRef } from 'react';
import { translator, type Strings } from '../../i18n/strings';
import { pathFor, type Lang } from '../../lib/routes';
import { loadStore, useIdleSignOut, useLearner } from './learner-hooks';
import { useProfileReadingPreferences } from '../reading/profile-reading-preferences';
import StorageBanner from './StorageBanner';

interface Props {
  lang: Lang;
  strings: Strings;
  /** On a module page: the module whose reading position and time are kept. */
  moduleId?: string;
}

const SAVE_EVERY_MS = 5_000;

/** The last section heading scrolled past, and how far down the page the learner is. */
function readingPosition(): { heading: string; fraction: number } {
  const headings = [...document.querySelectorAll<HTMLElement>('.module__text h2[id]')];
  const passed = headings.filter((h) => h.getBoundingClientRect().top < 80).pop();
  const scrollable = document.documentElement.scrollHeight - innerHeight;
  const fraction = scrollable > 0 ? Math.min(1, Math.max(0, scrollY / scrollable)) : 0;
  return { heading: passed?.id ?? '', fraction: Math.round(fraction * 1000) / 1000 };
}

/** Who is learning, with a link to switch; keeps the reading position and time of a module page. */
export default function LearnerBar({ lang, strings, moduleId }: Props) {
  const t = translator(strings);
  const learner = useLearner();
  useIdleSignOut(learner);
  const profileId = learner.kind === 'profile' ? learner.profile.id : undefined;
  useProfileReadingPreferences(profileId);
  const since = useRef(Date.now());

  useEffect(() => {
    if (!profileId || !moduleId) return;
    since.current = Date.now();
    let last = '';
    const save = () => {
      if (document.visibilityState !== 'visible' && last !== '') return;
      const position = readingPosition();
      const key = JSON.stringify(position);
      const seconds = (Date.now() - since.current) / 1000;
      if (key === last && seconds < 30) return;
      last = key;
      since.current = Date.now();
      loadStore()
        .then((store) => store.recordReading(profileId, moduleId, position, seconds))
        .catch(() => undefined);
    };
    const timer = window.setInterval(save, SAVE_EVERY_MS);
    const onHide = () => document.visibilityState === 'hidden' && save();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', save);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', save);
    };
  }, [profileId, moduleId]);

  const progressPath = pathFor(lang, { page: 'progress' });
  return (
    <div className="learner-bar">
      <StorageBanner strings={strings} />
      {learner.kind === 'profile' && (
        <p className="learner-bar__who">
          <span aria-hidden="true">{learner.profile.avatar}</span> {t('learner.learning', { name: learner.profile.name })}{' '}
          <a href={progressPath}>{t('learner.switch')}</a>
        </p>
      )}
      {learner.kind === 'guest' && (
        <p className="learner-bar__who">
          {t('learner.guestNotice')} <a href={progressPath}>{t('learner.switch')}</a>
        </p>
      )}
      {learner.kind === 'none' && (
        <p className="learner-bar__who">
          {t('learner.noneNotice')} <a href={progressPath}>{t('learner.choose')}</a>
        </p>
      )}
    </div>
  );
}
