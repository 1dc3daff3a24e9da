import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { afterEach, vi } from 'vitest';
import { ACTIVE_PROFILE, GUEST, createProfile, deleteProfile, exportData, importData, issueCertificate, learnerDb, openWithPin, ProfileClashError, recordAttempt, recordReading, saveConfirmation, savePendingAttempts, savePendingLearner, setPin, setSetting, signOut, storageProblem, tryPin, type SaveConfirmationProblem } from '../../src/data/db';
import { hashPin } from '../../src/lib/learner/pin';
import { countersign, createTrainerKey } from '../../src/lib/certificate/countersign';
import { sampleCertificate } from '../fixtures/certificate';
import { notePendingAttempt } from '../../src/data/attempt-journal';
import { notePendingLearner } from '../../src/data/learner-choice-journal';
import { readingPreferencesKey } from '../../src/lib/reading/reading-preferences';

const profile = (name: string) => createProfile({ id: crypto.randomUUID(), name, avatar: '🌾', pin: null });

test('deleting a profile leaves no row of it, and the other profile keeps everything', async () => {
  const lan = await profile('Lan');
  const minh = await profile('Minh');
  for (const p of [lan, minh]) {
    await recordAttempt({ profileId: p.id, moduleId: 'vneid/a', percent: 100, passed: true, answers: { q: 1 } });
    await recordReading(p.id, 'vneid/b', { heading: 'x', fraction: 0.5 }, 10);
    await setSetting(readingPreferencesKey(p.id), JSON.stringify({ textSize: 'larger', contrast: true, speed: 0.75 }));
  }
  await deleteProfile(lan.id);
  const left = await exportData();
  expect(JSON.stringify(left)).not.toContain(lan.id);
  expect(JSON.stringify(await learnerDb().settings.toArray()), 'her reading preferences go with her').not.toContain(lan.id);
  expect(await learnerDb().settings.get(readingPreferencesKey(minh.id))).toBeDefined();
  expect((await exportData([minh.id])).progress).toHaveLength(2);
});

test('export then delete then import gives back the same data', async () => {
  const p = await profile('Hoa');
  await recordAttempt({ profileId: p.id, moduleId: 'vneid/a', percent: 40, passed: false, answers: { q: 0 } });
  await recordAttempt({ profileId: p.id, moduleId: 'vneid/a', percent: 100, passed: true, answers: { q: 1 } });
  const before = await exportData([p.id]);
  await deleteProfile(p.id);
  await importData(before);
  expect(await exportData([p.id])).toEqual(before);
});

test('a trainer’s confirmation is kept with the learner’s own certificate, and survives export and import', async () => {
  const p = await profile('Ánh Tuyết');
  const certificate = await issueCertificate(p.id, sampleCertificate);
  expect(certificate.confirmation, 'a new certificate is not confirmed yet').toBeNull();
  const confirmation = await countersign(certificate.id, await createTrainerKey('Trần Văn Bình'), '2026-11-22');
  expect(await saveConfirmation(certificate.id, confirmation)).toBeUndefined();
  expect((await learnerDb().certificates.get(certificate.id))?.confirmation).toEqual(confirmation);
  const before = await exportData([p.id]);
  await deleteProfile(p.id);
  await importData(before);
  expect(await exportData([p.id])).toEqual(before);
});

test.each<[string, () => Promise<unknown>, SaveConfirmationProblem]>([
  ['no one is signed in', () => learnerDb().settings.delete(ACTIVE_PROFILE), 'no-profile'],
  ['another learner is signed in', () => profile('Minh'), 'not-on-device'],
  ['the certificate is not on this device', () => learnerDb().certificates.clear(), 'not-on-device'],
])('a confirmation is not saved when %s', async (_, arrange, problem) => {
  const p = await profile('Lan');
  const certificate = await issueCertificate(p.id, { ...sampleCertificate, name: `Lan ${crypto.randomUUID().slice(0, 4)}` });
  await arrange();
  const confirmation = await countersign(certificate.id, await createTrainerKey('Trần Văn Bình'), '2026-11-22');
  expect(await saveConfirmation(certificate.id, confirmation)).toBe(problem);
  expect((await learnerDb().certificates.get(certificate.id))?.confirmation ?? null).toBeNull();
});

