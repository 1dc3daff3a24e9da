import { describe, expect, test } from 'vitest';
import type { CourseOutline } from '../../../src/lib/course-outline';
import { knownModules, planContinue, startedCourses, type OutlineState } from '../../../src/lib/learner/course-outlines';
import { continueModule, emptyProgress, type ModuleProgress } from '../../../src/lib/learner/progress';

const outline = (slug: string, modules: number): CourseOutline => ({
  slug,
  title: `Khóa ${slug}`,
  certificatePath: `/tien-do/#certificate-${slug}`,
  competences: [],
  framework: { name: { vi: 'Khung', en: 'Framework' }, url: '' },
  modules: Array.from({ length: modules }, (_, i) => ({ id: `${slug}/${i + 1}`, title: `Bài ${i + 1}`, path: `/khoa-hoc/${slug}/${i + 1}/` })),
});

/** The site as the page fetches it: two courses, a course that left the catalog (404), one offline and not saved. */
const SITE: Record<string, OutlineState> = { a: outline('a', 3), b: outline('b', 2), gone: 'missing', c: 'unreachable' };
const CATALOG = [SITE.a, SITE.b].map((o) => (o as CourseOutline).modules.map((m) => m.id));

const row = (moduleId: string, status: ModuleProgress['status'], day: number, heading = ''): ModuleProgress => ({
  ...emptyProgress('p1', moduleId, '2026-01-01T00:00:00.000Z'),
  status,
  updatedAt: `2026-01-0${day}T00:00:00.000Z`,
  position: heading ? { heading, fraction: 0.5, at: `2026-01-0${day}T00:00:00.000Z` } : null,
});

/** Plans, fetches what the plan asks for, and plans again, as the home page does; with the courses fetched, in order. */
function settle(rows: ModuleProgress[]) {
  const outlines = new Map<string, OutlineState>();
  const fetched: string[] = [];
  for (;;) {
    const plan = planContinue(rows, outlines);
    if (plan.kind !== 'fetch') return { plan, fetched };
    for (const course of plan.courses) {
      fetched.push(course);
      outlines.set(course, SITE[course] ?? 'missing');
    }
  }
}

describe('planContinue: "Học tiếp" from the outlines of the courses started, fetched one at a time', () => {
  test.each<[string, ModuleProgress[], string | undefined, string[]]>([
    ['nothing started: nothing is fetched', [row('a/1', 'not-started', 1)], undefined, []],
    ['a module being read: only its course is fetched', [row('a/1', 'in-progress', 1, 'buoc-2')], 'a/1', ['a']],
    ['two courses being read: only the one read last is fetched', [row('a/1', 'in-progress', 1), row('b/1', 'in-progress', 5, 'x')], 'b/1', ['b']],
    ['just passed a module: the next one of its course', [row('a/1', 'completed', 3)], 'a/2', ['a']],
    ['finished a course: the others are fetched and the unfinished module elsewhere is next', [row('b/2', 'in-progress', 1, 'z'), row('a/1', 'completed', 2), row('a/2', 'completed', 3), row('a/3', 'completed', 4)], 'b/2', ['a', 'b']],
    ['finished everything started: nothing to continue', [row('b/1', 'completed', 1), row('b/2', 'completed', 2)], undefined, ['b']],
    ['a course no longer in the catalog is passed over', [row('gone/1', 'in-progress', 9), row('a/1', 'in-progress', 1)], 'a/1', ['gone', 'a']],
    ['a module its course no longer lists: the other courses decide', [row('a/9', 'in-progress', 9), row('b/1', 'in-progress', 5)], 'b/1', ['a', 'b']],
  ])('%s', (_, rows, expected, fetched) => {
    const settled = settle(rows);
    expect(settled.plan.kind === 'next' ? settled.plan.next.moduleId : undefined).toBe(expected);
    expect(settled.plan.kind === 'next' ? settled.plan.next.moduleId : undefined, 'the same module as with every module of the catalog at hand').toBe(
      continueModule(CATALOG, rows)?.moduleId,
    );
    expect(settled.fetched).toEqual(fetched);
  });

  test('the course read last cannot be fetched (offline, not saved): it says so rather than send her elsewhere', () => {
    const { plan } = settle([row('a/1', 'in-progress', 1), row('c/1', 'in-progress', 5)]);
    expect(plan).toEqual({ kind: 'unreachable', course: 'c' });
  });

  test('the next module comes with its course, for the count and the address', () => {
    const { plan } = settle([row('a/1', 'completed', 3)]);
    expect(plan.kind === 'next' && plan.course.slug).toBe('a');
  });
});

test('started courses are named once each, the one touched last first; modules not started do not count', () => {
  expect(startedCourses([row('a/1', 'completed', 1), row('b/2', 'in-progress', 4), row('a/2', 'in-progress', 3), row('c/1', 'not-started', 9)])).toEqual(['b', 'a']);
});

test("a backup's results are checked against the outlines had; the courses that could not be fetched are named apart", () => {
  const known = knownModules(new Map<string, OutlineState>([['a', SITE.a!], ['gone', 'missing'], ['c', 'unreachable']]));
  expect([...known.modules]).toEqual(['a/1', 'a/2', 'a/3']);
  expect([...known.unchecked]).toEqual(['c']);
});
