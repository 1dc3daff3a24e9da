/// <reference lib="webworker" />
// The service worker (compiled by esbuild at the end of the build into dist/sw.js; see src/integrations/service-worker.ts).
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import type { WorkboxPlugin } from 'workbox-core/types';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { assetCacheOf, RUNTIME_CACHE, TOOL_PAGES } from '../../lib/offline/runtime-caches';
import { packCacheName, packKey, type PackKey } from '../../lib/offline/pack-manifest';
import { isLang, langOfPath, LANGS, OUTLINE_PATH, pathFor } from '../../lib/routes';
import { commitPackUpdates, PACK_CHANNEL, savedPacks, savePack, stagePackUpdates, type PackEvent } from './pack-store';

declare const self: ServiceWorkerGlobalScope;
/** The shell, written in by the build: what every visit needs. */
declare const __SHELL__: PrecacheEntry[];
/** A hash of every pack's files: a new deploy that changes only a course still changes this file. */
declare const __PACKS_VERSION__: string;
// Kept in the bundle so the browser sees a changed worker when any pack changes.
(self as unknown as { packsVersion: string }).packsVersion = __PACKS_VERSION__;

// /tim-kiem/?q=… is the search page: answer it from the precache whatever the query.
precacheAndRoute(__SHELL__, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

const channel = new BroadcastChannel(PACK_CHANNEL);
const tell = (event: PackEvent) => channel.postMessage(event);

/** Which saved pack caches hold a path, rebuilt whenever a pack is saved, updated or removed. */
let packIndex: Promise<Map<string, string[]>> | undefined;
async function packsHolding(path: string): Promise<string[]> {
  packIndex ??= savedPacks().then((packs) => {
    const index = new Map<string, string[]>();
    for (const pack of packs) {
      for (const file of pack.files) index.set(file.url, [...(index.get(file.url) ?? []), packCacheName(packKey(pack.lang, pack.course))]);
    }
    return index;
  });
  return (await packIndex).get(path) ?? [];
}
channel.addEventListener('message', () => (packIndex = undefined));

async function fromPacks(path: string): Promise<Response | undefined> {
  for (const name of await packsHolding(path)) {
    // caches.open would create a cache removed a moment ago: check first.
    if (!(await caches.has(name))) continue;
    const response = await (await caches.open(name)).match(path);
    if (response) return response;
  }
  return undefined;
}

/** Old hashed files leave the cache as new versions come in. (Workbox's own types fail exactOptionalPropertyTypes.) */
const keepAtMost = (maxEntries: number) => new ExpirationPlugin({ maxEntries }) as WorkboxPlugin;

/** Code only some people need (ON_DEMAND) is cached the first time it is used. */
registerRoute(
  ({ url }) => assetCacheOf(url.pathname) === RUNTIME_CACHE.onDemand,
  new CacheFirst({ cacheName: RUNTIME_CACHE.onDemand, plugins: [keepAtMost(12)] }),
);

/** Font subsets a stylesheet names for rare letters: kept once a page has needed one (names carry a content hash). */
registerRoute(
  ({ url }) => assetCacheOf(url.pathname) === RUNTIME_CACHE.fonts,
  new CacheFirst({ cacheName: RUNTIME_CACHE.fonts, plugins: [keepAtMost(12)] }),
);

/**
 * Search outside the saved packs: the catalogue-wide file names the index version of this deploy, so it is fetched
 * fresh when online and kept for offline; the versioned pieces it points to never change, so they are kept once used.
 */
registerRoute(({ url }) => /^\/search-index\/[a-z]{2}\/catalog\.json$/.test(url.pathname), new NetworkFirst({ cacheName: 'hocso-search' }));
registerRoute(
  ({ url }) => /^\/search-index\/[a-z]{2}\/[\w-]+\/[\w-]+\.json$/.test(url.pathname),
  new CacheFirst({ cacheName: 'hocso-search-pieces', plugins: [keepAtMost(200)] }),
);

/**
 * The tools of volunteers and trainers (logbook, class list, confirming) are in no course pack and not for every
 * visitor: each is kept once opened, so it works at the commune centre without a network, and is fresh when online.
 * A first visit, which this worker does not control yet, is stored by the page itself (keep-page-offline.ts).
 */
const TOOL_PATHS = new Set(LANGS.flatMap((lang) => TOOL_PAGES.map((page) => pathFor(lang, { page }))));
registerRoute(
  ({ url, request }) => request.mode === 'navigate' && TOOL_PATHS.has(url.pathname),
  new NetworkFirst({ cacheName: RUNTIME_CACHE.tools, plugins: [keepAtMost(12)] }),
);

/** Built code a page loaded that no saved pack holds (a tool's island, say): names carry a content hash, kept once used. */
const usedAssets = new CacheFirst({ cacheName: RUNTIME_CACHE.assets, plugins: [keepAtMost(80)] });
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/_astro/'),
  async (options) => (await fromPacks(options.url.pathname)) ?? usedAssets.handle(options),
);

/**
 * Course outlines: a saved pack's copy first, which matches its pages; otherwise the network, kept for offline, so a
 * course the learner started without saving it still lists its modules on "My progress" and "Học tiếp" offline.
 * An outline is about 1 KB gzipped (2 KB for 20 modules) and is fetched anyway: keeping it costs nothing on the wire.
 */
const outlines = new NetworkFirst({ cacheName: RUNTIME_CACHE.outlines, plugins: [keepAtMost(60)] });
registerRoute(
  ({ url }) => url.origin === self.location.origin && OUTLINE_PATH.test(url.pathname),
  async (options) => (await fromPacks(options.url.pathname)) ?? outlines.handle(options),
);

/** Everything else of the site: a saved pack first, then the network; a page that is neither shows the offline page. */
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.method === 'GET',
  async ({ url, request }) => {
    const saved = await fromPacks(url.pathname);
    if (saved) return saved;
    try {
      return await fetch(request);
    } catch (error) {
      if (request.mode !== 'navigate') throw error;
      const offline = await matchPrecache(pathFor(langOfPath(url.pathname), { page: 'offline' }));
      if (!offline) throw error;
      return offline;
    }
  },
);

const saving = new Map<PackKey, Promise<void>>();

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; lang?: string; course?: string; trainer?: boolean } | undefined;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === 'save-pack' && isLang(data.lang) && data.course && /^[a-z0-9-]+$/.test(data.course)) {
    const key = packKey(data.lang, data.course);
    if (!saving.has(key)) {
      const run = savePack(data.lang, data.course, data.trainer === true, tell)
        .catch(() => undefined)
        .finally(() => {
          saving.delete(key);
          packIndex = undefined;
          tell({ type: 'changed' });
        });
      saving.set(key, run);
    }
    event.waitUntil(saving.get(key)!);
  }
});

// A new version fetches the changed files of saved packs while it installs; if it cannot, it does not install, and
// the version in use, whose packs are whole, stays.
self.addEventListener('install', (event) => event.waitUntil(stagePackUpdates()));
self.addEventListener('activate', (event) =>
  event.waitUntil(
    commitPackUpdates().then(() => {
      packIndex = undefined;
      tell({ type: 'changed' });
    }),
  ),
);
