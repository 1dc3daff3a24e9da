import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  courseSchema,
  courseTranslationSchema,
  moduleSchema,
  moduleTranslationSchema,
} from './lib/content-schema';
import { helpKindSchema } from './lib/logbook/help-kind';
import { DEFAULT_LANG } from './lib/routes';

// Tests point this at fixture trees to prove that bad content fails the build.
const base = process.env.HOCSO_CONTENT_DIR ?? './content';
// Ids are the file path without extension (`vi/<course>/01-<module>`), so errors and routes name the real file.
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');
const otherLanguages = `!${DEFAULT_LANG}/**`;

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
    schema: moduleSchema,
  }),
  moduleTranslations: defineCollection({
    loader: glob({ pattern: ['*/*/[0-9][0-9]-*.mdx', otherLanguages], base, generateId }),
    schema: moduleTranslationSchema,
  }),
  // The volunteer's logbook: one file per kind of help, its checklist and the modules that teach it.
  helpKinds: defineCollection({
    loader: glob({ pattern: 'logbook/*.yaml', base, generateId: ({ entry }) => entry.replace(/^logbook\/|\.yaml$/g, '') }),
    schema: helpKindSchema,
  }),
};
