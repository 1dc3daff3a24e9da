import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';

const run = promisify(execFile);
export const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * A temp folder with a project root of its own (sources copied, node_modules linked), so fixture builds'
 * generated .astro/ and content cache never touch the real site's.
 */
export function fixtureWorkspace(prefix: string) {
  const workspace = mkdtempSync(join(tmpdir(), prefix));
  const project = join(workspace, 'project');
  mkdirSync(project);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));

  /** Builds the site from `content` into `outDir`; the exit code and all output, without colour codes. */
  async function build(content: string, outDir: string): Promise<{ code: number; output: string }> {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project, '--outDir', outDir],
        { cwd: project, env: { ...process.env, HOCSO_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' } },
      );
      return { code: 0, output: stripVTControlCharacters(stdout + stderr) };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, output: stripVTControlCharacters(failed.stdout + failed.stderr) };
    }
  }

  return { workspace, build, remove: () => rmSync(workspace, { recursive: true, force: true }) };
}
