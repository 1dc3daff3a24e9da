import { outlinePath, pathFor, SLIDES_PATH, type Lang } from '../routes';
import { coursePageOf } from './pack-manifest';

/**
 * Which built files the shell holds and which each course pack holds. Paths are site paths of files
 * (`/khoa-hoc/vneid/index.html`, `/_astro/db.abc.js`); the build reads what each file refers to.
 */
export interface OfflineSite {
  files: string[];
  /** Files a file loads: scripts, styles, fonts, images (site paths of files). */
  assetsOf: (file: string) => string[];
  /** Pages a page links to (site paths of their index.html). */
  linksOf: (file: string) => string[];
  /** Pages every visit needs (site paths of their index.html). */
  shellPages: string[];
  courses: { lang: Lang; course: string }[];
  /** Code fetched only by the few who use it, cached when first used (the certificate maker, the QR decoder). */
  onDemand: (file: string) => boolean;
}

export interface OfflinePlan {
  shell: string[];
  /**
   * `files`: what every learner who saves the course gets. `trainerFiles`: the slides, a trainer's tool, and what
   * they need beyond the shell and `files`; saved only on a device in trainer mode.
   */
  packs: { lang: Lang; course: string; files: string[]; trainerFiles: string[] }[];
}

/** `/khoa-hoc/vneid/index.html` → `/khoa-hoc/vneid/`: the address a page is fetched at. */
export function pageUrl(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Every file `starts` load, following what each loaded file loads in turn, except on-demand code. */
export function assetClosure(starts: string[], site: Pick<OfflineSite, 'assetsOf' | 'onDemand'>): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || site.onDemand(file)) continue;
    seen.add(file);
    queue.push(...site.assetsOf(file));
  }
  return seen;
}

/** The icon and the web app manifest: every page has them, whatever the page. */
const EVERY_VISIT = /^\/(?:favicon\.svg|manifest\.webmanifest)$/;

/** A course's part of the search index: `/search-index/<lang>/<course>.json` and any file or folder named after it. */
function isSearchShardOf(file: string, lang: Lang, course: string): boolean {
  return file.startsWith(`/search-index/${lang}/${course}/`) || new RegExp(`^/search-index/${lang}/${course}(\\.[\\w-]+)?\\.json$`).test(file);
}

export function planOffline(site: OfflineSite): OfflinePlan {
  const present = new Set(site.files);
  const shell = assetClosure(
    [...site.shellPages.filter((page) => present.has(page)), ...site.files.filter((file) => EVERY_VISIT.test(file))],
    site,
  );
  const packs = site.courses.map(({ lang, course }) => {
    const coursePage = `${pathFor(lang, { page: 'course', course })}index.html`;
    const own = site.files.filter((file) => file.endsWith('.html') && file.startsWith(pathFor(lang, { page: 'course', course })));
    // An English course page links to the Vietnamese text of modules not translated yet: they belong to its pack.
    const fallbacks = present.has(coursePage)
      ? site.linksOf(coursePage).filter((link) => {
          const place = coursePageOf(link);
          return place?.course === course && place.lang !== lang && link !== `${pathFor(place.lang, { page: 'course', course })}index.html`;
        })
      : [];
    const fallbackPages = site.files.filter(
      (file) => file.endsWith('.html') && fallbacks.some((page) => file.startsWith(pageUrl(page))),
    );
    const pages = [...new Set([...own, ...fallbackPages])];
    const isSlides = (page: string) => SLIDES_PATH.test(pageUrl(page));
    const files = [...assetClosure(pages.filter((page) => !isSlides(page)), site)].filter((file) => !shell.has(file));
    const shards = site.files.filter((file) => isSearchShardOf(file, lang, course));
    // Its outline: "My progress" and "Học tiếp" list the course's modules from it, offline too once the course is saved.
    const outline = site.files.filter((file) => file === outlinePath(lang, course));
    const learner = new Set([...files, ...shards, ...outline]);
    const trainer = [...assetClosure(pages.filter(isSlides), site)].filter((file) => !shell.has(file) && !learner.has(file));
    return { lang, course, files: [...learner].sort(), trainerFiles: trainer.sort() };
  });
  return { shell: [...shell].sort(), packs };
}
