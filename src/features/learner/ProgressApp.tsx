import { useEffect, useState, type FormEvent } from 'react';
import { pickPrefixed, t, type UiKey } from '../../i18n';
import {
  ACTIVE_PROFILE,
  GUEST,
  IDLE_MINUTES,
  createProfile,
  deleteProfile,
  ProfileClashError,
  setSetting,
  signOut,
  storageProblem,
} from '../../data/db';
import { AVATARS, isValidName, newId, type Avatar, type Profile } from '../../lib/learner/learner';
import { hashPin, isValidPin } from '../../lib/learner/pin';
import { pathFor, type Lang } from '../../lib/routes';
import { useIdleSignOut, useLearner, useLive, useStorageState } from './learner-hooks';
import { keepUnsavedChoice, useProfileReadingPreferences } from '../reading/profile-reading-preferences';
import CourseProgressList from './CourseProgressList';
import type { ListedCourse } from './progress-course';
import { isOutline, startedCourses } from '../../lib/learner/course-outlines';
import { useOutlines } from './use-outlines';
import { keepCertificateMakerOffline } from '../certificate/certificate-files';
import ShareWithTrainer from '../trainer/ShareWithTrainer';
import { forgetReadingPreferences } from '../reading/reading-preferences';
import StorageBanner from './StorageBanner';
import PinEntry from './PinEntry';
import PinSettings from './PinSettings';
import BackupSection from './BackupSection';

interface Props {
  lang: Lang;
  /** Every course of the catalog, in order: titles only. */
  courses: ListedCourse[];
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

function errorText(lang: Lang, error: unknown): string {
  if (error instanceof ProfileClashError) return t(lang, 'backup.error.clash', { names: error.names.join(', ') });
  return t(lang, `storage.error.${storageProblem(error)}` as UiKey);
}

/** The "My progress" page: who is learning, their progress per course, backup and transfer. */
export default function ProgressApp({ lang, courses }: Props) {
  const learner = useLearner();
  useIdleSignOut(learner);
  useProfileReadingPreferences(learner.kind === 'profile' ? learner.profile.id : undefined);
  const storage = useStorageState();
  const [message, setMessage] = useState<Message>(null);
  const profiles = useLive(async ({ learnerDb }) => {
    try {
      return await learnerDb().profiles.orderBy('createdAt').toArray();
    } catch {
      return [];
    }
  }, []);

  const run = async (action: () => Promise<void>) => {
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(lang, error) });
    }
  };

  return (
    <div className="progress-app">
      <StorageBanner strings={pickPrefixed(lang, ['storage.'])} />
      <div aria-live="polite" className="progress-app__message">
        {message && <p className={`banner ${message.kind === 'error' ? 'banner--warning' : 'banner--ok'}`}>{message.text}</p>}
      </div>
      {learner.kind === 'profile' ? (
        <ProfileView lang={lang} profile={learner.profile} courses={courses} run={run} setMessage={setMessage} />
      ) : (
        // Not while still finding out who learns here: a signed-in learner would see the picker flash first.
        learner.kind !== 'loading' &&
        storage !== 'unavailable' &&
        profiles !== undefined && <Picker lang={lang} profiles={profiles} guest={learner.kind === 'guest'} run={run} />
      )}
      {storage !== 'unavailable' && (
        <BackupSection lang={lang} profile={learner.kind === 'profile' ? learner.profile : undefined} profiles={profiles ?? []} courses={courses} run={run} setMessage={setMessage} />
      )}
    </div>
  );
}

type Run = (action: () => Promise<void>) => Promise<void>;

