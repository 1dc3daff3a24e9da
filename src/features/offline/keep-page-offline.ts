import { assetCacheOf, RUNTIME_CACHE } from '../../lib/offline/runtime-caches';

/**
 * Stores the page being shown, and the built code it loaded, in the caches the service worker answers a tool page
 * from. On a first visit the page and its code arrive before the worker controls the page, so the worker never sees
 * them: the page puts them in itself once the worker is active. Resolves true when the page is in its cache.
 */
export async function keepPageOffline(): Promise<boolean> {
  if (!('caches' in window)) return false;
  const page = `${location.origin}${location.pathname}`;
  if (navigator.onLine) {
    const byCache = new Map<string, string[]>([[RUNTIME_CACHE.tools, [page]]]);
    for (const entry of performance.getEntriesByType('resource')) {
      const url = new URL(entry.name);
      const cache = url.origin === location.origin ? assetCacheOf(url.pathname) : undefined;
      if (cache) byCache.set(cache, [...(byCache.get(cache) ?? []), url.href]);
    }
    // One file that fails (the network dropped) leaves the others stored; the next online visit tries again.
    await Promise.all(
      [...byCache].map(([name, urls]) =>
        caches.open(name).then((cache) => Promise.allSettled(urls.map((url) => cache.add(url)))),
      ),
    ).catch(() => undefined);
  }
  return (await caches.open(RUNTIME_CACHE.tools).then((cache) => cache.match(page)).catch(() => undefined)) !== undefined;
}
