import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const workspace = mkdtempSync(join(tmpdir(), 'hocso-precache-'));
const project = join(workspace, 'project');
mkdirSync(project);
for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
  cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
}
symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

test('a module too big for a phone to keep offline stops the build and is named', async () => {
  const content = join(workspace, 'content');
  cpSync(join(ROOT, 'tests/fixtures/content'), content, { recursive: true });
  // About 2.2 MB of text: the module page and the search index each pass the 2 MB per-file limit.
  appendFileSync(join(content, 'vi/mau/01-bai-mot.mdx'), `\n${'Một câu rất dài về dịch vụ công trực tuyến. '.repeat(47_000)}\n`);
  const failure = await run(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project, '--outDir', join(workspace, 'dist')],
    { cwd: project, env: { ...process.env, HOCSO_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' } },
  ).then(
    () => null,
    (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
  );
  expect(failure, 'the build should have failed').not.toBeNull();
  expect(failure).toContain('The offline copy of the site is over budget');
  expect(failure, 'the message should name the page that is too big').toContain('khoa-hoc/mau/bai-mot/index.html');
}, 180_000);
