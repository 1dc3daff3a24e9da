// src/lib is TypeScript with extensionless imports: bench scripts bundle the exports they need into one module.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url).pathname;

/** Imports `exports` (lines of `export { … } from './src/…'`, relative to the repository root) as one module. */
export async function importTypeScript(exports) {
  const dir = mkdtempSync(join(tmpdir(), 'hocso-bench-'));
  const outfile = join(dir, 'lib.mjs');
  await build({
    stdin: { contents: exports, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  try {
    return await import(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
