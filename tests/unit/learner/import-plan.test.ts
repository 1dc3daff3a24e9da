import { expect, test } from 'vitest';
import { planImport } from '../../../src/lib/learner/import-plan';
import type { Profile } from '../../../src/lib/learner/learner';
import type { BackupProfile } from '../../../src/lib/learner/backup';

const pin = { salt: 'c2FsdA==', hash: 'aGFzaA==', iterations: 100_000 };
const lanKey = 'aa'.repeat(16);
const lan: Profile = { id: 'lan-0000', name: 'Lan', avatar: '🌸', pin, pinLock: { failures: 2, lastFailureAt: '2026-11-29T10:00:00.000Z' }, recoveryKey: lanKey, createdAt: '2026-03-01T08:00:00.000Z' };
const minh: Profile = { id: 'minh-0000', name: 'Minh', avatar: '🐃', pin: null, pinLock: { failures: 0, lastFailureAt: null }, recoveryKey: 'bb'.repeat(16), createdAt: '2026-03-02T08:00:00.000Z' };
const fileOf = (profile: Profile, change: Partial<BackupProfile> = {}) => {
  const { id, name, avatar, createdAt, recoveryKey } = profile;
  return {
    profiles: [{ id, name, avatar, createdAt, recoveryKey, ...change }],
    progress: [{ profileId: id, moduleId: 'vneid/cai-dat', status: 'completed' as const, bestScore: 100, attempts: 1, secondsSpent: 1, position: null, updatedAt: createdAt, completedAt: createdAt }],
    attempts: [],
    certificates: [],
    logbook: [],
  };
};
const key = () => 'cc'.repeat(16);

test('the edited-backup attack: her PIN removed, renamed, a module added; while she is locked nothing of it is written', () => {
  const attack = fileOf(lan, { name: 'Lan đã bị đổi tên', recoveryKey: null });
  const plan = planImport([lan, minh], minh.id, attack, key);
  expect(plan.data).toEqual({ profiles: [], progress: [], attempts: [], certificates: [], logbook: [] });
  expect(plan.outcomes).toEqual([{ name: 'Lan', outcome: 'left-out' }]);
});

test('a guessed recovery key does not open her either', () => {
  expect(planImport([lan], undefined, fileOf(lan, { recoveryKey: 'dd'.repeat(16) }), key).outcomes[0]!.outcome).toBe('left-out');
});

test('her own backup, made while she was open, resets her forgotten PIN and keeps her progress', () => {
  const plan = planImport([lan], undefined, fileOf(lan, { name: 'Lan' }), key);
  expect(plan.outcomes).toEqual([{ name: 'Lan', outcome: 'reset' }]);
  expect(plan.data.profiles).toEqual([{ ...lan, pin: null, pinLock: { failures: 0, lastFailureAt: null } }]);
  expect(plan.data.progress).toHaveLength(1);
});

test('while she is open on this device, a file may change her name and picture; her PIN stays', () => {
  const plan = planImport([lan], lan.id, fileOf(lan, { name: 'Chị Lan', avatar: '🌳', recoveryKey: null }), key);
  expect(plan.outcomes).toEqual([{ name: 'Chị Lan', outcome: 'updated' }]);
  expect(plan.data.profiles).toEqual([{ ...lan, name: 'Chị Lan', avatar: '🌳' }]);
});

test('a learner without a PIN is never locked: the file adds progress and may rename', () => {
  const plan = planImport([minh], undefined, fileOf(minh, { name: 'Anh Minh' }), key);
  expect(plan.outcomes).toEqual([{ name: 'Anh Minh', outcome: 'updated' }]);
});

test('a learner new to this device is added without a PIN, keeping the file’s recovery key (or getting one)', () => {
  const plan = planImport([], undefined, fileOf(lan), key);
  expect(plan.data.profiles).toEqual([{ ...lan, pin: null, pinLock: { failures: 0, lastFailureAt: null } }]);
  expect(planImport([], undefined, fileOf(lan, { recoveryKey: null }), key).data.profiles[0]!.recoveryKey).toBe(key());
});

test('a family file: the others are imported, the locked one is left out and named', () => {
  const family = { ...fileOf(minh), profiles: [...fileOf(lan, { recoveryKey: null }).profiles, ...fileOf(minh).profiles], progress: [...fileOf(lan).progress, ...fileOf(minh).progress] };
  const plan = planImport([lan, minh], undefined, family, key);
  expect(plan.outcomes).toEqual([{ name: 'Lan', outcome: 'left-out' }, { name: 'Minh', outcome: 'updated' }]);
  expect(plan.data.progress.map((p) => p.profileId)).toEqual([minh.id]);
});
