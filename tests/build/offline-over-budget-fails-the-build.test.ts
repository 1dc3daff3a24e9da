import { appendFileSync, cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fixtureWorkspace, ROOT } from './fixture-build';

const { workspace, build, remove } = fixtureWorkspace('hocso-precache-');

afterAll(remove);

test('a module too big for a phone to keep offline stops the build, is named, and leaves nothing to deploy', async () => {
  const content = join(workspace, 'content');
  cpSync(join(ROOT, 'tests/fixtures/content'), content, { recursive: true });
  // About 2.2 MB of text: the module page passes the 2 MB per-file limit.
  appendFileSync(join(content, 'vi/mau/01-bai-mot.mdx'), `\n${'Một câu rất dài về dịch vụ công trực tuyến. '.repeat(47_000)}\n`);
  const dist = join(workspace, 'dist');
  const { code, output } = await build(content, dist);
  expect(code, 'the build should have failed').not.toBe(0);
  expect(output).toContain('The offline copy of the site is over budget');
  expect(output, 'the message should name the page that is too big').toContain('/khoa-hoc/mau/bai-mot/ is 2.');
  expect(existsSync(join(dist, 'sw.js')), 'no service worker is left to deploy').toBe(false);
  expect(existsSync(join(dist, 'index.html')), 'no half-written site is left to deploy').toBe(false);
}, 180_000);
