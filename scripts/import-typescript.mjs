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
    // CommonJS packages in the bundle (qrcode) require Node's built-ins, which an ES module can only do through this.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
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