function Picker({ lang, profiles, guest, run }: { lang: Lang; profiles: Profile[]; guest: boolean; run: Run }) {
  const [askingId, setAskingId] = useState<string | null>(null);
  const [creating, setCreating] = useState(profiles.length === 0);
  // Live from the database: the count of wrong PINs and the wait follow every try, in this tab or another.
  const asking = profiles.find((p) => p.id === askingId) ?? null;

  const choose = (profile: Profile) => {
    if (profile.pin) return setAskingId(profile.id);
    void run(() => setSetting(ACTIVE_PROFILE, profile.id));
  };

  return (
    <section aria-labelledby="picker-title">
      <h2 id="picker-title">{t(lang, 'profile.who')}</h2>
      {guest && (
        <div className="banner">
          <p>{t(lang, 'learner.guestNotice')}</p>
          <p>{t(lang, 'certificate.guest')}</p>
        </div>
      )}
      {profiles.length > 0 && (
        <ul className="profile-list">
          {profiles.map((p) => (
            <li key={p.id}>
              <button type="button" className="profile-button" onClick={() => choose(p)} aria-pressed={asking?.id === p.id}>
                <span aria-hidden="true" className="profile-button__avatar">{p.avatar}</span>
                <span>{p.name}</span>
                {p.pin && <span className="muted"> ({t(lang, 'profile.pin.has')})</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {asking && <PinEntry key={asking.id} lang={lang} profile={asking} run={run} onCancel={() => setAskingId(null)} />}
      {creating ? (
        <CreateProfile lang={lang} run={run} onCancel={profiles.length > 0 ? () => setCreating(false) : undefined} />
      ) : (
        <p><button type="button" className="button" onClick={() => setCreating(true)}>{t(lang, 'profile.add')}</button></p>
      )}
      <p>
        <button type="button" className="button button--quiet" onClick={() => void run(() => setSetting(ACTIVE_PROFILE, GUEST))}>
          {t(lang, 'profile.guest')}
        </button>
      </p>
      <p className="muted">{t(lang, 'profile.guestHelp')}</p>
    </section>
  );
}

function CreateProfile({ lang, run, onCancel }: { lang: Lang; run: Run; onCancel: (() => void) | undefined }) {
  const [name, setName] = useState('');
  const [avatar, setAvatar] = useState<Avatar>(AVATARS[0]);
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<{ name?: string; pin?: string }>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!isValidName(name)) next.name = t(lang, 'profile.name.invalid');
    if (pin !== '' && !isValidPin(pin)) next.pin = t(lang, 'profile.pin.invalid');
    setErrors(next);
    if (next.name || next.pin) return;
    await run(async () => {
      await createProfile({ id: newId(), name: name.trim(), avatar, pin: pin ? await hashPin(pin) : null });
    });
  };

  return (
    <form onSubmit={submit} className="card create-profile" noValidate>
      <h3>{t(lang, 'profile.add')}</h3>
      <p>
        <label htmlFor="profile-name">{t(lang, 'profile.name')}</label>
        <input id="profile-name" type="text" autoComplete="off" maxLength={40} value={name} onChange={(e) => setName(e.target.value)}
          aria-describedby={errors.name ? 'profile-name-error' : undefined} aria-invalid={errors.name ? true : undefined} />
        {errors.name && <span id="profile-name-error" className="field-error">{errors.name}</span>}
      </p>
      <fieldset className="avatar-choice">
        <legend>{t(lang, 'profile.avatar')}</legend>
        {AVATARS.map((a, index) => (
          <label key={a} className="avatar-choice__option">
            <input type="radio" name="avatar" checked={avatar === a} onChange={() => setAvatar(a)} aria-label={t(lang, 'profile.avatarN', { n: index + 1 })} />
            <span aria-hidden="true">{a}</span>
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor="profile-pin">{t(lang, 'profile.pin.optional')}</label>
        <input id="profile-pin" type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)}
          aria-describedby={`profile-pin-help${errors.pin ? ' profile-pin-error' : ''}`} aria-invalid={errors.pin ? true : undefined} />
        <span id="profile-pin-help" className="muted field-help">{t(lang, 'profile.pin.help')}</span>
        {errors.pin && <span id="profile-pin-error" className="field-error">{errors.pin}</span>}
      </p>
      <p className="form-actions">
        <button type="submit" className="button">{t(lang, 'profile.create')}</button>
        {onCancel && <button type="button" className="button button--quiet" onClick={onCancel}>{t(lang, 'common.cancel')}</button>}
      </p>
    </form>
  );
}

function ProfileView({ lang, profile, courses, run, setMessage }: { lang: Lang; profile: Profile; courses: ListedCourse[]; run: Run; setMessage: (m: Message) => void }) {
  const [confirming, setConfirming] = useState(false);
  const switchLearner = async () => {
    // Whatever this learner chose last reaches their profile before the phone passes to someone else.
    await keepUnsavedChoice(profile.id);
    await signOut();
  };
  useEffect(() => {
    // After the page has settled, so the progress shows first.
    const timer = window.setTimeout(keepCertificateMakerOffline, 1500);
    return () => window.clearTimeout(timer);
  }, []);
  const rows = useLive(async ({ learnerDb }) => {
    try {
      return await learnerDb().progress.where('profileId').equals(profile.id).toArray();
    } catch {
      return [];
    }
  }, [profile.id]);
  const idle = useLive(async ({ learnerDb }) => {
    try {
      return (await learnerDb().settings.get(IDLE_MINUTES))?.value ?? 0;
    } catch {
      return 0;
    }
  }, []);
  // Only the courses she has started are listed module by module, from their outlines; the others take one line each.
  const started = new Set(startedCourses(rows ?? []));
  const outlines = useOutlines(lang, () => courses.filter((c) => started.has(c.slug)).map((c) => c.slug));
  const loaded = courses.flatMap((c) => {
    const outline = outlines.get(c.slug);
    return started.has(c.slug) && isOutline(outline) ? [outline] : [];
  });
  const unreachable = courses.filter((c) => started.has(c.slug) && outlines.get(c.slug) !== undefined && !isOutline(outlines.get(c.slug)));
  // The report waits for every started course's outline: "nothing started yet" must not flash while they come.
  const settled = rows !== undefined && courses.every((c) => !started.has(c.slug) || outlines.has(c.slug));

  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">
        <span aria-hidden="true">{profile.avatar}</span> {t(lang, 'learner.learning', { name: profile.name })}
      </h2>
      <p className="form-actions">
        <button type="button" className="button button--quiet" onClick={() => void run(switchLearner)}>
          {t(lang, 'learner.switch')}
        </button>
      </p>

      {rows && <CourseProgressList lang={lang} profile={profile} courses={courses} rows={rows} outlines={outlines} />}

      {settled && <ShareWithTrainer key={profile.id} lang={lang} profile={profile} courses={loaded} leftOut={unreachable.map((c) => c.title)} progress={rows ?? []} />}

      <p className="trainer-link"><a href={pathFor(lang, { page: 'logbook' })}>{t(lang, 'progress.logbookLink')}</a></p>

      <section aria-labelledby="settings-title">
        <h3 id="settings-title">{t(lang, 'settings.title')}</h3>
        <p>
          <label htmlFor="idle-minutes">{t(lang, 'settings.idle')}</label>{' '}
          <select id="idle-minutes" value={String(idle ?? 0)} onChange={(e) => void run(() => setSetting(IDLE_MINUTES, Number(e.target.value)))}>
            {[0, 5, 15, 30].map((n) => (
              <option key={n} value={n}>{n === 0 ? t(lang, 'settings.idleOff') : t(lang, 'settings.idleMinutes', { n })}</option>
            ))}
          </select>
        </p>
      </section>

      <PinSettings lang={lang} profile={profile} />

      <section aria-labelledby="delete-title">
        <h3 id="delete-title">{t(lang, 'profile.delete.title')}</h3>
        {confirming ? (
          <div className="card" role="group" aria-labelledby="delete-confirm">
            <p id="delete-confirm">{t(lang, 'profile.delete.confirm', { name: profile.name })}</p>
            <p className="form-actions">
              <button type="button" className="button button--danger" onClick={() => void run(async () => {
                await deleteProfile(profile.id);
                // Her text size and contrast were the ones in force on this device: they go with her.
                forgetReadingPreferences();
                setMessage({ kind: 'ok', text: t(lang, 'profile.delete.done', { name: profile.name }) });
              })}>
                {t(lang, 'profile.delete.yes')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>{t(lang, 'common.cancel')}</button>
            </p>
          </div>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
            {t(lang, 'profile.delete.button', { name: profile.name })}
          </button>
        )}
      </section>
    </section>
  );
}
