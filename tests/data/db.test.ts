import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import fixture from '../fixtures/db/v1.json';
import { openLearnerDb } from '../../src/data/db';
import { countersign, createTrainerKey, trainerPublicKeyFile, verifyConfirmation } from '../../src/lib/certificate/countersign';
import { certificateId } from '../../src/lib/certificate/payload';
import { NO_PIN_LOCK } from '../../src/lib/learner/pin-lockout';
import { sampleCertificate } from '../fixtures/certificate';

type Tables = typeof fixture.tables;

// The schemas exactly as they were released; a database written with one is what a phone on that version kept.
const V1_STORES = {
  profiles: 'id, createdAt',
  progress: '[profileId+moduleId], profileId, updatedAt',
  attempts: 'id, profileId, [profileId+moduleId], at',
  certificates: 'id, profileId',
  settings: 'key',
};
const V5_STORES = {
  ...V1_STORES,
  certificates: 'id, profileId, [profileId+course]',
  classes: 'id, createdAt',
  roster: '[classId+learnerId], classId, updatedAt',
  trainerKeys: 'fingerprint, createdAt',
  importedTrainerKeys: 'fingerprint',
};

/** A database as release `version` left it, holding `tables`' rows; returns its name. */
async function stored(version: number, stores: Record<string, string>, tables: Record<string, unknown[]>): Promise<string> {
  const name = `v${version}-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

const storedV1 = () => stored(1, V1_STORES, fixture.tables);

test('a database stored by v1 opens with today’s code and every row is intact', async () => {
  const name = await storedV1();

  const db = openLearnerDb(name);
  await db.open();
  for (const table of Object.keys(fixture.tables) as (keyof Tables)[]) {
    const key = (row: Record<string, unknown>) => JSON.stringify(row.id ?? row.key ?? [row.profileId, row.moduleId]);
    const rows = (await db.table(table).toArray()).sort((a, b) => key(a).localeCompare(key(b)));
    // v2 keeps every v1 certificate and marks it as having no printed payload yet; v5, as confirmed by no trainer yet.
    // v6 gives every profile a count of wrong PINs (none yet) and its own random recovery key.
    const stored = (fixture.tables[table] as Record<string, unknown>[]).map((row) =>
      table === 'certificates'
        ? { ...row, payload: null, confirmation: null }
        : table === 'profiles'
          ? { ...row, pinLock: { failures: 0, lastFailureAt: null }, recoveryKey: expect.stringMatching(/^[0-9a-f]{32}$/) }
          : row,
    );
    const expected = stored.sort((a, b) => key(a).localeCompare(key(b)));
    expect(rows, `learners would lose their ${table} after an update`).toEqual(expected);
  }
  expect(await db.progress.get(['0b6f7a52-6a0e-4d3c-9f43-1f2a3b4c5d6e', 'vneid/cai-dat-vneid']), 'progress is found by its key').toBeDefined();
  expect(
    await db.certificates.where('[profileId+course]').equals(['0b6f7a52-6a0e-4d3c-9f43-1f2a3b4c5d6e', 'vneid']).count(),
    'a learner’s certificate of a course is found by profile and course',
  ).toBe(1);
  expect(await db.classes.count(), 'a learner’s phone gets no class of its own').toBe(0);
  expect(await db.roster.count(), 'the trainer’s roster starts empty').toBe(0);
  db.close();
});

test('after the v4 upgrade, a v1 database also keeps trainers’ keys, the private one still usable for signing', async () => {
  const name = await storedV1();

  const db = openLearnerDb(name);
  await db.open();
  expect(db.verno, 'the database should be at the newest schema').toBeGreaterThanOrEqual(4);
  const key = await createTrainerKey('Trần Văn Bình');
  await db.trainerKeys.put({ ...key, createdAt: '2026-11-22T08:00:00.000Z' });
  await db.importedTrainerKeys.put({ ...trainerPublicKeyFile(key), importedAt: '2026-11-22T08:00:00.000Z' });
  db.close();

  const reopened = openLearnerDb(name);
  const stored = await reopened.trainerKeys.get(key.fingerprint);
  expect(stored?.privateKey.extractable).toBe(false);
  const id = await certificateId(sampleCertificate);
  const confirmation = await countersign(id, stored!, '2026-11-22');
  expect((await verifyConfirmation(id, confirmation, await reopened.importedTrainerKeys.toArray())).status).toBe('confirmed');
  expect(await reopened.profiles.count(), 'learners’ profiles stay after the upgrade').toBe(fixture.tables.profiles.length);
  reopened.close();
});

test('after the v6 upgrade, a stored profile with a PIN keeps it, starts with no wrong PINs, and each profile has its own recovery key', async () => {
  const name = await storedV1();
  const db = openLearnerDb(name);
  await db.open();
  expect(db.verno, 'the database should be at schema 6 or later').toBeGreaterThanOrEqual(6);
  const profiles = await db.profiles.toArray();
  const withPin = fixture.tables.profiles.find((p) => p.pin !== null);
  expect(withPin, 'the v1 fixture has a profile with a PIN').toBeDefined();
  expect(profiles.find((p) => p.id === withPin!.id)?.pin, 'a PIN set before the update still locks the profile').toEqual(withPin!.pin);
  expect(new Set(profiles.map((p) => p.recoveryKey)).size, 'no two profiles share a recovery key').toBe(profiles.length);
  db.close();
});

test('a database stored by v5, the last release before the logbook, opens with today’s code: rows intact, an empty logbook ready', async () => {
  const { default: v5 } = await import('../fixtures/db/v5.json');
  const name = await stored(5, V5_STORES, v5.tables);

  const db = openLearnerDb(name);
  await db.open();
  expect(db.verno, 'the database should be at the logbook’s version or newer').toBeGreaterThanOrEqual(7);
  for (const [table, rows] of Object.entries(v5.tables)) {
    // v6 gave each profile a count of wrong PINs and a recovery key; nothing else changes.
    const expected = table === 'profiles' ? rows.map((row) => ({ ...row, pinLock: NO_PIN_LOCK, recoveryKey: expect.any(String) })) : rows;
    expect(await db.table(table).toArray(), `learners would lose their ${table} when the logbook arrives`).toEqual(expected);
  }
  const profileId = v5.tables.profiles[0]!.id;
  await db.logbook.add({
    id: crypto.randomUUID(), profileId, day: '2026-11-29', kind: 'vneid', result: 'done', reason: null, tags: ['older'], note: '',
    createdAt: '2026-11-29T08:00:00.000Z', updatedAt: '2026-11-29T08:00:00.000Z',
  });
  expect(await db.logbook.where('[profileId+day]').equals([profileId, '2026-11-29']).count(), 'a day’s entries are found by profile and day').toBe(1);
  expect(await db.teamReports.where('leaderId').equals(profileId).count(), 'a team leader starts with no merged reports').toBe(0);
  db.close();
});
