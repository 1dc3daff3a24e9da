import { expect, test } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, makeBackup, MAX_BACKUP_BYTES, parseBackup, type BackupProblem } from '../../../src/lib/learner/backup';

const id = '0b6f7a52-6a0e-4d3c-9f43-1f2a3b4c5d6e';
const pin = { salt: 'c2FsdHNhbHRzYWx0c2FsdA==', hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=', iterations: 100_000 };
const recoveryKey = '00112233445566778899aabbccddeeff';
const good = makeBackup(
  {
    profiles: [{ id, name: 'Bà Lan', avatar: '🌸', pin, pinLock: { failures: 3, lastFailureAt: '2026-03-01T08:00:00.000Z' }, recoveryKey, createdAt: '2026-03-01T08:00:00.000Z' }],
    progress: [
      {
        profileId: id, moduleId: 'vneid/cai-dat', status: 'completed', bestScore: 100, attempts: 1, secondsSpent: 60,
        position: { heading: 'buoc-1', fraction: 0.5, at: '2026-03-01T08:10:00.000Z' }, updatedAt: '2026-03-01T08:10:00.000Z', completedAt: '2026-03-01T08:10:00.000Z',
      },
    ],
    attempts: [{ id: 'a1a1a1a1-0000-4000-8000-000000000001', profileId: id, moduleId: 'vneid/cai-dat', at: '2026-03-01T08:10:00.000Z', percent: 100, passed: true, answers: { q1: 1, q2: [0, 1], q3: true } }],
    certificates: [],
    logbook: [
      {
        id: 'e1e1e1e1-0000-4000-8000-000000000001', profileId: id, day: '2026-03-01', kind: 'vneid', result: 'could-not', reason: 'weak-signal',
        tags: ['older'], note: 'Sóng yếu, mã OTP không về.', createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z',
      },
    ],
  },
  '2026-03-02T00:00:00.000Z',
);
/** The same learner's file as an app before the logbook wrote it. */
const { logbook: _logbook, ...beforeLogbook } = good;
const json = (value: unknown) => JSON.stringify(value);
const withProfile = (change: Record<string, unknown>) => json({ ...good, profiles: [{ ...good.profiles[0], ...change }] });

test('a backup made by the app is accepted as it is', () => {
  expect(parseBackup(json(good))).toEqual({ ok: true, backup: good });
});

test('no backup carries a PIN hash nor the count of wrong PINs; it carries the recovery key', () => {
  expect(json(good)).not.toContain(pin.hash);
  expect(json(good)).not.toContain(pin.salt);
  expect(Object.keys(good.profiles[0]!).sort()).toEqual(['avatar', 'createdAt', 'id', 'name', 'recoveryKey']);
});

test('a version 3 file with a PIN hash in it is refused: today’s files have none', () => {
  const result = parseBackup(withProfile({ pin }));
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.where).toEqual({ learner: 'Bà Lan', field: 'pin' });
});

test('a refused value is placed by learner, module and field', () => {
  const result = parseBackup(json({ ...good, progress: [{ ...good.progress[0], bestScore: 1000 }] }));
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.where).toEqual({ learner: 'Bà Lan', module: 'vneid/cai-dat', field: 'bestScore' });
});

