import type { AstroIntegration } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';
import { PRECACHE_BUDGET, precacheProblems } from '../lib/precache-budget';
import { LANGS, pathFor } from '../lib/routes';

/** Print views (a paper quiz per module and language) would overfill the precache; each is kept once opened. */
const printViewPaths = LANGS.map((lang) => ({ lang, path: pathFor(lang, { page: 'paperQuiz', course: '*', module: '*' }) }));
const printViewGlobs = printViewPaths.map(({ path }) => `${path.slice(1)}**`);
const printViews = printViewPaths.map(({ lang, path }) => ({
  // Matched against the whole URL: …/<course>/<module>/<print view segment>/
  urlPattern: new RegExp(`/${path.split('/').at(-2)}/$`),
  handler: 'NetworkFirst' as const,
  options: {
    cacheName: `print-views-${lang}`,
    expiration: { maxEntries: 80 },
    precacheFallback: { fallbackURL: `${pathFor(lang, { page: 'offline' })}index.html` },
  },
}));

/** A navigation that is in no precache and gets no answer from the network shows the offline page of its language. */
const offlineFallback = (lang: 'vi' | 'en') => ({
  urlPattern:
    lang === 'en'
      ? ({ request, url }: { request: Request; url: URL }) => request.mode === 'navigate' && url.pathname.startsWith('/en/')
      : ({ request, url }: { request: Request; url: URL }) => request.mode === 'navigate' && !url.pathname.startsWith('/en/'),
  handler: 'NetworkOnly' as const,
  options: { precacheFallback: { fallbackURL: lang === 'en' ? '/en/offline/index.html' : '/offline/index.html' } },
});

/**
 * Code only some people need is cached the first time they use it, not precached for everyone: every visitor downloads
 * the precache on a weak signal, and these would not fit its budget. Each name carries a content hash, so a cached copy
 * is never stale; the page that needs one loads it while online (see keepCertificateMakerOffline, warmQrReader).
 */
const ON_DEMAND = {
  'the certificate maker (pdf-lib with fontkit, about 1.1 MB)': { file: /^pdf\.[\w-]+\.js$/, glob: '_astro/pdf.*.js' },
  'the full font the certificate maker embeds (130 KB)': { file: /^BeVietnamPro_400Regular\.[\w-]+\.ttf$/, glob: '_astro/*.ttf' },
  "the QR decoder of the trainer's pages (130 KB)": { file: /^jsQR\.[\w-]+\.js$/, glob: '_astro/jsQR.*.js' },
};
const onDemandCache = {
  // A RegExp, not a function: generateSW copies the pattern into sw.js, where this module's variables do not exist.
  urlPattern: new RegExp(`/_astro/(${Object.values(ON_DEMAND).map(({ file }) => file.source.slice(1, -1)).join('|')})$`),
  handler: 'CacheFirst' as const,
  options: { cacheName: 'hocso-on-demand', expiration: { maxEntries: 6 } },
};

/**
 * Writes dist/sw.js at the end of the build: every page, asset, font and search index precached, so the site works
 * offline after one visit. A new version waits until the learner accepts it (no skipWaiting/clientsClaim), so an open
 * tab never loads chunks of a version it was not built with. Fails the build over the precache budget.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'hocso:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const files = {
          globDirectory: distDir,
          // .woff is left out: every browser that runs a service worker reads .woff2.
          globPatterns: ['**/*.{html,css,js,woff2,json,svg,png,webmanifest}'],
          // Search: the course shards are what offline search reads; term chunks and pages are for searching online.
          globIgnores: ['sw.js', 'workbox-*.js', 'search-index/*/*/*.json', ...Object.values(ON_DEMAND).map(({ glob }) => glob), ...printViewGlobs],
        };
        const { count, size, warnings } = await generateSW({
          ...files,
          swDest: `${distDir}/sw.js`,
          // Built assets carry a content hash in their name; their URL is their revision.
          dontCacheBustURLsMatching: /^_astro\//,
          // /tim-kiem/?q=… is the search page: answer it from the precache whatever the query.
          ignoreURLParametersMatching: [/.*/],
          maximumFileSizeToCacheInBytes: PRECACHE_BUDGET.fileBytes,
          skipWaiting: false,
          clientsClaim: false,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          // First match wins: print views before the offline fallback that catches every other navigation.
          runtimeCaching: [...printViews, onDemandCache, offlineFallback('en'), offlineFallback('vi')],
        });
        // Workbox only warns and skips a file over the size limit; a site missing pages offline is a broken build.
        const skipped = warnings.filter((w) => /won't be precached|maximumFileSizeToCacheInBytes/.test(w));
        // generateSW does not list what it precached; the same globs, without the size cut, say what it would.
        const { manifestEntries } = await getManifest({ ...files, maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER });
        const precached = manifestEntries.map((entry) => ({ url: entry.url, size: statSync(join(distDir, entry.url)).size }));
        const assets = readdirSync(join(distDir, '_astro'));
        const problems = [...skipped, ...precacheProblems(precached)];
        for (const [what, { file }] of Object.entries(ON_DEMAND)) {
          const found = assets.filter((name) => file.test(name));
          if (found.length !== 1) problems.push(`expected one file for ${what}, found ${found.join(', ') || 'none'}: it would not work offline`);
        }
        if (problems.length > 0) {
          throw new Error(`The offline copy of the site is over budget:\n- ${problems.join('\n- ')}`);
        }
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB`);
      },
    },
  };
}
