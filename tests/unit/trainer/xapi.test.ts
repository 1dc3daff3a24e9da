import { expect, test } from 'vitest';
import { z } from '../../../src/lib/zod';
import type { RosterEntry } from '../../../src/lib/trainer/roster';
import { rosterStatements, XAPI_VERBS, xapiStatementSchema } from '../../../src/lib/trainer/xapi';

const courses = [{ slug: 'vneid', title: 'VNeID', modules: [{ id: 'vneid/a', title: 'VNeID là gì?' }, { id: 'vneid/b', title: 'Cài đặt' }, { id: 'vneid/c', title: 'Mức 2' }] }];
const entry: RosterEntry = {
  classId: 'default', learnerId: 'AbC123_-xyz0', name: '=HYPERLINK("x")', reportedAt: '2026-11-23T00:00:00Z', updatedAt: '2026-11-23T00:00:00Z',
  modules: [
    { moduleId: 'vneid/a', status: 'completed', score: 90, minutes: 12, date: '2026-11-21', reportedAt: '2026-11-23T00:00:00Z' },
    { moduleId: 'vneid/b', status: 'in-progress', score: 40, minutes: 3, date: '2026-11-22', reportedAt: '2026-11-23T00:00:00Z' },
    { moduleId: 'vneid/c', status: 'in-progress', score: null, minutes: 1, date: '2026-11-22', reportedAt: '2026-11-23T00:00:00Z' },
  ],
};

test('one valid statement per learner and module, with ADL verbs, module activities under the site and scaled scores', () => {
  const statements = z.array(xapiStatementSchema).parse(JSON.parse(JSON.stringify(rosterStatements([entry, { ...entry, learnerId: 'other' }], courses, 'https://hocso.example/', 'vi'))));
  expect(statements).toHaveLength(6);
  const [passed, attempted, started] = statements;
  expect(passed).toEqual({
    actor: { objectType: 'Agent', name: '=HYPERLINK("x")', account: { homePage: 'https://hocso.example/', name: 'AbC123_-xyz0' } },
    verb: { id: XAPI_VERBS.passed, display: { 'en-US': 'passed' } },
    object: {
      objectType: 'Activity',
      id: 'https://hocso.example/khoa-hoc/vneid/a/',
      definition: { name: { vi: 'VNeID là gì?' }, type: 'http://adlnet.gov/expapi/activities/module' },
    },
    result: { score: { scaled: 0.9, raw: 90, min: 0, max: 100 }, success: true, completion: true, duration: 'PT12M' },
    timestamp: '2026-11-21T00:00:00Z',
  });
  expect(attempted!.verb.id).toBe(XAPI_VERBS.attempted);
  expect(attempted!.result).toMatchObject({ success: false, completion: false, score: { scaled: 0.4 } });
  expect(started!.result, 'a module read but not tried has no score to report').toEqual({ completion: false, duration: 'PT1M' });
});

test('a completed module without a score is "completed", not "passed"', () => {
  const [statement] = rosterStatements([{ ...entry, modules: [{ ...entry.modules[0]!, score: null }] }], courses, 'https://hocso.example', 'en');
  expect(statement!.verb.id).toBe(XAPI_VERBS.completed);
});
