import { describe, expect, test } from 'vitest';
import type { LearnerData, Profile } from '../../../src/lib/learner/learner';
import { mergeBackups, mergeProgress, profileClashes } from '../../../src/lib/learner/merge';
import { emptyProgress, type ModuleProgress } from '../../../src/lib/learner/progress';

const base = emptyProgress('p1', 'c/m', '2026-01-01T00:00:00.000Z');
const at = (day: number) => `2026-01-0${day}T00:00:00.000Z`;

describe('mergeProgress', () => {
  test.each<[string, Partial<ModuleProgress>, Partial<ModuleProgress>, Partial<ModuleProgress>]>([
    ['the best score wins', { bestScore: 60 }, { bestScore: 90 }, { bestScore: 90 }],
    ['a score beats no score', { bestScore: null }, { bestScore: 40 }, { bestScore: 40 }],
    ['completed on either phone stays completed', { status: 'completed', completedAt: at(2) }, { status: 'in-progress' }, { status: 'completed', completedAt: at(2) }],
    [
      'the newest reading position wins',
      { position: { heading: 'old', fraction: 0.9, at: at(1) } },
      { position: { heading: 'new', fraction: 0.2, at: at(3) } },
      { position: { heading: 'new', fraction: 0.2, at: at(3) } },
    ],
    ['the earliest completion date is kept', { status: 'completed', completedAt: at(5) }, { status: 'completed', completedAt: at(2) }, { completedAt: at(2) }],
  ])('%s', (_, a, b, expected) => {
    expect(mergeProgress({ ...base, ...a }, { ...base, ...b })).toMatchObject(expected);
    expect(mergeProgress({ ...base, ...b }, { ...base, ...a })).toMatchObject(expected);
  });
});

const profile: Profile = { id: 'p1', name: 'Lan', avatar: '🌾', pin: null, pinLock: { failures: 0, lastFailureAt: null }, recoveryKey: '0'.repeat(32), createdAt: at(1) };
const attempt = (id: string) => ({ id, profileId: 'p1', moduleId: 'c/m', at: at(1), percent: 50, passed: false, answers: {} });

test('merging a backup into itself changes nothing, so importing twice is safe', () => {
  const data: LearnerData = { profiles: [profile], progress: [{ ...base, attempts: 1 }], attempts: [attempt('a1')], certificates: [], logbook: [] };
  expect(mergeBackups(data, data)).toEqual(data);
});

test('attempts from two phones are united and counted once each', () => {
  const phone: LearnerData = { profiles: [profile], progress: [{ ...base, attempts: 2 }], attempts: [attempt('a1'), attempt('a2')], certificates: [], logbook: [] };
  const other: LearnerData = { profiles: [profile], progress: [{ ...base, attempts: 2 }], attempts: [attempt('a2'), attempt('a3')], certificates: [], logbook: [] };
  const merged = mergeBackups(phone, other);
  expect(merged.attempts.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3']);
  expect(merged.progress[0]?.attempts).toBe(3);
});

test.each<[string, Profile, number]>([
  ['the same person from another phone is no clash', profile, 0],
  ['another person with the same id is a clash', { ...profile, name: 'Minh', createdAt: at(4) }, 1],
  ['a new person is no clash', { ...profile, id: 'p2' }, 0],
])('%s', (_, incoming, clashes) => {
  expect(profileClashes([profile], [incoming])).toHaveLength(clashes);
});

test('a certificate a trainer confirmed on one phone stays confirmed, whichever file is merged into which', () => {
  const confirmation = { v: 1 as const, n: 'Trần Văn Bình', a: 'Ed25519' as const, k: 'AAAA', d: '2026-11-22', s: 'BBBB' };
  const certificate = { id: 'c1', profileId: 'p1', course: 'c', issuedAt: at(1), payload: null, confirmation: null };
  const plain: LearnerData = { profiles: [profile], progress: [], attempts: [], certificates: [certificate], logbook: [] };
  const confirmed: LearnerData = { ...plain, certificates: [{ ...certificate, confirmation }] };
  expect(mergeBackups(plain, confirmed).certificates).toEqual([{ ...certificate, confirmation }]);
  expect(mergeBackups(confirmed, plain).certificates).toEqual([{ ...certificate, confirmation }]);
});

test('a logbook kept on two phones: every resident helped is counted once, the last edit of an entry wins', () => {
  const entry = (id: string, updatedAt: string, note = '') => ({
    id, profileId: 'p1', day: '2026-01-01', kind: 'vneid', result: 'done' as const, reason: null, tags: [], note, createdAt: at(1), updatedAt,
  });
  const phone: LearnerData = { profiles: [profile], progress: [], attempts: [], certificates: [], logbook: [entry('e1', at(1)), entry('e2', at(3), 'sửa sau')] };
  const other: LearnerData = { ...phone, logbook: [entry('e2', at(2)), entry('e3', at(2))] };
  for (const merged of [mergeBackups(phone, other), mergeBackups(other, phone)]) {
    expect(merged.logbook.map((e) => e.id).sort()).toEqual(['e1', 'e2', 'e3']);
    expect(merged.logbook.find((e) => e.id === 'e2')?.note).toBe('sửa sau');
  }
});
