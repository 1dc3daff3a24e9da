import { describe, expect, test } from 'vitest';
import {
  courseSchema,
  courseTranslationSchema,
  frameworkSchema,
  moduleSchemaFor,
  moduleTranslationSchema,
  type Question,
} from '../../src/lib/content-schema';
import { AUTHORING_COMPONENTS } from '../../src/lib/authoring';
import { countWords, readingMinutes } from '../../src/lib/reading/reading-time';
import { reviewIsCurrent, REVIEW_VALID_MONTHS } from '../../src/lib/review';
import { courseYaml, courses, frameworkYaml, languages, modules } from './content-tree';

const DEFAULT_LANG = 'vi';
const AUTHORING = new Set<string>(AUTHORING_COMPONENTS);
const PLACEHOLDER = /\b(TODO|TBD|FIXME|XXX|lorem ipsum)\b|\[(translate|dịch|todo)[^\]]*\]/i;
const MODULE_FILE = /^\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.mdx$/;

const vietnameseCourses = courses(DEFAULT_LANG);
const framework = frameworkSchema.safeParse(frameworkYaml());
// A broken table fails its own test below; modules are then checked against no competences at all.
const moduleSchema = moduleSchemaFor(framework.data ?? { name: { vi: '', en: '' }, source: { title: '' }, competences: [] });
const today = new Date().toISOString().slice(0, 10);

test('content/framework.yaml, the competence table modules refer to, is complete', () => {
  expect(framework.error?.issues ?? [], 'content/framework.yaml').toEqual([]);
});
const translations = languages().filter((lang) => lang !== DEFAULT_LANG);

test('there is at least one course to learn', () => {
  expect(vietnameseCourses.length, 'content/vi/ has no course folders').toBeGreaterThan(0);
});

describe.each(vietnameseCourses)('course %s', (course) => {
  const meta = courseSchema.safeParse(courseYaml(DEFAULT_LANG, course));
  const vi = modules(DEFAULT_LANG, course);

  test('course.yaml is complete', () => {
    expect(meta.error?.issues ?? [], `content/vi/${course}/course.yaml`).toEqual([]);
  });

  test('has modules named NN-slug.mdx', () => {
    expect(vi.length).toBeGreaterThan(0);
    for (const m of vi) expect(m.file, m.path).toMatch(MODULE_FILE);
  });

  describe.each(vi.map((m) => [m.file, m] as const))('%s', (_file, m) => {
    const parsed = moduleSchema.safeParse(m.frontmatter);
    const quiz: Question[] = parsed.data?.quiz ?? [];

    test('frontmatter is valid: objectives, known competences, quiz with explanations, trainer notes, sources', () => {
      expect(parsed.error?.issues ?? [], m.path).toEqual([]);
    });

    test('quiz has at least 6 questions of at least 2 types', () => {
      expect(quiz.length, m.path).toBeGreaterThanOrEqual(6);
      expect(new Set(quiz.map((q) => q.type)).size, m.path).toBeGreaterThanOrEqual(2);
    });

    test(`was checked claim by claim in the last ${REVIEW_VALID_MONTHS} months`, () => {
      const reviewed = parsed.data?.reviewed;
      expect(reviewed, `${m.path}: no \`reviewed\` date`).toBeDefined();
      expect(reviewIsCurrent(reviewed ?? '', today), `${m.path}: reviewed ${reviewed}, due again ${REVIEW_VALID_MONTHS} months later`).toBe(true);
    });

    test('announces 8 to 20 minutes', () => {
      expect(parsed.data?.minutes, m.path).toBeGreaterThanOrEqual(8);
      expect(parsed.data?.minutes, m.path).toBeLessThanOrEqual(20);
    });

    test('reads in 8 to 20 minutes', () => {
      const minutes = readingMinutes(countWords(m.body));
      expect(minutes, `${m.path}: ${countWords(m.body)} words`).toBeGreaterThanOrEqual(8);
      expect(minutes, `${m.path}: ${countWords(m.body)} words`).toBeLessThanOrEqual(20);
    });

    test('uses only the authoring components', () => {
      const used = [...m.body.matchAll(/<([A-Z][A-Za-z]*)/g)].map(([, name = '']) => name);
      expect(used.filter((name) => !AUTHORING.has(name)), m.path).toEqual([]);
    });

    test('has no placeholder text', () => {
      expect(JSON.stringify(m.frontmatter) + m.body, m.path).not.toMatch(PLACEHOLDER);
    });
  });

  describe.each(translations)('in %s', (lang) => {
    test('course.yaml has a translated title and summary', () => {
      const translated = courseTranslationSchema.safeParse(courseYaml(lang, course));
      expect(translated.error?.issues ?? [], `content/${lang}/${course}/course.yaml`).toEqual([]);
    });

    test('every module has a translation with the same file name', () => {
      const names = modules(lang, course).map((m) => m.file);
      expect(names).toEqual(vi.map((m) => m.file));
    });

    describe.each(modules(lang, course).map((m) => [m.file, m] as const))('%s', (file, m) => {
      const original = vi.find((v) => v.file === file);
      const parsed = moduleTranslationSchema.safeParse(m.frontmatter);

      test('frontmatter is a valid translation', () => {
        expect(parsed.error?.issues ?? [], m.path).toEqual([]);
      });

      test('a translated quiz keeps the question ids and types of the original', () => {
        if (!parsed.data?.quiz || !original) return;
        const shape = (qs: Question[]) => qs.map((q) => `${q.id}:${q.type}`);
        expect(shape(parsed.data.quiz), m.path).toEqual(shape((original.frontmatter.quiz ?? []) as Question[]));
      });

      test('a full translation has text, objectives and quiz together', () => {
        const hasBody = countWords(m.body) > 0;
        const complete = [hasBody, parsed.data?.objectives !== undefined, parsed.data?.quiz !== undefined];
        expect(new Set(complete).size, `${m.path}: body, objectives, quiz must all be there or all be absent`).toBe(1);
      });

      test('has no placeholder text', () => {
        expect(JSON.stringify(m.frontmatter) + m.body, m.path).not.toMatch(PLACEHOLDER);
      });
    });

    if (courseSchema.safeParse(courseYaml(DEFAULT_LANG, course)).data?.mandatory) {
      test('a mandatory course is translated in full', () => {
        const partial = modules(lang, course).filter((m) => countWords(m.body) === 0).map((m) => m.file);
        expect(partial, `mandatory course ${course} has modules without ${lang} text`).toEqual([]);
      });
    }
  });
});