test.each<[string, string, BackupProblem]>([
  ['an empty file', '', 'not-json'],
  ['a cut-off file', json(good).slice(0, 200), 'not-json'],
  ['a file over 5 MB', json({ ...good, padding: 'x'.repeat(MAX_BACKUP_BYTES) }), 'too-big'],
  ['some other JSON file', json({ hello: 'world' }), 'not-backup'],
  ['a JSON list', json([good]), 'not-backup'],
  ['a backup from a newer app', json({ ...good, version: BACKUP_VERSION + 1 }), 'newer-version'],
  ['a version given as text', json({ ...good, version: '1' }), 'invalid'],
  ['a "__proto__" key', json(good).replace('"format"', '"__proto__":{"admin":true},"format"'), 'invalid'],
  ['a "constructor" key in a profile', withProfile({ constructor: { prototype: {} } }), 'invalid'],
  ['an unknown field', json({ ...good, extra: 1 }), 'invalid'],
  ['a name with HTML', withProfile({ name: '<img src=x onerror=alert(1)>' }), 'invalid'],
  ['a name with a script', withProfile({ name: '<script>alert(1)</script>' }), 'invalid'],
  ['an empty name', withProfile({ name: '' }), 'invalid'],
  ['a name as a number', withProfile({ name: 42 }), 'invalid'],
  ['an unknown picture', withProfile({ avatar: 'javascript:alert(1)' }), 'invalid'],
  ['a bad date', withProfile({ createdAt: 'yesterday' }), 'invalid'],
  ['two profiles with one id', json({ ...good, profiles: [good.profiles[0], { ...good.profiles[0], name: 'Minh' }] }), 'invalid'],
  ['progress of a profile not in the file', json({ ...good, progress: [{ ...good.progress[0], profileId: 'ffffffff-ffff-4fff-8fff-ffffffffffff' }] }), 'invalid'],
  ['a score over 100', json({ ...good, progress: [{ ...good.progress[0], bestScore: 1000 }] }), 'invalid'],
  ['a module id with a path', json({ ...good, progress: [{ ...good.progress[0], moduleId: '../../etc/passwd' }] }), 'invalid'],
  ['no profiles', json({ ...good, profiles: [] }), 'invalid'],
  ['a missing table', json({ ...good, attempts: undefined }), 'invalid'],
  ['a logbook note with a phone number', json({ ...good, logbook: [{ ...good.logbook[0], note: 'Gọi lại 0912 345 678' }] }), 'invalid'],
  ['a logbook note with a 12-digit ID number', json({ ...good, logbook: [{ ...good.logbook[0], note: 'CCCD 001203004005' }] }), 'invalid'],
  ['a logbook entry of a profile not in the file', json({ ...good, logbook: [{ ...good.logbook[0], profileId: 'ffffffff-ffff-4fff-8fff-ffffffffffff' }] }), 'invalid'],
  ['a logbook entry done, with a reason it could not be', json({ ...good, logbook: [{ ...good.logbook[0], result: 'done' }] }), 'invalid'],
  ['a version 3 file without its logbook', json(beforeLogbook), 'invalid'],
])('%s is refused', (_, text, problem) => {
  const result = parseBackup(text);
  expect(result.ok, `${BACKUP_FORMAT} import should refuse ${_}`).toBe(false);
  if (!result.ok) expect(result.problem).toBe(problem);
});

test('a certificate keeps what was printed, and the trainer’s confirmation, through export and import', async () => {
  const { sampleCertificate } = await import('../../fixtures/certificate');
  const { certificateId } = await import('../../../src/lib/certificate/payload');
  const { countersign, createTrainerKey } = await import('../../../src/lib/certificate/countersign');
  const payload = { ...sampleCertificate, name: '<img src=x onerror=alert(1)>' };
  const certificate = await certificateId(payload);
  const confirmation = await countersign(certificate, await createTrainerKey('Trần Văn Bình'), '2026-11-22');
  const row = { id: certificate, profileId: id, course: payload.course, issuedAt: '2026-11-20T10:00:00.000Z', payload, confirmation: null };
  const backup = { ...good, certificates: [row, { ...row, id: certificate.replace(/.$/, '0'), confirmation }] };
  expect(parseBackup(json(backup))).toEqual({ ok: true, backup });
  const spoiled = { ...backup, certificates: [{ ...row, payload: { ...payload, course: 'vneid' } }] };
  expect(parseBackup(json(spoiled)).ok, 'a payload of another course than its row is refused').toBe(false);
  const script = { ...backup, certificates: [{ ...row, confirmation: { ...confirmation, n: 'Bình\u202E' } }] };
  expect(parseBackup(json(script)).ok, 'a trainer’s name with hidden characters is refused').toBe(false);
  const { confirmation: _, ...withoutConfirmation } = row;
  expect(parseBackup(json({ ...backup, certificates: [withoutConfirmation] })).ok, 'a version 3 row says whether it is confirmed').toBe(false);
});

// Versions 1 and 2 carried the PIN hash and no recovery key.
const { recoveryKey: _key, ...oldProfile } = { ...good.profiles[0]!, pin };
const restored = { ...good, profiles: [{ ...oldProfile, recoveryKey: null }] };
delete (restored.profiles[0] as { pin?: unknown }).pin;

test('a file from the first version is still read; its certificates wait to be issued again, its PIN hash is dropped', () => {
  const certificate = { id: 'c0c0c0c0-0000-4000-8000-000000000001', profileId: id, course: 'vneid', issuedAt: '2026-03-05T10:00:00.000Z' };
  const v1 = { ...beforeLogbook, version: 1, profiles: [oldProfile], certificates: [certificate] };
  expect(parseBackup(json(v1))).toEqual({ ok: true, backup: { ...restored, logbook: [], certificates: [{ ...certificate, payload: null, confirmation: null }] } });
  expect(parseBackup(json({ ...v1, certificates: [{ ...certificate, payload: null }] })).ok, 'a v1 file has no payloads').toBe(false);
});

test('a file made before the logbook existed (version 2) is still read, without its PIN hash, with no recovery key and an empty logbook', () => {
  const v2 = { ...beforeLogbook, version: 2, profiles: [oldProfile] };
  const parsed = parseBackup(json(v2));
  expect(parsed).toEqual({ ok: true, backup: { ...restored, logbook: [] } });
  expect(json(parsed)).not.toContain(pin.hash);
  expect(parseBackup(json({ ...v2, logbook: good.logbook })).ok, 'a version 2 file has no logbook').toBe(false);
});
