import { z } from './zod';

/** A day as YYYY-MM-DD; YAML may read an unquoted one as a date. */
const day = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

/** A page or document a fact comes from. */
export const sourceSchema = z.strictObject({
  /** What the source is called, in its own language. */
  title: z.string().min(3),
  /** Who published it: a ministry, a newspaper, the Youth Union. */
  publisher: z.string().min(2).optional(),
  /** Where to read it; omitted for documents that are not online. */
  url: z.url({ protocol: /^https$/ }).optional(),
  /** When it was published or last checked, as YYYY-MM-DD (YAML may read it as a date). */
  date: day.optional(),
  /** When an author last opened and read it to check the module's facts. */
  read: day.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

const slugCode = z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens only');

/** One skill of the national basic digital-skills framework (content/framework.yaml) that modules refer to. */
export const competenceSchema = z.strictObject({
  /** What module frontmatter writes in `competences:`. */
  id: slugCode,
  /** The number the published table gives it (e.g. "1.2"), only where it was read there. */
  ref: z.string().min(1).optional(),
  /** Its name in plain Vietnamese, as residents read it on course pages and certificates. */
  vi: z.string().min(3),
  en: z.string().min(3),
  /** Where the name (and ref) was read; `read` says when. */
  source: sourceSchema,
});
export type Competence = z.infer<typeof competenceSchema>;

/** `content/framework.yaml`: the framework the competences belong to, and the competences in display order. */
export const frameworkSchema = z.strictObject({
  name: z.strictObject({ vi: z.string().min(3), en: z.string().min(3) }),
  source: sourceSchema,
  competences: z.array(competenceSchema).min(1).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, index) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate competence id "${c.id}"` });
      seen.add(c.id);
    });
  }),
});
export type Framework = z.infer<typeof frameworkSchema>;

const questionId = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens only');

const questionBase = {
  /** Stable id, unique in the module; attempts refer to it. */
  id: questionId,
  /** The question, often a short real-life situation. */
  prompt: z.string().min(10),
  /** Shown after answering, right or wrong: why the answer is what it is. */
  explanation: z.string().min(20),
};

const option = z.string().min(1);

export const singleChoiceSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('single'),
    options: z.array(option).min(2).max(6),
    /** Index (from 0) of the one correct option. */
    answer: z.int().min(0),
  })
  .refine((q) => q.answer < q.options.length, {
    path: ['answer'],
    message: 'points past the last option',
  });

export const multipleChoiceSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('multiple'),
    options: z.array(option).min(3).max(8),
    /** Indexes (from 0) of every correct option; at least one. */
    answers: z.array(z.int().min(0)).min(1),
  })
  .refine((q) => q.answers.every((a) => a < q.options.length), {
    path: ['answers'],
    message: 'an answer points past the last option',
  })
  .refine((q) => new Set(q.answers).size === q.answers.length, {
    path: ['answers'],
    message: 'lists the same option twice',
  });

export const trueFalseSchema = z.strictObject({
  ...questionBase,
  type: z.literal('true-false'),
  /** Whether the statement in the prompt is true. */
  answer: z.boolean(),
});

export const orderSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('order'),
    /** The steps in their correct order; the quiz shuffles them. */
    steps: z.array(option).min(3).max(8),
  })
  .refine((q) => new Set(q.steps).size === q.steps.length, {
    path: ['steps'],
    message: 'two steps have the same text, so their order cannot be checked',
  });

/** One quiz question: choose one, choose several, true/false, or put steps in order. */
export const questionSchema = z.discriminatedUnion('type', [
  singleChoiceSchema,
  multipleChoiceSchema,
  trueFalseSchema,
  orderSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];

export const quizSchema = z
  .array(questionSchema)
  .min(1)
  .superRefine((questions, ctx) => {
    const seen = new Set<string>();
    questions.forEach((q, index) => {
      if (seen.has(q.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate question id "${q.id}"` });
      }
      seen.add(q.id);
    });
  });
export type Quiz = z.infer<typeof quizSchema>;

/** What a trainer needs to run the module in a class. */
export const trainerNotesSchema = z.strictObject({
  /** The lesson plan: minutes per part. */
  timing: z.array(z.strictObject({ minutes: z.int().min(1).max(120), activity: z.string().min(3) })).min(1),
  /** One classroom activity, described so a new trainer can run it. */
  activity: z.string().min(20),
  /** What to bring: a projector, phones, printed handouts. */
  materials: z.array(z.string().min(2)).min(1),
});
export type TrainerNotes = z.infer<typeof trainerNotesSchema>;

/** One entry of `content/facts.yaml`: a number course text gives (phone, fee, legal document, date, threshold). */
export const factSchema = z.strictObject({
  /** Exactly as course text writes it; every occurrence in any module is covered by this entry. */
  text: z.string().min(2),
  /** What it is, in a few words. */
  means: z.string().min(5),
  /** Where it was confirmed; for a made-up amount in a story, the module that tells the story. */
  source: sourceSchema,
  /** The day someone checked it against the source; absent when nobody has yet. */
  checked: day.optional(),
});
export const factsSchema = z.array(factSchema);
export type Fact = z.infer<typeof factSchema>;

/** `content/<lang>/<course>/course.yaml` in the default language (vi). */
export const courseSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(20),
  /** Who the course is for. */
  audience: z.array(z.enum(['volunteer', 'resident', 'trainer'])).min(1),
  /** Every Youth Union volunteer must complete it. */
  mandatory: z.boolean(),
  /** Position in the catalog, mandatory courses first. */
  order: z.int().min(1),
  /** Estimated minutes for the whole course, quizzes included. */
  minutes: z.int().min(5),
  /** Percentage of quiz points needed to pass each module. */
  passMark: z.int().min(1).max(100).default(80),
  sources: z.array(sourceSchema).min(1),
});
export type Course = z.infer<typeof courseSchema>;

/** A course.yaml in another language: the words change, the facts stay in the Vietnamese file. */
export const courseTranslationSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(20),
});
export type CourseTranslation = z.infer<typeof courseTranslationSchema>;

/** Frontmatter of `content/<lang>/<course>/<NN-slug>.mdx` in the default language (vi). */
export const moduleSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(20),
  /** Minutes a learner needs, reading and quiz together. */
  minutes: z.int().min(1).max(60),
  /** The day the module was last checked claim by claim against its sources. */
  reviewed: day,
  /** What the learner can do afterwards, one sentence each. */
  objectives: z.array(z.string().min(10)).min(1),
  /** Ids of the framework's competences the objectives train (content/framework.yaml). */
  competences: z.array(slugCode).min(1),
  quiz: quizSchema,
  trainer: trainerNotesSchema,
  sources: z.array(sourceSchema).min(1),
});
export type ModuleFrontmatter = z.infer<typeof moduleSchema>;

/** The module schema that also refuses a competence id the framework does not list. */
export function moduleSchemaFor(framework: Framework) {
  const known = new Set(framework.competences.map((c) => c.id));
  return moduleSchema.superRefine((module, ctx) => {
    module.competences.forEach((id, index) => {
      if (!known.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['competences', index], message: `unknown competence "${id}": not in content/framework.yaml` });
      }
    });
  });
}

/**
 * A module in another language. With only a title and summary, the page shows the Vietnamese text and
 * quiz with a notice; a full translation also has a body, objectives and a quiz with the same question ids.
 */
export const moduleTranslationSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(20),
  objectives: z.array(z.string().min(10)).min(1).optional(),
  quiz: quizSchema.optional(),
  trainer: trainerNotesSchema.optional(),
});
export type ModuleTranslation = z.infer<typeof moduleTranslationSchema>;
