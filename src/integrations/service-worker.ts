import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatSize } from '../lib/offline/pack-size';
import { LANGS } from '../lib/routes';
import { writeOfflineFiles, writeServiceWorker } from './offline-files';

/**
 * Writes dist/sw.js at the end of the build: the shell precached for everyone, course packs saved one by one (a
 * manifest per course and language). A new version waits until the learner accepts it (no skipWaiting/clientsClaim),
 * so an open tab never loads chunks of a version it was not built with. Over budget, the build fails and leaves no
 * dist/ that could be deployed.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'hocso:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const offline = writeOfflineFiles(distDir);
        // Said before the budget check, so a build that fails still tells how far each language's packs are from it.
        for (const lang of LANGS) {
          const [largest] = offline.packs.filter((pack) => pack.lang === lang).sort((a, b) => b.gzipBytes - a.gzipBytes);
          if (largest) {
            logger.info(
              `largest ${lang} course pack: ${largest.course} ${(largest.gzipBytes / 1024).toFixed(1)} KB gzipped, ` +
                `its slides (saved in trainer mode) ${(largest.trainerGzipBytes / 1024).toFixed(1)} KB more`,
            );
          }
        }
        if (offline.problems.length > 0) {
          rmSync(distDir, { recursive: true, force: true });
          throw new Error(`The offline copy of the site is over budget (dist/ was removed):\n- ${offline.problems.join('\n- ')}`);
        }
        await writeServiceWorker(distDir, offline);
        const { shell, packs } = offline;
        const shellBytes = shell.reduce((sum, file) => sum + file.gzipBytes, 0);
        const largest = [...packs].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
        logger.info(
          `sw.js precaches ${shell.length} files (${formatSize(shellBytes, 'en')} gzipped); ${packs.length} course packs` +
            (largest ? `, largest ${largest.lang}/${largest.course} ${formatSize(largest.gzipBytes, 'en')}` : ''),
        );
      },
    },
  };
}
