import { expect, test } from 'vitest';
import { readPendingAttempts } from '../../../src/lib/learner/backup';
import type { Attempt } from '../../../src/lib/learner/learner';
import { withoutPending, withPending } from '../../../src/lib/learner/pending-attempts';

const attempt = (id: string): Attempt => ({
  id,
  profileId: 'profile-0001',
  moduleId: 'vneid/vneid-la-gi',
  at: '2026-11-29T10:00:00.000Z',
  percent: 100,
  passed: true,
  answers: { 'vneid-do-ai-quan-ly': 1, 'vneid-giup-viec-gi': [0, 2], 'muc-1-thay-the-can-cuoc': true },
});

test('noted attempts read back whole, each once, and leave the note as they are saved', () => {
  let note = withPending(null, attempt('attempt-01'));
  note = withPending(note, attempt('attempt-02'));
  note = withPending(note, attempt('attempt-01'));
  expect(readPendingAttempts(note).map((a) => a.id)).toEqual(['attempt-02', 'attempt-01']);
  expect(readPendingAttempts(note)[1]).toEqual(attempt('attempt-01'));
  const left = withoutPending(note, ['attempt-01']);
  expect(readPendingAttempts(left!).map((a) => a.id)).toEqual(['attempt-02']);
  expect(withoutPending(left, ['attempt-02']), 'an empty note is removed, not kept as []').toBeNull();
});

test('a note that is not ours is read as nothing waiting, and noting over it starts afresh', () => {
  for (const text of ['{', '{"id":"x"}', '[1,2]', JSON.stringify([{ ...attempt('attempt-01'), percent: 400 }]), JSON.stringify([{ ...attempt('attempt-01'), extra: '<img>' }])]) {
    expect(readPendingAttempts(text), text).toEqual([]);
  }
  expect(readPendingAttempts(withPending('{', attempt('attempt-03'))).map((a) => a.id)).toEqual(['attempt-03']);
});

test('at most a hundred attempts wait; the oldest give way', () => {
  let note: string | null = null;
  for (let i = 0; i < 105; i++) note = withPending(note, attempt(`attempt-${String(i).padStart(3, '0')}`));
  const ids = readPendingAttempts(note!).map((a) => a.id);
  expect(ids).toHaveLength(100);
  expect(ids[0]).toBe('attempt-005');
});
