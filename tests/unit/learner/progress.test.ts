import { describe, expect, test } from 'vitest';
import { continueModule, courseProgress, emptyProgress, withAttempt, withReading, type ModuleProgress } from '../../../src/lib/learner/progress';

const start = emptyProgress('p1', 'vneid/cai-dat', '2026-01-01T00:00:00.000Z');
const attempt = (percent: number, passed: boolean, at = '2026-01-02T00:00:00.000Z') => ({ percent, passed, at });

describe('withAttempt', () => {
  test.each<[string, ModuleProgress, ReturnType<typeof attempt>, Partial<ModuleProgress>]>([
    ['a failed first attempt leaves the module in progress', start, attempt(50, false), { status: 'in-progress', bestScore: 50, attempts: 1, completedAt: null }],
    ['a pass completes the module', start, attempt(80, true), { status: 'completed', bestScore: 80, attempts: 1, completedAt: '2026-01-02T00:00:00.000Z' }],
    [
      'a lower score after a pass keeps the module completed and the best score',
      { ...start, status: 'completed', bestScore: 100, attempts: 1, completedAt: '2026-01-01T00:00:00.000Z' },
      attempt(40, false),
      { status: 'completed', bestScore: 100, attempts: 2, completedAt: '2026-01-01T00:00:00.000Z' },
    ],
  ])('%s', (_, before, a, expected) => {
    expect(withAttempt(before, a)).toMatchObject(expected);
  });
});

test('reading a module starts it, adds time and keeps where the learner stopped', () => {
  const next = withReading(start, { heading: 'buoc-2', fraction: 0.4, at: '2026-01-03T00:00:00.000Z' }, 30.4);
  expect(next).toMatchObject({ status: 'in-progress', secondsSpent: 30, position: { heading: 'buoc-2', fraction: 0.4 } });
  expect(withReading({ ...next, status: 'completed' }, { heading: '', fraction: 0, at: '2026-01-04T00:00:00.000Z' }, 10).status).toBe('completed');
});

describe('courseProgress', () => {
  const done = (moduleId: string): ModuleProgress => ({ ...start, moduleId, status: 'completed' });
  test.each<[string, ModuleProgress[], { completed: number; complete: boolean; started: boolean }]>([
    ['a course with nothing done is not started', [], { completed: 0, complete: false, started: false }],
    ['a course with one of two modules passed is not complete', [done('c/a')], { completed: 1, complete: false, started: true }],
    ['a course with every module passed is complete', [done('c/a'), done('c/b')], { completed: 2, complete: true, started: true }],
    ['modules of other courses do not count', [done('x/a'), done('x/b')], { completed: 0, complete: false, started: false }],
  ])('%s', (_, rows, expected) => {
    expect(courseProgress(['c/a', 'c/b'], rows)).toMatchObject(expected);
  });
});

test('"continue learning" picks the most recently read module that is not finished', () => {
  const rows: ModuleProgress[] = [
    { ...start, moduleId: 'c/old', status: 'in-progress', updatedAt: '2026-01-01T00:00:00.000Z' },
    { ...start, moduleId: 'c/new', status: 'in-progress', updatedAt: '2026-01-05T00:00:00.000Z' },
    { ...start, moduleId: 'c/done', status: 'completed', updatedAt: '2026-01-09T00:00:00.000Z' },
  ];
  expect(continueModule(rows)?.moduleId).toBe('c/new');
  expect(continueModule([])).toBeUndefined();
});
