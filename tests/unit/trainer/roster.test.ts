import { describe, expect, test } from 'vitest';
import type { ClassReport } from '../../../src/lib/trainer/class-report';
import { resolveReport, withReport } from '../../../src/lib/trainer/roster';

const courses = [
  { slug: 'vneid', moduleIds: ['vneid/a', 'vneid/b'] },
  { slug: 'ai', moduleIds: ['ai/x'] },
];

function report(t: string, c: ClassReport['c'], n = 'Lan'): ClassReport {
  return { v: 1, k: 'AAAAAAAAAAAA', n, t, c, h: 'x'.repeat(22) };
}

const NOW = '2026-11-24T00:00:00.000Z';

function add(entry: ReturnType<typeof withReport> | undefined, r: ClassReport) {
  const resolved = resolveReport(r, courses);
  if (!resolved.ok) throw new Error(resolved.problem);
  return withReport(entry, r, resolved.modules, 'default', NOW);
}

describe('resolveReport: module indexes become module ids', () => {
  test('each reported module is named by its id with its date', () => {
    expect(resolveReport(report('2026-11-23T00:00:00Z', [{ s: 'vneid', m: [[1, 2, 90, 5, 1]] }]), courses)).toEqual({
      ok: true,
      modules: [{ moduleId: 'vneid/b', status: 'completed', score: 90, minutes: 5, date: '2026-11-22', reportedAt: '2026-11-23T00:00:00Z' }],
    });
  });

  test.each([
    ['a course this site does not have', [{ s: 'other', m: [[0, 1, null, 0, 1]] }]],
    ['a module index past the course end', [{ s: 'vneid', m: [[2, 1, null, 0, 1]] }]],
  ] as [string, ClassReport['c']][])('%s is refused', (_, c) => {
    expect(resolveReport(report('2026-11-23T00:00:00Z', c), courses)).toEqual({ ok: false, problem: 'unknown-module' });
  });
});

describe('withReport: the same learner scanned again updates their row', () => {
  const first = add(undefined, report('2026-11-20T00:00:00Z', [{ s: 'vneid', m: [[0, 2, 80, 5, 1]] }, { s: 'ai', m: [[0, 1, 40, 3, 1]] }]));

  test('a newer report of a course replaces that course and keeps the others', () => {
    const next = add(first, report('2026-11-21T00:00:00Z', [{ s: 'vneid', m: [[0, 2, 100, 6, 2], [1, 1, null, 2, 2]] }], 'Lan Nguyễn'));
    expect(next.modules.map((m) => [m.moduleId, m.score])).toEqual([['ai/x', 40], ['vneid/a', 100], ['vneid/b', null]]);
    expect(next.name).toBe('Lan Nguyễn');
  });

  test('an older report does not undo a newer one', () => {
    const newer = add(first, report('2026-11-22T00:00:00Z', [{ s: 'vneid', m: [[0, 2, 100, 6, 2]] }], 'Lan Nguyễn'));
    const stale = add(newer, report('2026-11-19T00:00:00Z', [{ s: 'vneid', m: [[0, 1, 20, 1, 0]] }], 'Lan cũ'));
    expect(stale.modules).toEqual(newer.modules);
    expect(stale.name).toBe('Lan Nguyễn');
  });
});
