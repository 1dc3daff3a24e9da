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

describe('continueModule: where "Học tiếp" leads', () => {
  const row = (moduleId: string, status: ModuleProgress['status'], day: number, heading = ''): ModuleProgress => ({
    ...start,
    moduleId,
    status,
    updatedAt: `2026-01-0${day}T00:00:00.000Z`,
    position: heading ? { heading, fraction: 0.5, at: `2026-01-0${day}T00:00:00.000Z` } : null,
  });
  const courses = [['a/1', 'a/2', 'a/3'], ['b/1', 'b/2']];
  test.each<[string, ModuleProgress[], { moduleId: string; heading: string | null } | undefined]>([
    ['nothing read yet: nothing to continue', [], undefined],
    ['the module being read, back to the section where the learner stopped', [row('a/1', 'in-progress', 1, 'buoc-2')], { moduleId: 'a/1', heading: 'buoc-2' }],
    ['the most recently read of two unfinished modules', [row('a/1', 'in-progress', 1), row('b/1', 'in-progress', 5, 'x')], { moduleId: 'b/1', heading: 'x' }],
    ['just passed a module: the next one of the course, from its top', [row('a/1', 'completed', 3)], { moduleId: 'a/2', heading: null }],
    ['just passed a module: an unfinished module of the same course comes first', [row('a/1', 'in-progress', 1, 'y'), row('a/2', 'completed', 3)], { moduleId: 'a/1', heading: 'y' }],
    ['passed the last module before an earlier one: the earlier one', [row('a/1', 'completed', 1), row('a/3', 'completed', 3)], { moduleId: 'a/2', heading: null }],
    ['finished a course: the unfinished module of another course', [row('b/2', 'in-progress', 1, 'z'), row('a/1', 'completed', 2), row('a/2', 'completed', 3), row('a/3', 'completed', 4)], { moduleId: 'b/2', heading: 'z' }],
    ['finished everything started: nothing to continue', [row('b/1', 'completed', 1), row('b/2', 'completed', 2)], undefined],
    ['a module no longer in any course is ignored', [row('gone/1', 'in-progress', 9), row('a/1', 'in-progress', 1)], { moduleId: 'a/1', heading: null }],
  ])('%s', (_, rows, expected) => {
    const next = continueModule(courses, rows);
    expect(next && { moduleId: next.moduleId, heading: next.position?.heading ?? null }).toEqual(expected);
  });

  test('on a course page, only that course counts', () => {
    expect(continueModule([courses[0]!], [row('b/1', 'in-progress', 9), row('a/1', 'completed', 1)])?.moduleId).toBe('a/2');
  });
});
