import { LANGS, pathFor, SLIDES_PATH, type Lang } from '../routes';

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
  /** What every learner who saves the course gets. */
  files: PackFile[];
  gzipBytes: number;
  /** The trainer part: the slides of its modules and what they need beyond `files`, saved on a device in trainer mode. */
  trainerFiles: PackFile[];
  trainerGzipBytes: number;
}

/**
 * What the device keeps about a saved pack, written last when the pack is saved whole. Its `files` and `gzipBytes`
 * are what the device holds: the trainer part included when `trainer`.
 */
export interface SavedPack extends PackManifest {
  /** ISO date-time the learner saved it. */
  savedAt: string;
  /** Absent from records written before packs had a trainer part: those held the slides among their files. */
  trainer?: boolean;
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

/** Whether a saved pack holds the trainer part: a trainer never loses the slides of a course she prepared. */
export function holdsTrainerPart(saved: Pick<SavedPack, 'files' | 'trainer'>): boolean {
  return saved.trainer ?? saved.files.some((file) => SLIDES_PATH.test(file.url));
}

/** The record of a pack saved from `manifest`, with or without its trainer part. */
export function savedRecord(manifest: PackManifest, trainer: boolean, savedAt: string): SavedPack {
  const files = trainer ? [...manifest.files, ...manifest.trainerFiles] : manifest.files;
  return { ...manifest, files, gzipBytes: gzipTotal(files), trainer, savedAt };
}

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
