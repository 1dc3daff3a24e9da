import { useRef, useState, type FormEvent } from 'react';
import { t, type UiKey } from '../../i18n';
import { MAX_BACKUP_BYTES, makeBackup, parseBackup, type BackupPlace } from '../../lib/learner/backup';
import { auditBackup, type BackupRefusalReason } from '../../lib/learner/backup-audit';
import { isLocked, type ImportOutcome } from '../../lib/learner/import-plan';
import type { Profile } from '../../lib/learner/learner';
import type { Lang } from '../../lib/routes';
import { fileName, shareOrDownload } from '../../browser/save-file';
import { loadStore, useHydrated } from './learner-hooks';
import type { ListedCourse } from './progress-course';
import { courseOfModule } from '../../lib/learner/progress';
import { isOutline, knownModules, type Outlines } from '../../lib/learner/course-outlines';
import { loadOutlines } from './use-outlines';
import { usePinWait } from './PinEntry';
import { waitWords } from './wait-words';

type Message = { kind: 'ok' | 'error'; text: string } | null;

interface Props {
  lang: Lang;
  /** The profile open now, if any. */
  profile: Profile | undefined;
  profiles: Profile[];
  /** Every course of the catalog: titles only; the modules of the courses a file names are fetched when it is imported. */
  courses: ListedCourse[];
  run: (action: () => Promise<void>) => Promise<void>;
  setMessage: (m: Message) => void;
}

const FIELD_KEYS = new Set(['createdAt', 'updatedAt', 'completedAt', 'position.at', 'at', 'issuedAt', 'payload.date', 'confirmation.d', 'id', 'moduleId', 'exportedAt']);

/** The outlines of the catalog's courses that these modules belong to: a file naming made-up courses fetches nothing. */
function outlinesOf(lang: Lang, courses: ListedCourse[], moduleIds: string[]): Promise<Outlines> {
  const named = new Set(moduleIds.map(courseOfModule));
  return loadOutlines(lang, courses.filter((c) => named.has(c.slug)).map((c) => c.slug));
}

/** A refused file in the learner's words: why, whose, which module or course (by title), which field. */
function refusalText(lang: Lang, courses: ListedCourse[], outlines: Outlines, reason: BackupRefusalReason | 'invalid', where: BackupPlace): string {
  const outline = where.module ? outlines.get(courseOfModule(where.module)) : undefined;
  const module = where.module && isOutline(outline) ? outline.modules.find((m) => m.id === where.module)?.title : undefined;
  const course = where.course && courses.find((c) => c.slug === where.course)?.title;
  return t(lang, 'backup.refused', {
    reason: t(lang, `backup.refusal.${reason}`),
    learner: where.learner ?? t(lang, 'backup.place.none'),
    module: module ?? course ?? where.module ?? where.course ?? t(lang, 'backup.place.none'),
    field: FIELD_KEYS.has(where.field) ? t(lang, `backup.field.${where.field}` as UiKey) : where.field,
  });
}

function outcomeText(lang: Lang, outcomes: { name: string; outcome: ImportOutcome }[], unknownModules: number, uncheckedModules: number): string {
  const lines = (['added', 'updated', 'reset', 'left-out'] as const).flatMap((outcome) => {
    const names = outcomes.filter((o) => o.outcome === outcome).map((o) => o.name);
    return names.length > 0 ? [t(lang, `backup.outcome.${outcome}`, { names: names.join(', ') })] : [];
  });
  if (unknownModules > 0) lines.push(t(lang, 'backup.unknownModules', { n: unknownModules }));
  if (uncheckedModules > 0) lines.push(t(lang, 'backup.uncheckedModules', { n: uncheckedModules }));
  return lines.join(' ');
}

