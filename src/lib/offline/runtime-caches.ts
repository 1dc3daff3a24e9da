import { isOnDemand } from './on-demand';
import type { Route } from '../routes';

/**
 * The service worker's caches filled at run time, named once here: the worker's routes and the pages that store
 * themselves (keep-page-offline.ts) must agree on them, or a page stored by one is never found by the other.
 */
export const RUNTIME_CACHE = {
  tools: 'hocso-tools',
  assets: 'hocso-assets',
  onDemand: 'hocso-on-demand',
  fonts: 'hocso-fonts',
  outlines: 'hocso-outlines',
} as const;

/** The tools of volunteers and trainers: in no course pack and not for every visitor, each is kept once opened. */
export const TOOL_PAGES = ['logbook', 'class', 'confirm'] as const satisfies readonly Route['page'][];

export function isToolPage(route: Route): boolean {
  return (TOOL_PAGES as readonly string[]).includes(route.page);
}

/** Which runtime cache answers a built file under /_astro/ (its path), as the service worker's routes decide. */
export function assetCacheOf(pathname: string): (typeof RUNTIME_CACHE)[keyof typeof RUNTIME_CACHE] | undefined {
  if (!pathname.startsWith('/_astro/')) return undefined;
  const file = pathname.slice('/_astro/'.length);
  if (isOnDemand(file)) return RUNTIME_CACHE.onDemand;
  if (/^[\w.-]+\.woff2$/.test(file)) return RUNTIME_CACHE.fonts;
  return RUNTIME_CACHE.assets;
}

/** The built files a built script imports, statically or on demand, as URLs beside it (chunks import `./name.js`). */
export function importsOf(script: string, scriptUrl: string): string[] {
  return [...script.matchAll(/["'`](\.\/[\w.-]+\.js)["'`]/g)].map(([, path]) => new URL(path!, scriptUrl).href);
}
