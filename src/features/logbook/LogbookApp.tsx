import { useState, type FormEvent } from 'react';
import { translator, type Strings } from '../../i18n/strings';
import type { UiKey } from '../../i18n';
import { MAX_NOTE_LENGTH, REASONS, RESULTS, TAGS, type CouldNotReason, type HelpResult, type HelpTag, type LogEntry } from '../../lib/logbook/entry';
import { noteProblem } from '../../lib/logbook/note-check';
import { localDay, weekOf } from '../../lib/logbook/week';
import { newId, type Profile } from '../../lib/learner/learner';
import { pathFor, type Lang } from '../../lib/routes';
import { loadStore, useLearner, useLive } from '../learner/learner-hooks';
import StorageBanner from '../learner/StorageBanner';
import TeamApp from './TeamApp';
import WeekReport from './WeekReport';
import { kindName, type KindName } from './kinds';

interface Props {
  lang: Lang;
  strings: Strings;
  kinds: KindName[];
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The volunteer's logbook: log a resident helped, fix today's entries, see and send the week's report; the team's reports. */
export default function LogbookApp({ lang, strings, kinds }: Props) {
  const t = translator(strings);
  const learner = useLearner();
  if (learner.kind === 'loading') return null;
  return (
    <div className="logbook-app">
      <StorageBanner strings={strings} />
      {learner.kind === 'profile' ? (
        <>
          <VolunteerLogbook key={learner.profile.id} lang={lang} strings={strings} kinds={kinds} profile={learner.profile} />
          <TeamApp key={`team-${learner.profile.id}`} lang={lang} strings={strings} kinds={kinds} leader={learner.profile} />
        </>
      ) : (
        <div className="banner">
          <p>{t('logbook.needsProfile')}</p>
          <p><a href={pathFor(lang, { page: 'progress' })}>{t('logbook.needsProfileLink')}</a></p>
        </div>
      )}
    </div>
  );
}

interface Draft {
  id: string | null;
  kind: string;
  result: HelpResult;
  reason: CouldNotReason;
  tags: HelpTag[];
  note: string;
}
const emptyDraft: Draft = { id: null, kind: '', result: 'done', reason: 'missing-papers', tags: [], note: '' };

function VolunteerLogbook({ lang, strings, kinds, profile }: Props & { profile: Profile }) {
  const t = translator(strings);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<{ kind?: string; note?: string }>({});
  const [message, setMessage] = useState<Message>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const today = localDay(new Date());
  const [monday, setMonday] = useState(weekOf(today));
  const entries = useLive(async (store) => {
    try {
      return await store.logEntries(profile.id);
    } catch {
      return [];
    }
  }, [profile.id]);
  const todays = (entries ?? []).filter((e) => e.day === today);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const storageError = async (error: unknown) => {
    const store = await loadStore();
    setMessage({ kind: 'error', text: t(`storage.error.${store.storageProblem(error)}` as UiKey) });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const problem = draft.note.length > MAX_NOTE_LENGTH ? 'too-long' : noteProblem(draft.note);
    const next = {
      ...(draft.kind ? {} : { kind: t('logbook.form.kindMissing') }),
      ...(problem ? { note: t(`logbook.note.${problem}`, { n: MAX_NOTE_LENGTH }) } : {}),
    };
    setErrors(next);
    if (next.kind || next.note) return;
    const at = new Date().toISOString();
    const existing = draft.id ? todays.find((e) => e.id === draft.id) : undefined;
    const entry: LogEntry = {
      id: existing?.id ?? newId(),
      profileId: profile.id,
      day: existing?.day ?? today,
      kind: draft.kind,
      result: draft.result,
      reason: draft.result === 'could-not' ? draft.reason : null,
      tags: TAGS.filter((tag) => draft.tags.includes(tag)),
      note: draft.note.trim(),
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    try {
      await (await loadStore()).saveLogEntry(entry);
    } catch (error) {
      return storageError(error);
    }
    setMessage({ kind: 'ok', text: t(existing ? 'logbook.updated' : 'logbook.saved', { kind: kindName(kinds, entry.kind) }) });
    setDraft(emptyDraft);
  };

  const edit = (entry: LogEntry) => {
    setErrors({});
    setMessage(null);
    setDraft({ id: entry.id, kind: entry.kind, result: entry.result, reason: entry.reason ?? 'missing-papers', tags: entry.tags, note: entry.note });
    document.getElementById('logbook-form-title')?.scrollIntoView();
  };

  const remove = async (entry: LogEntry) => {
    setConfirmDelete(null);
    try {
      await (await loadStore()).deleteLogEntry(entry.id);
    } catch (error) {
      return storageError(error);
    }
    if (draft.id === entry.id) setDraft(emptyDraft);
    setMessage({ kind: 'ok', text: t('logbook.deleted', { kind: kindName(kinds, entry.kind) }) });
  };

  const noteErrorId = errors.note ? 'logbook-note-error' : '';
  return (
    <>
      <section aria-labelledby="logbook-form-title" className="logbook-log no-print">
        <h2 id="logbook-form-title">{draft.id ? t('logbook.form.editTitle') : t('logbook.form.title')}</h2>
        <p className="muted">{t('logbook.owner', { name: profile.name })}</p>
        <form className="logbook-form card" onSubmit={(e) => void save(e)} noValidate>
          <fieldset aria-describedby={errors.kind ? 'logbook-kind-error' : undefined}>
            <legend>{t('logbook.form.kind')}</legend>
            <Choices name="logbook-kind" options={kinds.map((k) => [k.id, k.name] as const)} value={draft.kind} onChange={(kind) => set({ kind })} />
            {errors.kind && <p id="logbook-kind-error" className="field-error" role="alert">{errors.kind}</p>}
            {draft.kind && <p><a href={`#checklist-${draft.kind}`}>{t('logbook.checklistLink', { kind: kindName(kinds, draft.kind) })}</a></p>}
          </fieldset>
          <fieldset>
            <legend>{t('logbook.form.result')}</legend>
            <Choices name="logbook-result" options={RESULTS.map((r) => [r, t(`logbook.result.${r}`)] as const)} value={draft.result} onChange={(result) => set({ result })} />
          </fieldset>
          {draft.result === 'could-not' && (
            <p>
              <label className="logbook-form__label" htmlFor="logbook-reason">{t('logbook.form.reason')}</label>
              <select id="logbook-reason" value={draft.reason} onChange={(e) => set({ reason: e.target.value as CouldNotReason })}>
                {REASONS.map((r) => (
                  <option key={r} value={r}>{t(`logbook.reason.${r}`)}</option>
                ))}
              </select>
            </p>
          )}
          <fieldset>
            <legend>{t('logbook.form.tags')}</legend>
            <div className="logbook-choices">
              {TAGS.map((tag) => (
                <label key={tag} className="logbook-choice">
                  <input
                    type="checkbox"
                    checked={draft.tags.includes(tag)}
                    onChange={(e) => set({ tags: e.target.checked ? [...draft.tags, tag] : draft.tags.filter((x) => x !== tag) })}
                  />
                  <span>{t(`logbook.tag.${tag}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <p>
            <label className="logbook-form__label" htmlFor="logbook-note">{t('logbook.form.note')}</label>
            <span id="logbook-note-help" className="muted field-help">{t('logbook.form.noteHelp')}</span>
            <textarea id="logbook-note" rows={2} value={draft.note} onChange={(e) => set({ note: e.target.value })}
              aria-describedby={`logbook-note-help ${noteErrorId}`.trim()} aria-invalid={errors.note ? true : undefined} />
            {errors.note && <span id="logbook-note-error" className="field-error" role="alert">{errors.note}</span>}
          </p>
          <p className="form-actions">
            <button type="submit" className="button">{draft.id ? t('logbook.form.saveEdit') : t('logbook.form.save')}</button>
            {draft.id && <button type="button" className="button button--quiet" onClick={() => setDraft(emptyDraft)}>{t('common.cancel')}</button>}
          </p>
        </form>
        <div aria-live="polite">
          {message && <p className={`banner ${message.kind === 'error' ? 'banner--warning' : 'banner--ok'}`}>{message.text}</p>}
        </div>
      </section>

      <section aria-labelledby="logbook-today-title" className="logbook-today no-print">
        <h2 id="logbook-today-title">{t('logbook.today.title', { n: todays.length })}</h2>
        {todays.length === 0 ? (
          <p>{t('logbook.today.empty')}</p>
        ) : (
          <ul>
            {todays.map((entry, index) => (
              <li key={entry.id} data-entry={entry.id}>
                <span>
                  {index + 1}. {kindName(kinds, entry.kind)} · {t(`logbook.result.${entry.result}`)}
                  {entry.reason && ` (${t(`logbook.reason.${entry.reason}`)})`}
                  {entry.note && <span className="muted"> · {entry.note}</span>}
                </span>
                {confirmDelete === entry.id ? (
                  <span role="group" aria-label={t('logbook.deleteConfirm')}>
                    <span>{t('logbook.deleteConfirm')}</span>{' '}
                    <button type="button" className="button button--danger" onClick={() => void remove(entry)}>{t('logbook.delete')}</button>{' '}
                    <button type="button" className="button button--quiet" onClick={() => setConfirmDelete(null)}>{t('common.cancel')}</button>
                  </span>
                ) : (
                  <span>
                    <button type="button" className="button button--quiet" onClick={() => edit(entry)}>
                      {t('logbook.edit')}<span className="visually-hidden"> {index + 1}</span>
                    </button>{' '}
                    <button type="button" className="button button--quiet" onClick={() => setConfirmDelete(entry.id)}>
                      {t('logbook.delete')}<span className="visually-hidden"> {index + 1}</span>
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <WeekReport lang={lang} strings={strings} kinds={kinds} profile={profile} entries={entries ?? []} monday={monday} setMonday={setMonday} />
    </>
  );
}

/** One choice of several, each a thumb-sized row with its label. */
function Choices<V extends string>({ name, options, value, onChange }: { name: string; options: readonly (readonly [V, string])[]; value: string; onChange: (value: V) => void }) {
  return (
    <div className="logbook-choices">
      {options.map(([option, label]) => (
        <label key={option} className="logbook-choice">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          <span>{label}</span>
        </label>
      ))}
    </div>
  );
}