/** Backup and transfer: export one's own file or the family's, and import a file. */
export default function BackupSection({ lang, profile, profiles, courses, run, setMessage }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [askingPins, setAskingPins] = useState(false);
  const locked = profiles.filter((p) => isLocked(p, profile?.id));

  const exportFile = (ids: string[], label: string, leftOut: string[] = []) =>
    run(async () => {
      const store = await loadStore();
      const data = await store.exportData(ids);
      if (data.profiles.length === 0) return setMessage({ kind: 'error', text: t(lang, 'backup.nothing') });
      const now = new Date();
      const file = new File([JSON.stringify(makeBackup(data, now.toISOString()), null, 1)], fileName(label, now), { type: 'application/json' });
      await shareOrDownload(file);
      const left = leftOut.length > 0 ? ` ${t(lang, 'backup.all.leftOut', { names: leftOut.join(', ') })}` : '';
      setMessage({ kind: 'ok', text: t(lang, 'backup.exported', { file: file.name }) + left });
    });

  /** Everyone unlocked, and each locked learner whose PIN was typed right in this flow; the others are named. */
  const exportEveryone = async (pins: Record<string, string>) => {
    const store = await loadStore();
    const included: string[] = [];
    const leftOut: string[] = [];
    for (const p of locked) {
      const pin = pins[p.id] ?? '';
      const right = pin !== '' && (await store.tryPin(p.id, pin)).result === 'right';
      (right ? included : leftOut).push(right ? p.id : p.name);
    }
    setAskingPins(false);
    const ids = [...profiles.filter((p) => !isLocked(p, profile?.id)).map((p) => p.id), ...included];
    await exportFile(ids, t(lang, 'backup.allLabel'), leftOut);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = '';
    if (file.size > MAX_BACKUP_BYTES) return setMessage({ kind: 'error', text: t(lang, 'backup.error.too-big') });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setMessage({ kind: 'error', text: t(lang, 'backup.error.not-json') });
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      if (parsed.problem !== 'invalid' || !parsed.where) return setMessage({ kind: 'error', text: t(lang, `backup.error.${parsed.problem}`) });
      const outlines = await outlinesOf(lang, courses, parsed.where.module ? [parsed.where.module] : []);
      return setMessage({ kind: 'error', text: refusalText(lang, courses, outlines, 'invalid', parsed.where) });
    }
    const rows = [...parsed.backup.progress, ...parsed.backup.attempts];
    const outlines = await outlinesOf(lang, courses, rows.map((r) => r.moduleId));
    const audit = await auditBackup(parsed.backup, Date.now(), knownModules(outlines));
    if (!audit.ok) return setMessage({ kind: 'error', text: refusalText(lang, courses, outlines, audit.refusal.reason, audit.refusal.where) });
    await run(async () => {
      const store = await loadStore();
      const outcomes = await store.importData(parsed.backup);
      const anyChanged = outcomes.some((o) => o.outcome !== 'left-out');
      setMessage({
        kind: anyChanged ? 'ok' : 'error',
        text: outcomeText(lang, outcomes, anyChanged ? audit.unknownModules : 0, anyChanged ? audit.uncheckedModules : 0),
      });
    });
  };

  // The section is in the server-rendered page: a file picked or a button pressed before the island runs would do nothing.
  const ready = useHydrated();
  return (
    <section aria-labelledby="backup-title" className="backup">
      <h2 id="backup-title">{t(lang, 'backup.title')}</h2>
      <p>{t(lang, 'backup.lead')}</p>
      <p className="form-actions">
        {profile && (
          <button type="button" className="button" disabled={!ready} onClick={() => void exportFile([profile.id], profile.name)}>
            {t(lang, 'backup.exportMine', { name: profile.name })}
          </button>
        )}
        <button type="button" className="button button--quiet" disabled={!ready} aria-expanded={locked.length > 0 ? askingPins : undefined}
          onClick={() => (locked.length > 0 ? setAskingPins(!askingPins) : void exportEveryone({}))}>
          {t(lang, 'backup.exportAll')}
        </button>
      </p>
      {askingPins && <EveryonePins lang={lang} locked={locked} onExport={(pins) => void exportEveryone(pins)} onCancel={() => setAskingPins(false)} />}
      <p>
        <label htmlFor="backup-file">{t(lang, 'backup.import')}</label>
        <input id="backup-file" ref={input} type="file" disabled={!ready} accept="application/json,.json" onChange={(e) => void importFile(e.target.files?.[0])} />
      </p>
      <p className="muted">{t(lang, 'backup.importHelp')}</p>
      <p className="muted">{t(lang, 'backup.noPin')}</p>
    </section>
  );
}

function EveryonePins({ lang, locked, onExport, onCancel }: { lang: Lang; locked: Profile[]; onExport: (pins: Record<string, string>) => void; onCancel: () => void }) {
  const [pins, setPins] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onExport(pins);
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="everyone-title">
      <h3 id="everyone-title">{t(lang, 'backup.all.title')}</h3>
      <p>{t(lang, 'backup.all.lead')}</p>
      {locked.map((p) => (
        <LockedPin key={p.id} lang={lang} profile={p} value={pins[p.id] ?? ''} onChange={(v) => setPins({ ...pins, [p.id]: v })} />
      ))}
      <p className="form-actions">
        <button type="submit" className="button">{t(lang, 'backup.all.go')}</button>
        <button type="button" className="button button--quiet" onClick={onCancel}>{t(lang, 'common.cancel')}</button>
      </p>
    </form>
  );
}

function LockedPin({ lang, profile, value, onChange }: { lang: Lang; profile: Profile; value: string; onChange: (v: string) => void }) {
  const left = usePinWait(profile);
  const id = `export-pin-${profile.id}`;
  return (
    <p>
      <label htmlFor={id}>{t(lang, 'backup.all.pin', { name: profile.name })}</label>
      <input id={id} type="password" inputMode="numeric" autoComplete="off" value={value} disabled={left > 0} onChange={(e) => onChange(e.currentTarget.value)}
        aria-describedby={left > 0 ? `${id}-wait` : undefined} />
      {left > 0 && <span id={`${id}-wait`} className="field-error" role="timer">{t(lang, 'profile.pin.waiting', { time: waitWords(lang, left) })}</span>}
    </p>
  );
}
