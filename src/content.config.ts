import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import { z } from './lib/zod';
import {
  competenceSchema,
  courseSchema,
  courseTranslationSchema,
  frameworkSchema,
  moduleSchemaFor,
  moduleTranslationSchema,
  type Framework,
} from './lib/content-schema';
import { helpKindSchema } from './lib/logbook/help-kind';
import { DEFAULT_LANG } from './lib/routes';

// Tests point this at fixture trees to prove that bad content fails the build.
const base = process.env.HOCSO_CONTENT_DIR ?? './content';
// Ids are the file path without extension (`vi/<course>/01-<module>`), so errors and routes name the real file.
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');
const otherLanguages = `!${DEFAULT_LANG}/**`;

/** The competence table modules refer to; read here because module frontmatter is checked against it. */
function readFramework(): Framework {
  const path = join(base, 'framework.yaml');
  const parsed = frameworkSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${path} is not a valid framework table: ${problems}`);
  }
  return parsed.data;
}
const framework = readFramework();

export const collections = {
  courses: defineCollection({
    loader: glob({ pattern: `${DEFAULT_LANG}/*/course.yaml`, base, generateId }),
    schema: courseSchema,
  }),
  courseTranslations: defineCollection({
    loader: glob({ pattern: ['*/*/course.yaml', otherLanguages], base, generateId }),
    schema: courseTranslationSchema,
  }),
  modules: defineCollection({
    loader: glob({ pattern: `${DEFAULT_LANG}/*/[0-9][0-9]-*.mdx`, base, generateId }),
    schema: moduleSchemaFor(framework),
  }),
  moduleTranslations: defineCollection({
    loader: glob({ pattern: ['*/*/[0-9][0-9]-*.mdx', otherLanguages], base, generateId }),
    schema: moduleTranslationSchema,
  }),
  competences: defineCollection({
    loader: async () => framework.competences,
    schema: competenceSchema,
  }),
  framework: defineCollection({
    // Collections come back in no set order, so the table's order travels here.
    loader: async () => [{ id: 'framework', name: framework.name, source: framework.source, order: framework.competences.map((c) => c.id) }],
    schema: frameworkSchema.omit({ competences: true }).extend({ id: z.literal('framework'), order: z.array(z.string()) }),
  }),
  // The volunteer's logbook: one file per kind of help, its checklist and the modules that teach it.
  helpKinds: defineCollection({
    loader: glob({ pattern: 'logbook/*.yaml', base, generateId: ({ entry }) => entry.replace(/^logbook\/|\.yaml$/g, '') }),
    schema: helpKindSchema,
  }),
};
