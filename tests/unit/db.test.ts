import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import fixture from '../fixtures/db/v1.json';
import { openLearnerDb } from '../../src/lib/db';

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

test('a database stored by v1 opens with today’s code and every row is intact', async () => {
  const name = `v1-${crypto.randomUUID()}`;
  const old = writeV1(name);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();

  const db = openLearnerDb(name);
  await db.open();
  for (const table of Object.keys(fixture.tables) as (keyof Tables)[]) {
    const key = (row: Record<string, unknown>) => JSON.stringify(row.id ?? row.key ?? [row.profileId, row.moduleId]);
    const rows = (await db.table(table).toArray()).sort((a, b) => key(a).localeCompare(key(b)));
    const expected = [...(fixture.tables[table] as Record<string, unknown>[])].sort((a, b) => key(a).localeCompare(key(b)));
    expect(rows, `learners would lose their ${table} after an update`).toEqual(expected);
  }
  expect(await db.progress.get(['0b6f7a52-6a0e-4d3c-9f43-1f2a3b4c5d6e', 'vneid/cai-dat-vneid']), 'progress is found by its key').toBeDefined();
  expect(await db.classes.count(), 'a learner’s phone gets no class of its own').toBe(0);
  expect(await db.roster.count(), 'the trainer’s roster starts empty').toBe(0);
  db.close();
});
