// The generated 1,000-module catalogue, built once per bench with a full `astro build` in a workspace of its own (so
// its .astro/ and content cache stay off the real site's); the offline and search rows both measure this one build.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCatalog } from './generate-catalog.mjs';
import { buildWorkspace } from './build-workspace.mjs';

/**
 * Builds the generated catalogue. A build that fails a budget is a result too: `failure` holds the build's own
 * message (which says by how much), and `dist` then holds nothing deployable.
 */
export async function buildLargeCatalog(modules = 1000) {
  const workspace = buildWorkspace(`hocso-catalog-${modules}-`);
  const content = join(workspace.workspace, 'content');
  const dist = join(workspace.workspace, 'dist');
  generateCatalog(content, modules);
  const start = performance.now();
  const build = await workspace.build(content, dist);
  const buildMs = performance.now() - start;
  const failure =
    build.code === 0
      ? undefined
      : (/over budget[^\n]*\n((?:- [^\n]*\n?)+)/.exec(build.output)?.[1] ?? build.output.trim().split('\n').slice(-5).join(' ')).trim();
  return { modules, dist, buildMs, failure, remove: workspace.remove };
}
