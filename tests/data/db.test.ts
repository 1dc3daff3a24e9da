import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import fixture from '../fixtures/db/v1.json';
import { openLearnerDb } from '../../src/data/db';
import { countersign, createTrainerKey, trainerPublicKeyFile, verifyConfirmation } from '../../src/lib/certificate/countersign';
import { certificateId } from '../../src/lib/certificate/payload';
import { sampleCertificate } from '../fixtures/certificate';

type Tables = typeof fixture.tables;

// The v1 schema exactly as it was released; it stores the fixture the way a phone on v1 would have.
function writeV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    profiles: 'id, createdAt',
    progress: '[profileId+moduleId], profileId, updatedAt',
    attempts: 'id, profileId, [profileId+moduleId], at',
    certificates: 'id, profileId',
    settings: 'key',
  });
  return v1;
}

/** A database as the first release left it, holding the fixture's rows; returns its name. */
async function storedV1(): Promise<string> {
  const name = `v1-${crypto.randomUUID()}`;
  const old = writeV1(name);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

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
