import {
  filesToDrop,
  filesToFetch,
  gzipTotal,
  holdsTrainerPart,
  PACK_NEXT_PREFIX,
  PACK_RECORDS_CACHE,
  packCacheName,
  packDownloadCacheName,
  packKey,
  packManifestPath,
  packNextCacheName,
  packRecordUrl,
  savedRecord,
  type PackFile,
  type PackKey,
  type PackManifest,
  type SavedPack,
} from '../../lib/offline/pack-manifest';
import type { Lang } from '../../lib/routes';

/**
 * Course packs in Cache Storage, shared by the service worker (which saves and updates them) and pages (which read
 * and remove them). A pack is saved whole or not at all: files are downloaded into a download cache and checked
 * against their revision, then copied into the pack's cache, and the record that says "saved" is written last.
 */

/** What pages hear about packs, on the BroadcastChannel `PACK_CHANNEL`. */
export type PackEvent =
  | { type: 'progress'; key: PackKey; done: number; total: number }
  | { type: 'saved'; key: PackKey }
  | { type: 'failed'; key: PackKey; reason: 'network' | 'full' }
  | { type: 'changed' };
export const PACK_CHANNEL = 'hocso-packs';

/** The header a downloaded file is kept with, so a retry can skip files already fetched whole. */
const REVISION_HEADER = 'x-hocso-revision';
const MANIFEST_URL = '/__hocso/manifest';

export class PackFullError extends Error {
  override name = 'PackFullError';
}

export async function savedPacks(): Promise<SavedPack[]> {
  const records = await caches.open(PACK_RECORDS_CACHE);
  const keys = await records.keys();
  const packs = await Promise.all(keys.map(async (request) => (await records.match(request))?.json() as Promise<SavedPack>));
  return packs.filter(Boolean);
}

export async function savedPack(key: PackKey): Promise<SavedPack | undefined> {
  if (!(await caches.has(PACK_RECORDS_CACHE))) return undefined;
  return (await (await caches.open(PACK_RECORDS_CACHE)).match(packRecordUrl(key)))?.json();
}

/** Removes a pack: its record first, so nothing serves a pack being taken apart, then its files. */
export async function removePack(key: PackKey): Promise<void> {
  await (await caches.open(PACK_RECORDS_CACHE)).delete(packRecordUrl(key));
  await Promise.all([caches.delete(packCacheName(key)), caches.delete(packDownloadCacheName(key)), caches.delete(packNextCacheName(key))]);
}

const isFull = (error: unknown) => error instanceof PackFullError || (error instanceof DOMException && error.name === 'QuotaExceededError');

