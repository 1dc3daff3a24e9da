import { z } from '../zod';
import type { RosterCourse } from './roster-csv';
import { pathFor } from '../routes';
import type { RosterEntry, RosterModule } from './roster';

/** ADL's verb IRIs for the three things a roster row can say. */
export const XAPI_VERBS = {
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
} as const;
const MODULE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/module';

const languageMap = z.record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/), z.string().min(1));

/** The fields of an xAPI 1.0.3 statement this site emits, no more: what an LRS receives from the export. */
export const xapiStatementSchema = z.strictObject({
  actor: z.strictObject({
    objectType: z.literal('Agent'),
    name: z.string().min(1),
    /** No e-mail: the learner is known by the class report's learner key, under the site's address. */
    account: z.strictObject({ homePage: z.url(), name: z.string().min(1) }),
  }),
  verb: z.strictObject({ id: z.enum([XAPI_VERBS.passed, XAPI_VERBS.completed, XAPI_VERBS.attempted]), display: languageMap }),
  object: z.strictObject({
    objectType: z.literal('Activity'),
    id: z.url(),
    definition: z.strictObject({ name: languageMap, type: z.literal(MODULE_ACTIVITY_TYPE) }),
  }),
  result: z.strictObject({
    score: z.strictObject({ scaled: z.number().min(0).max(1), raw: z.number().min(0).max(100), min: z.literal(0), max: z.literal(100) }).optional(),
    success: z.boolean().optional(),
    completion: z.boolean(),
    /** ISO 8601 duration of reading: PT12M. */
    duration: z.string().regex(/^PT\d+M$/),
  }),
  timestamp: z.iso.datetime(),
});
export type XapiStatement = z.infer<typeof xapiStatementSchema>;

function verbOf(m: RosterModule): keyof typeof XAPI_VERBS {
  if (m.status === 'in-progress') return 'attempted';
  return m.score === null ? 'completed' : 'passed';
}

/**
 * One xAPI statement per learner and module, for organisations that keep records in a Learning Record Store.
 * Activities are the Vietnamese module pages under `site`, the same whatever language the trainer reads.
 */
export function rosterStatements(entries: readonly RosterEntry[], courses: readonly RosterCourse[], site: string, lang: string): XapiStatement[] {
  const base = site.replace(/\/+$/, '');
  const titles = new Map(courses.flatMap((c) => c.modules.map((m) => [m.id, m.title])));
  return entries.flatMap((entry) =>
    entry.modules.map((m): XapiStatement => {
      const verb = verbOf(m);
      const [course = '', module = ''] = m.moduleId.split('/');
      return {
        actor: { objectType: 'Agent', name: entry.name, account: { homePage: `${base}/`, name: entry.learnerId } },
        verb: { id: XAPI_VERBS[verb], display: { 'en-US': verb } },
        object: {
          objectType: 'Activity',
          id: `${base}${pathFor('vi', { page: 'module', course, module })}`,
          definition: { name: { [lang]: titles.get(m.moduleId) ?? m.moduleId }, type: MODULE_ACTIVITY_TYPE },
        },
        result: {
          ...(m.score !== null && { score: { scaled: m.score / 100, raw: m.score, min: 0, max: 100 } }),
          ...(m.score !== null && { success: m.status === 'completed' }),
          completion: m.status === 'completed',
          duration: `PT${m.minutes}M`,
        },
        timestamp: `${m.date}T00:00:00Z`,
      };
    }),
  );
}
