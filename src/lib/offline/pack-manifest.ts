import { LANGS, pathFor, type Lang } from '../routes';

/** One file of a course pack, as the build lists it. */
export interface PackFile {
  /** Site path: `/khoa-hoc/vneid/`, `/_astro/QuizIsland.abc.js`. */
  url: string;
  /** The start of the file's SHA-256 (hex): what the service worker checks a download against. */
  revision: string;
  bytes: number;
  /** What the file costs on the wire, gzipped as the README's nginx block serves it. */
  gzipBytes: number;
}

/** A course in one language saved for offline use: everything its pages need beyond the shell. */
export interface PackManifest {
  lang: Lang;
  course: string;
  title: string;
  files: PackFile[];
  gzipBytes: number;
}

/** What the device keeps about a saved pack, written last when the pack is saved whole. */
export interface SavedPack extends PackManifest {
  /** ISO date-time the learner saved it. */
  savedAt: string;
}

export type PackKey = `${Lang}/${string}`;

export const packKey = (lang: Lang, course: string): PackKey => `${lang}/${course}`;

/** Where the build writes a pack's manifest. */
export const packManifestPath = (lang: Lang, course: string) => `/packs/${lang}/${course}.json`;

/** Cache Storage names: committed files, a download in progress, an update staged by a new version, and the records. */
export const PACK_CACHE_PREFIX = 'hocso-pack:';
export const packCacheName = (key: PackKey) => `${PACK_CACHE_PREFIX}${key}`;
export const packDownloadCacheName = (key: PackKey) => `hocso-pack-download:${key}`;
export const PACK_NEXT_PREFIX = 'hocso-pack-next:';
export const packNextCacheName = (key: PackKey) => `${PACK_NEXT_PREFIX}${key}`;
export const PACK_RECORDS_CACHE = 'hocso-packs';
export const packRecordUrl = (key: PackKey) => `/__hocso/packs/${key}`;

/** Files of `next` a device holding `saved` must fetch: new ones and those whose content changed. */
export function filesToFetch(saved: Pick<PackManifest, 'files'> | undefined, next: Pick<PackManifest, 'files'>): PackFile[] {
  const have = new Map((saved?.files ?? []).map((file) => [file.url, file.revision]));
  return next.files.filter((file) => have.get(file.url) !== file.revision);
}

/** Files of `saved` that `next` no longer has: dropped once the update is in place. */
export function filesToDrop(saved: Pick<PackManifest, 'files'>, next: Pick<PackManifest, 'files'>): string[] {
  const keep = new Set(next.files.map((file) => file.url));
  return saved.files.filter((file) => !keep.has(file.url)).map((file) => file.url);
}

/** Sum of what a list of files costs on the wire. */
export function gzipTotal(files: Pick<PackFile, 'gzipBytes'>[]): number {
  return files.reduce((sum, file) => sum + file.gzipBytes, 0);
}

/** Which pack a site path belongs to when it is a course or module page: `{ lang, course }`, or undefined. */
export function coursePageOf(path: string): { lang: Lang; course: string } | undefined {
  for (const lang of LANGS) {
    const catalog = pathFor(lang, { page: 'catalog' });
    const course = path.startsWith(catalog) ? /^([a-z0-9-]+)\//.exec(path.slice(catalog.length))?.[1] : undefined;
    if (course) return { lang, course };
  }
  return undefined;
}
