import { assetCacheOf, importsOf, RUNTIME_CACHE } from '../../lib/offline/runtime-caches';
import { isOnDemand } from '../../lib/offline/on-demand';

/** The built files this page named or loaded: a file the browser took from its memory cache has no timing entry. */
function pageFiles(): string[] {
  const named = [...document.querySelectorAll('script[src], link[href], astro-island')].flatMap((element) =>
    ['src', 'href', 'component-url', 'renderer-url'].map((attribute) => element.getAttribute(attribute)).filter((url): url is string => Boolean(url)),
  );
  const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
  return [...named, ...loaded].map((url) => new URL(url, location.href)).filter((url) => url.origin === location.origin && assetCacheOf(url.pathname)).map((url) => url.href);
}

/** Stores `url` in the cache the service worker answers it from, unless it is there; its text when it is a script. */
async function keep(url: string): Promise<string | undefined> {
  const cache = await caches.open(assetCacheOf(new URL(url).pathname)!);
  if (!(await cache.match(url))) await cache.add(url);
  return url.endsWith('.js') ? (await cache.match(url))?.text() : undefined;
}

/**
 * Stores the page being shown, and the built code it needs, in the caches the service worker answers a tool page
 * from. On a first visit the page and its code arrive before the worker controls the page, so the worker never sees
 * them: the page puts them in itself once the worker is active. The code a script imports is followed, as the build
 * does for course packs, except code only some people need (ON_DEMAND), kept only if this page loaded it.
 * Resolves true when the page is in its cache.
 */
export async function keepPageOffline(): Promise<boolean> {
  if (!('caches' in window)) return false;
  const page = `${location.origin}${location.pathname}`;
  if (navigator.onLine) {
    const pending = pageFiles();
    const seen = new Set(pending);
    while (pending.length > 0) {
      // One file that fails (the network dropped) leaves the others stored; the next online visit tries again.
      const found = await Promise.all(pending.splice(0).map((url) => keep(url).then((script) => (script ? importsOf(script, url) : []), () => [])));
      for (const url of found.flat()) {
        if (seen.has(url) || isOnDemand(new URL(url).pathname.slice('/_astro/'.length))) continue;
        seen.add(url);
        pending.push(url);
      }
    }
    // Once the worker controls the page it keeps the page fresh itself.
    await caches.open(RUNTIME_CACHE.tools).then(async (cache) => (await cache.match(page)) ?? cache.add(page)).catch(() => undefined);
  }
  return (await caches.open(RUNTIME_CACHE.tools).then((cache) => cache.match(page)).catch(() => undefined)) !== undefined;
}
