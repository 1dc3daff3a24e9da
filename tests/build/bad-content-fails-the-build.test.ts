import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fixtureWorkspace, ROOT } from './fixture-build';

const FIXTURE = join(ROOT, 'tests/fixtures/content');
const MODULE = 'vi/mau/01-bai-mot.mdx';
const COURSE = 'vi/mau/course.yaml';
const HELP_KIND = 'logbook/mau.yaml';
const { workspace, build, remove } = fixtureWorkspace('hocso-content-');

afterAll(remove);

/** Builds the site from a copy of the fixture with one file edited; returns the exit code and all output. */
async function buildWith(name: string, file: string, edit: (source: string) => string) {
  const content = join(workspace, name);
  const outDir = join(workspace, `${name}-dist`);
  cpSync(FIXTURE, content, { recursive: true });
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, `the edit for "${name}" changed nothing in the fixture`).not.toBe(before);
  writeFileSync(path, after);
  return build(content, outDir);
}

describe('content mistakes stop the build and say where', () => {
  test('the untouched fixture builds, so the failures below are caused by the edits', async () => {
    const { code, output } = await buildWith('valid', MODULE, (s) => s.replace('Nội dung mẫu.', 'Nội dung mẫu, đã sửa.'));
    expect(code, output).toBe(0);
    // The fixture's English module has a title and summary but no text yet: its objectives are still Vietnamese.
    const english = readFileSync(join(workspace, 'valid-dist/en/courses/mau/index.html'), 'utf8');
    expect(english, 'Vietnamese objectives on an English page should be marked lang="vi" for screen readers').toMatch(
      /<ul lang="vi"[^>]*>\s*<li[^>]*>Biết trang bài học hiển thị đúng\.<\/li>/,
    );
  });

  test.each([
    ['a module without a title', MODULE, (s: string) => s.replace(/^title: .*\n/m, ''), 'vi/mau/01-bai-mot', /title.*Required/],
    ['a correct answer past the options', MODULE, (s: string) => s.replace('answer: 1', 'answer: 7'), 'vi/mau/01-bai-mot', /quiz\.0\.answer: points past the last option/],
    ['two questions with one id', MODULE, (s: string) => s.replace('id: cau-hai', 'id: cau-mot'), 'vi/mau/01-bai-mot', /quiz\.1\.id: duplicate question id "cau-mot"/],
    ['an unknown question type', MODULE, (s: string) => s.replace('type: true-false', 'type: essay'), 'vi/mau/01-bai-mot', /quiz\.1\.type/],
    ['a module naming a competence the framework does not have', MODULE, (s: string) => s.replace('competences: [tu-bao-ve]', 'competences: [tu-bao-ve, digcomp-4-1]'), 'vi/mau/01-bai-mot', /competences\.1: unknown competence "digcomp-4-1"/],
    ['a module without the date of its last review', MODULE, (s: string) => s.replace(/^reviewed: .*\n/m, ''), 'vi/mau/01-bai-mot', /reviewed/],
    ['a course with a pass mark over 100', COURSE, (s: string) => s.replace('passMark: 80', 'passMark: 180'), 'vi/mau/course', /passMark/],
    ['a logbook kind of help whose module was renamed', HELP_KIND, (s: string) => s.replace('mau/bai-mot', 'mau/bai-mot-cu'), 'content/logbook/mau.yaml', /modules\[0\]: no module "mau\/bai-mot-cu"/],
  ])('%s', async (name, file, edit, entry, field) => {
    const { code, output } = await buildWith(name.replace(/\W+/g, '-'), file, edit);
    expect(code, 'the build should have failed').not.toBe(0);
    expect(output, 'the error should name the file').toContain(entry);
    expect(output, 'the error should name the field').toMatch(field);
  });
});