test('importing a file whose profile id belongs to another person changes nothing', async () => {
  const p = await profile('Tú');
  const before = await exportData();
  const stranger = { ...(await exportData([p.id])), profiles: [{ ...p, name: 'Người lạ', createdAt: '2020-01-01T00:00:00.000Z' }] };
  await expect(importData(stranger)).rejects.toBeInstanceOf(ProfileClashError);
  expect(await exportData()).toEqual(before);
  expect(learnerDb().isOpen()).toBe(true);
});

test.each([
  ['a full disk', { name: 'QuotaExceededError' }, 'full'],
  ['a full disk wrapped by Dexie', { name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'full'],
  ['a browser without IndexedDB', { name: 'MissingAPIError' }, 'unavailable'],
  ['a newer version in another tab', { name: 'VersionError' }, 'newer-version'],
  ['anything else', new Error('boom'), 'failed'],
])('%s is explained as "%s"', (_, error, problem) => {
  expect(storageProblem(error)).toBe(problem);
});

afterEach(() => {
  vi.useRealTimers();
});

test('wrong PINs are counted with the profile: the 5th makes it wait 30 s, and while it waits even the right PIN is not checked', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-29T10:00:00.000Z') });
  const lan = await createProfile({ id: crypto.randomUUID(), name: 'Lan', avatar: '🌸', pin: await hashPin('2468', 10_000) });
  await learnerDb().settings.delete(ACTIVE_PROFILE);
  for (let i = 1; i <= 4; i++) expect(await tryPin(lan.id, '0000')).toEqual({ result: 'wrong', waitMs: 0 });
  expect(await tryPin(lan.id, '0000')).toEqual({ result: 'wrong', waitMs: 30_000 });
  expect(await openWithPin(lan.id, '2468')).toEqual({ result: 'waiting', waitMs: 30_000 });
  expect((await learnerDb().settings.get(ACTIVE_PROFILE))?.value, 'the right PIN does not open her while she waits').toBeUndefined();
  expect((await learnerDb().profiles.get(lan.id))?.pinLock.failures, 'the count is stored with her profile').toBe(5);
  vi.setSystemTime(Date.parse('2026-11-29T10:00:30.000Z'));
  expect(await tryPin(lan.id, '1111')).toEqual({ result: 'wrong', waitMs: 60_000 });
  vi.setSystemTime(Date.parse('2026-11-29T10:01:30.000Z'));
  expect(await openWithPin(lan.id, '2468')).toEqual({ result: 'right' });
  expect((await learnerDb().settings.get(ACTIVE_PROFILE))?.value).toBe(lan.id);
  expect((await learnerDb().profiles.get(lan.id))?.pinLock, 'the right PIN clears the count').toEqual({ failures: 0, lastFailureAt: null });
});

test('only the profile open now can change its PIN', async () => {
  const lan = await createProfile({ id: crypto.randomUUID(), name: 'Lan', avatar: '🌸', pin: await hashPin('2468', 10_000) });
  const minh = await profile('Minh');
  expect(await setPin(lan.id, null), 'Minh is open: Lan’s PIN cannot be removed').toBe(false);
  expect((await learnerDb().profiles.get(lan.id))?.pin).not.toBeNull();
  expect(await setPin(minh.id, await hashPin('1357', 10_000))).toBe(true);
});

test('an edited backup of a locked learner (PIN gone, renamed, a module added) changes nothing, and says she was left out', async () => {
  const lan = await createProfile({ id: crypto.randomUUID(), name: 'Lan', avatar: '🌸', pin: await hashPin('2468', 10_000) });
  await recordAttempt({ profileId: lan.id, moduleId: 'vneid/a', percent: 100, passed: true, answers: { q: 1 } });
  await profile('Minh');
  const before = await exportData();
  const file = await exportData([lan.id]);
  const attack = {
    ...file,
    profiles: [{ ...file.profiles[0]!, name: 'Lan (đổi tên)', pin: null, recoveryKey: null }],
    progress: [...file.progress, { ...file.progress[0]!, moduleId: 'vneid/b' }],
  };
  expect(await importData(attack)).toEqual([{ name: 'Lan', outcome: 'left-out' }]);
  expect(await exportData()).toEqual(before);
});

