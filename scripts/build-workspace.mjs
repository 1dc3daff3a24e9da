// A temp folder with a project root of its own (sources copied, node_modules linked), so builds of other content
// (test fixtures, the bench's generated catalog) keep their generated .astro/ and content cache off the real site's.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';

const run = promisify(execFile);
export const ROOT = new URL('../', import.meta.url).pathname;

export function buildWorkspace(prefix) {
  const workspace = mkdtempSync(join(tmpdir(), prefix));
  const project = join(workspace, 'project');
  mkdirSync(project);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));

  /**
   * Builds the site from `content` into `outDir`; the exit code and all output, without colour codes.
   * @param {string} content
   * @param {string} outDir
   * @returns {Promise<{ code: number; output: string }>}
   */
  async function build(content, outDir) {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project, '--outDir', outDir],
        { cwd: project, env: { ...process.env, HOCSO_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1024 * 1024 * 1024 },
      );
      return { code: 0, output: stripVTControlCharacters(stdout + stderr) };
    } catch (error) {
      return { code: error.code, output: stripVTControlCharacters(`${error.stdout}${error.stderr}`) };
    }
  }

  return { workspace, build, remove: () => rmSync(workspace, { recursive: true, force: true }) };
}
