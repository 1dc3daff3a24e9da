import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { helpKindProblems, helpKindSchema } from '../../src/lib/logbook/help-kind';
import { CONTENT_ROOT, courses, modules } from './content-tree';

const dir = join(CONTENT_ROOT, 'logbook');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const moduleIds = new Map(
  courses('vi').flatMap((course) => modules('vi', course).map((m) => [`${course}/${m.file.replace(/^\d{2}-|\.mdx$/g, '')}`, { title: '', path: '' }] as const)),
);

test.each(files)('content/logbook/%s is a checklist in both languages, linked to modules that exist', (file) => {
  const parsed = helpKindSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
  expect(parsed.error?.issues ?? [], `content/logbook/${file} should follow the help kind schema`).toEqual([]);
  const id = file.replace(/\.yaml$/, '');
  expect(helpKindProblems([{ id, data: parsed.data! }], moduleIds)).toEqual([]);
  expect(parsed.data!.vi.steps.length, 'each step in Vietnamese has its English counterpart').toBe(parsed.data!.en.steps.length);
  expect(parsed.data!.vi.mustNot.length).toBe(parsed.data!.en.mustNot.length);
});

test('the logbook offers every kind of help the issue names, each in its own place', () => {
  expect(files.map((f) => f.replace(/\.yaml$/, ''))).toEqual(['ai-assistant', 'digitising', 'password', 'payment', 'public-service', 'scam-check', 'vneid']);
  const orders = files.map((f) => (parse(readFileSync(join(dir, f), 'utf8')) as { order: number }).order);
  expect(new Set(orders).size).toBe(files.length);
});