test('a volunteer’s logbook is theirs: it goes with their backup, comes back on import, and goes when the profile is deleted', async () => {
  const { deleteLogEntry, logEntries, saveLogEntry, mergeIntoTeam, teamReports } = await import('../../src/data/db');
  const hung = await profile('Hùng');
  const an = await profile('An');
  const entry = (p: { id: string }, day: string, kind: string) => ({
    id: crypto.randomUUID(), profileId: p.id, day, kind, result: 'done' as const, reason: null, tags: [], note: '',
    createdAt: `${day}T08:00:00.000Z`, updatedAt: `${day}T08:00:00.000Z`,
  });
  await saveLogEntry(entry(hung, '2026-11-23', 'vneid'));
  await saveLogEntry(entry(hung, '2026-11-29', 'payment'));
  const gone = entry(hung, '2026-11-30', 'vneid');
  await saveLogEntry(gone);
  await deleteLogEntry(gone.id);
  await saveLogEntry(entry(an, '2026-11-24', 'vneid'));
  expect((await logEntries(hung.id, { from: '2026-11-23', to: '2026-11-29' })).map((e) => e.kind), 'a week holds that volunteer’s entries of those days').toEqual(['vneid', 'payment']);
  const report = { v: 1 as const, k: 'AbCdEfGhIjKl', n: 'An', w: '2026-11-23', t: '2026-11-29T20:00:00Z', c: [['vneid', 1, 0, 0] as [string, number, number, number]], r: [], g: [], d: [], h: 'h'.repeat(22) };
  expect(await mergeIntoTeam(hung.id, [report, report])).toEqual({ added: 1, replaced: 0, unchanged: 1 });

  const backup = await exportData([hung.id]);
  expect(backup.logbook).toHaveLength(2);
  await deleteProfile(hung.id);
  expect(await logEntries(hung.id), 'no entry of a deleted profile stays').toEqual([]);
  expect(await teamReports(hung.id), 'nor the team reports they merged').toEqual([]);
  expect(await logEntries(an.id), 'the other volunteer keeps theirs').toHaveLength(1);
  await importData(backup);
  expect(await exportData([hung.id])).toEqual(backup);
});

/** A page's localStorage, for the notes a page leaves for the next one; its contents. */
function stubLocalStorage(): Map<string, string> {
  const stored = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  });
  return stored;
}

test('an attempt noted on a page left before it was saved is saved by the next page, once; a deleted profile’s is dropped', async () => {
  const stored = stubLocalStorage();
  try {
    const hoa = await profile('Hoa');
    const gone = await profile('Gone');
    const kept = { id: crypto.randomUUID(), at: '2026-11-29T10:00:00.000Z', profileId: hoa.id, moduleId: 'vneid/a', percent: 100, passed: true, answers: { q: 1 } };
    notePendingAttempt(kept);
    notePendingAttempt({ ...kept, id: crypto.randomUUID(), profileId: gone.id });
    await deleteProfile(gone.id);
    await savePendingAttempts();
    await savePendingAttempts();
    await recordAttempt(kept);
    expect(await learnerDb().attempts.where('profileId').anyOf([hoa.id, gone.id]).toArray()).toEqual([kept]);
    expect((await learnerDb().progress.get([hoa.id, 'vneid/a']))?.attempts, 'counted once').toBe(1);
    expect(stored.size, 'nothing is left waiting').toBe(0);
  } finally {
    vi.unstubAllGlobals();
  }
});

test('a choice of learner noted on a page left before it was saved is saved by the next page; signing out drops it', async () => {
  const stored = stubLocalStorage();
  try {
    const hoa = await profile('Hoa');
    await signOut();
    // The page was left while the write waited: only the note remains.
    notePendingLearner(GUEST);
    await savePendingLearner();
    expect((await learnerDb().settings.get(ACTIVE_PROFILE))?.value, 'guest mode, chosen before leaving').toBe(GUEST);
    expect(stored.size, 'nothing is left waiting').toBe(0);

    notePendingLearner(hoa.id);
    await deleteProfile(hoa.id);
    await savePendingLearner();
    expect((await learnerDb().settings.get(ACTIVE_PROFILE))?.value, 'a profile deleted since is not chosen').toBe(GUEST);

    notePendingLearner(GUEST);
    await signOut();
    await savePendingLearner();
    expect(await learnerDb().settings.get(ACTIVE_PROFILE), 'signing out is not undone by a choice still waiting').toBeUndefined();

    await setSetting(ACTIVE_PROFILE, GUEST);
    expect(stored.size, 'a choice saved at once leaves no note').toBe(0);
  } finally {
    vi.unstubAllGlobals();
  }
});
