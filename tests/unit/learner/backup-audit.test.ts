import { describe, expect, test } from 'vitest';
import { auditBackup, type BackupRefusalReason } from '../../../src/lib/learner/backup-audit';
import type { Backup } from '../../../src/lib/learner/backup';
import { certificateId } from '../../../src/lib/certificate/payload';
import { sampleCertificate } from '../../fixtures/certificate';

const now = Date.parse('2026-11-29T12:00:00.000Z');
const lan = '0b6f7a52-6a0e-4d3c-9f43-1f2a3b4c5d6e';
const known = { modules: new Set(['vneid/cai-dat', 'vneid/dang-nhap']), unchecked: new Set<string>() };
const progress = (moduleId: string, change: Partial<Backup['progress'][number]> = {}): Backup['progress'][number] => ({
  profileId: lan, moduleId, status: 'completed', bestScore: 100, attempts: 1, secondsSpent: 60, position: null,
  updatedAt: '2026-11-20T08:00:00.000Z', completedAt: '2026-11-20T08:00:00.000Z', ...change,
});
const attempt = (id: string, moduleId = 'vneid/cai-dat', at = '2026-11-20T08:00:00.000Z'): Backup['attempts'][number] => ({
  id, profileId: lan, moduleId, at, percent: 100, passed: true, answers: {},
});
const certificateRow = async (payload = sampleCertificate): Promise<Backup['certificates'][number]> => ({
  id: await certificateId(payload), profileId: lan, course: payload.course, issuedAt: '2026-11-20T10:00:00.000Z', payload, confirmation: null,
});
const backup = (change: Partial<Backup> = {}): Backup => ({
  format: 'hoc-so-backup', version: 3, exportedAt: '2026-11-21T00:00:00.000Z',
  profiles: [{ id: lan, name: 'Bà Lan', avatar: '🌸', createdAt: '2026-03-01T08:00:00.000Z', recoveryKey: null }],
  progress: [progress('vneid/cai-dat')], attempts: [attempt('a1a1a1a1-1')], certificates: [], logbook: [], ...change,
});

test('a file made today by the app passes, with nothing for unknown modules', async () => {
  expect(await auditBackup(backup({ certificates: [await certificateRow()] }), now, known)).toEqual({ ok: true, unknownModules: 0, uncheckedModules: 0 });
});

test('a completion a few hours ahead is forgiven (clocks differ), a day and more is not', async () => {
  expect((await auditBackup(backup({ progress: [progress('vneid/cai-dat', { completedAt: '2026-11-30T06:00:00.000Z' })] }), now, known)).ok).toBe(true);
  expect((await auditBackup(backup({ progress: [progress('vneid/cai-dat', { completedAt: '2026-11-30T13:00:00.000Z' })] }), now, known)).ok).toBe(false);
});

describe('a refused file names the learner, the module and the field', () => {
  test.each<[string, () => Promise<Partial<Backup>>, BackupRefusalReason, { module?: string; course?: string; field: string }]>([
    ['a completion date in 2999', async () => ({ progress: [progress('vneid/cai-dat', { completedAt: '2999-01-01T00:00:00.000Z' })] }), 'future-date', { module: 'vneid/cai-dat', field: 'completedAt' }],
    ['a reading time in 2999', async () => ({ progress: [progress('vneid/cai-dat', { position: { heading: '', fraction: 0, at: '2999-01-01T00:00:00.000Z' } })] }), 'future-date', { module: 'vneid/cai-dat', field: 'position.at' }],
    ['a quiz taken in 2999', async () => ({ attempts: [attempt('a1a1a1a1-1', 'vneid/dang-nhap', '2999-01-01T00:00:00.000Z')] }), 'future-date', { module: 'vneid/dang-nhap', field: 'at' }],
    ['a certificate dated 2999', async () => ({ certificates: [await certificateRow({ ...sampleCertificate, date: '2999-01-01' })] }), 'future-date', { course: sampleCertificate.course, field: 'payload.date' }],
    ['a certificate whose ID is not its content’s digest', async () => ({ certificates: [{ ...(await certificateRow()), payload: { ...sampleCertificate, name: 'Người khác' } }] }), 'certificate-id', { course: sampleCertificate.course, field: 'id' }],
    ['two quiz attempts with one ID', async () => ({ attempts: [attempt('a1a1a1a1-1'), attempt('a1a1a1a1-1', 'vneid/dang-nhap')] }), 'duplicate-id', { module: 'vneid/dang-nhap', field: 'id' }],
    ['a module’s progress twice', async () => ({ progress: [progress('vneid/cai-dat'), progress('vneid/cai-dat', { bestScore: 0 })] }), 'duplicate-id', { module: 'vneid/cai-dat', field: 'moduleId' }],
    ['one certificate twice', async () => ({ certificates: [await certificateRow(), await certificateRow()] }), 'duplicate-id', { course: sampleCertificate.course, field: 'id' }],
  ])('%s', async (_, change, reason, where) => {
    expect(await auditBackup(backup(await change()), now, known)).toEqual({ ok: false, refusal: { reason, where: { learner: 'Bà Lan', ...where } } });
  });
});

test('a certificate from a v1 file (random ID, no payload) is not checked against a digest', async () => {
  const old = { id: 'c0c0c0c0-0000-4000-8000-000000000001', profileId: lan, course: 'vneid', issuedAt: '2026-03-05T10:00:00.000Z', payload: null, confirmation: null };
  expect((await auditBackup(backup({ certificates: [old] }), now, known)).ok).toBe(true);
});

test('results of modules this version no longer has are kept and counted, one per learner and module', async () => {
  const file = backup({
    progress: [progress('vneid/cai-dat'), progress('cu/bai-mot'), progress('cu/bai-hai')],
    attempts: [attempt('a1a1a1a1-1', 'cu/bai-mot'), attempt('a1a1a1a1-2', 'cu/bai-ba')],
  });
  expect(await auditBackup(file, now, known)).toEqual({ ok: true, unknownModules: 3, uncheckedModules: 0 });
});

test('results of a course whose modules could not be looked up (offline, not saved) are counted apart, not as gone', async () => {
  const file = backup({
    progress: [progress('vneid/cai-dat'), progress('an-toan/mat-khau'), progress('cu/bai-mot')],
    attempts: [attempt('a1a1a1a1-1', 'an-toan/mat-khau'), attempt('a1a1a1a1-2', 'an-toan/lua-dao')],
  });
  const offline = { modules: known.modules, unchecked: new Set(['an-toan']) };
  expect(await auditBackup(file, now, offline)).toEqual({ ok: true, unknownModules: 1, uncheckedModules: 2 });
});