/** A course's manifest as the server has it now; `undefined` when the course is gone from the site. */
async function fetchManifest(lang: Lang, course: string): Promise<PackManifest | undefined> {
  const response = await fetch(packManifestPath(lang, course), { cache: 'no-cache' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`pack manifest ${lang}/${course}: HTTP ${response.status}`);
  return response.json();
}

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A file fetched whole and matching its revision, ready to keep; throws on anything less. */
async function fetchVerified(file: PackFile): Promise<Response> {
  const response = await fetch(file.url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  const revision = hex(await crypto.subtle.digest('SHA-256', body)).slice(0, file.revision.length);
  if (revision !== file.revision) throw new Error(`${file.url}: not the file the pack lists (a new version is being published?)`);
  const headers = new Headers({ [REVISION_HEADER]: file.revision });
  const type = response.headers.get('content-type');
  if (type) headers.set('content-type', type);
  return new Response(body, { status: 200, headers });
}

/** Fetches `files` into `cache`, a few at a time, skipping those already there at their revision. */
async function download(cache: Cache, files: PackFile[], onFile: (file: PackFile) => void): Promise<void> {
  const queue = [...files];
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    for (let file = queue.shift(); file && !failure; file = queue.shift()) {
      try {
        const kept = await cache.match(file.url);
        if (kept?.headers.get(REVISION_HEADER) !== file.revision) await cache.put(file.url, await fetchVerified(file));
      } catch (error) {
        failure ??= { error };
        return;
      }
      if (!failure) onFile(file);
    }
  };
  // Every worker stops before the outcome is known: a file finishing after another failed must not report progress
  // after the failure, or the page would show "saving" again instead of the retry.
  await Promise.all([worker(), worker(), worker()]);
  if (failure) throw failure.error;
}

/** Copies every file of `from` into `to`, pages last: a page is only ever served with the code it needs beside it. */
async function copyInto(from: Cache, to: Cache, urls: string[]): Promise<void> {
  const ordered = [...urls.filter((url) => !url.endsWith('/')), ...urls.filter((url) => url.endsWith('/'))];
  for (const url of ordered) {
    const response = await from.match(url);
    if (!response) throw new Error(`${url} is missing from the download`);
    await to.put(url, response);
  }
}

async function writeRecord(pack: SavedPack): Promise<void> {
  const body = JSON.stringify(pack);
  await (await caches.open(PACK_RECORDS_CACHE)).put(packRecordUrl(packKey(pack.lang, pack.course)), new Response(body, { headers: { 'content-type': 'application/json' } }));
}

/** Refuses before any download when the device says it has no room for the files and their download copy. */
async function checkRoom(files: PackFile[]): Promise<void> {
  const estimate = await navigator.storage?.estimate?.();
  if (!estimate?.quota || estimate.usage === undefined) return;
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  if (estimate.quota - estimate.usage < 2 * bytes) throw new PackFullError('no room for this pack');
}

/** Files a pack's cache does not hold at their revision. Only whole, checked files are ever copied into it. */
async function missingFrom(key: PackKey, files: PackFile[]): Promise<PackFile[]> {
  // caches.open would leave an empty pack cache behind a download that is then cut.
  if (!(await caches.has(packCacheName(key)))) return files;
  const pack = await caches.open(packCacheName(key));
  const held = await Promise.all(files.map(async (file) => (await pack.match(file.url))?.headers.get(REVISION_HEADER) === file.revision));
  return files.filter((_, i) => !held[i]);
}

/**
 * Saves a course pack, with its trainer part (the slides) when `trainer` or when the saved pack already holds it.
 * Saving a pack already saved fetches only what it lacks: a trainer adding the slides downloads only them. A cut
 * download leaves the download cache for a retry to resume, and the course as it was ("not saved", or saved without
 * the slides); a full device leaves nothing behind. Reports progress in gzipped bytes, as the learner pays for them.
 */
export async function savePack(lang: Lang, course: string, trainer: boolean, report: (event: PackEvent) => void): Promise<void> {
  const key = packKey(lang, course);
  const saved = await savedPack(key);
  const wasSaved = Boolean(saved);
  try {
    const manifest = await fetchManifest(lang, course);
    if (!manifest) throw new Error(`no course ${key} on this site`);
    const record = savedRecord(manifest, trainer || (saved !== undefined && holdsTrainerPart(saved)), new Date().toISOString());
    const missing = await missingFrom(key, record.files);
    await checkRoom(missing);
    const total = gzipTotal(missing);
    let done = 0;
    report({ type: 'progress', key, done, total });
    const downloads = await caches.open(packDownloadCacheName(key));
    await download(downloads, missing, (file) => {
      done += file.gzipBytes;
      report({ type: 'progress', key, done, total });
    });
    await copyInto(downloads, await caches.open(packCacheName(key)), missing.map((file) => file.url));
    await writeRecord(record);
    await caches.delete(packDownloadCacheName(key));
    report({ type: 'saved', key });
  } catch (error) {
    if (isFull(error)) {
      await caches.delete(packDownloadCacheName(key));
      if (!wasSaved) await caches.delete(packCacheName(key));
    }
    report({ type: 'failed', key, reason: isFull(error) ? 'full' : 'network' });
    throw error;
  }
}

/**
 * For a new version of the site, being installed: fetches, for every saved pack, only the files whose revision
 * changed, into a staging cache. Nothing a running page uses changes until the new version takes over.
 */
export async function stagePackUpdates(): Promise<void> {
  for (const saved of await savedPacks()) {
    const manifest = await fetchManifest(saved.lang, saved.course);
    const next = await caches.open(packNextCacheName(packKey(saved.lang, saved.course)));
    // A course the new version no longer has is removed when it takes over: its pages would need code it drops.
    const record = manifest ? savedRecord(manifest, holdsTrainerPart(saved), saved.savedAt) : null;
    if (record) await download(next, filesToFetch(saved, record), () => undefined);
    await next.put(MANIFEST_URL, new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
  }
}

/** When the new version takes over: puts staged updates in place, rewrites each record, drops files no longer used. */
export async function commitPackUpdates(): Promise<void> {
  for (const name of (await caches.keys()).filter((n) => n.startsWith(PACK_NEXT_PREFIX))) {
    const key = name.slice(PACK_NEXT_PREFIX.length) as PackKey;
    const next = await caches.open(name);
    const record: SavedPack | null | undefined = await (await next.match(MANIFEST_URL))?.json();
    const saved = await savedPack(key);
    if (record === null) await removePack(key);
    else if (record && saved) {
      const pack = await caches.open(packCacheName(key));
      const staged = (await next.keys()).map((request) => new URL(request.url).pathname).filter((url) => url !== MANIFEST_URL);
      await copyInto(next, pack, staged);
      await writeRecord({ ...record, savedAt: saved.savedAt });
      await Promise.all(filesToDrop(saved, record).map((url) => pack.delete(url)));
    }
    await caches.delete(name);
  }
}
