import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devices, expect, type Browser, type Page } from '@playwright/test';
import { createStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { writeOfflineFiles, writeServiceWorker } from '../../src/integrations/offline-files';
import { PACK_RECORDS_CACHE, packRecordUrl, type PackKey, type PackManifest, type SavedPack } from '../../src/lib/offline/pack-manifest';

/** The built site, as the Playwright web server built it. */
export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** A pack's manifest as the build wrote it. */
export function packOf(lang: 'vi' | 'en', course: string, dist = DIST): PackManifest {
  return JSON.parse(readFileSync(`${dist}packs/${lang}/${course}.json`, 'utf8')) as PackManifest;
}

/** The built site on a server of the test's own (any free port), which the test can stop or cut. */
export async function ownServer(root = DIST): Promise<{ site: StaticServer; origin: string }> {
  const site = createStaticServer(root);
  return { site, origin: await site.listen() };
}

/** A phone's browser tab on `origin`. */
export async function phoneOn(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ ...devices['Pixel 7'], baseURL: origin });
  return context.newPage();
}

/** Waits until the shell is saved and the service worker is in charge of the page. */
export async function shellReady(page: Page): Promise<void> {
  await expect(page.getByText(/Sẵn sàng dùng khi không có mạng|Ready to use offline/)).toBeVisible({ timeout: 60_000 });
}

/** Every URL held in Cache Storage, by cache name. */
export function cacheContents(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const contents: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      contents[name] = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
    }
    return contents;
  });
}

/** The paths of a pack's pages (not its scripts and styles). */
export const pagesOf = (pack: PackManifest) => pack.files.map((file) => file.url).filter((url) => url.endsWith('/'));

/** The "save for offline" box of a course on the page. */
export const packBox = (page: Page, lang: 'vi' | 'en', course: string) => page.locator(`[data-pack="${lang}/${course}"]`).first();

/** The record the device keeps of a saved pack, or undefined while it is not saved. */
export function savedRecordOf(page: Page, key: PackKey): Promise<SavedPack | undefined> {
  return page.evaluate(async ([cache, url]) => (await (await caches.open(cache)).match(url))?.json(), [PACK_RECORDS_CACHE, packRecordUrl(key)] as const);
}

/**
 * Build B: the built site copied to `dir` with one page marked as changed (`data-build="B"` on its first `tag`), its
 * offline files and worker made again as the build makes them.
 */
export async function buildWithChangedPage(dir: string, path: string, tag: string): Promise<void> {
  cpSync(DIST, dir, { recursive: true });
  const page = join(dir, path, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace(`<${tag}`, `<${tag} data-build="B"`));
  const offline = writeOfflineFiles(dir);
  expect(offline.problems).toEqual([]);
  await writeServiceWorker(dir, offline);
}
