import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { offlineBudgetProblems, type BudgetFile } from '../lib/offline/offline-budget';
import { pageUrl, planOffline } from '../lib/offline/offline-plan';
import { gzipTotal, packKey, packManifestPath, type PackFile, type PackManifest } from '../lib/offline/pack-manifest';
import { isOnDemand, ON_DEMAND } from '../lib/offline/on-demand';
import { formatSize } from '../lib/offline/pack-size';
import { LANGS, pathFor, type Lang } from '../lib/routes';

/** Pages every visit needs, in each language, whatever the learner studies (the certificate and verify pages work offline). */
const SHELL_PAGES = ['home', 'catalog', 'progress', 'search', 'about', 'offline', 'saved', 'certificate', 'verify'] as const;

/** What nginx gzips (README: gzip_types, and HTML always); fonts and images are sent as they are. */
const COMPRESSED = /\.(html|css|js|json|svg|xml)$/;

/** Every file of a built site, as its path on the site (`/x/index.html`). */
export function builtFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path, base) : [`/${path.slice(base.length).split('\\').join('/').replace(/^\/+/, '')}`];
  });
}

/** A built file's references, resolved to site paths of files that exist: `/x/` is `/x/index.html`. */
function referencesOf(dist: string, file: string, exists: (path: string) => boolean) {
  const assets = new Set<string>();
  const links = new Set<string>();
  if (!/\.(html|js|css)$/.test(file)) return { assets: [], links: [] };
  const text = readFileSync(join(dist, file), 'utf8');
  const add = (raw: string, fromHref: boolean) => {
    const clean = decodeURI(raw.split(/[?#]/)[0] ?? '');
    const resolved = clean.startsWith('/') ? clean : posix.join(posix.dirname(file), clean);
    const target = resolved.endsWith('/') ? `${resolved}index.html` : resolved;
    if (!exists(target)) return;
    // The sitemap is for crawlers; the PNG icons are fetched by the browser itself when the site is installed.
    if (/\.xml$|^\/icons\//.test(target)) return;
    if (target.endsWith('.html')) {
      if (fromHref) links.add(target);
    } else assets.add(target);
  };
  if (file.endsWith('.html')) {
    for (const [, attr, value] of text.matchAll(/\s(href|src|component-url|renderer-url)="(\/[^"]*)"/g)) add(value!, attr === 'href');
  }
  if (file.endsWith('.js')) {
    for (const [, value] of text.matchAll(/["'`](\.\/[\w.-]+\.js)["'`]/g)) add(value!, false);
  }
  // Fonts count where a page preloads them; the subsets a stylesheet only names (for rare letters) are fetched by the
  // browser when a page shows such a letter, and the service worker keeps them then.
  const isFont = (value: string) => /\.woff2?$/.test(value) && !file.endsWith('.html');
  for (const [, value] of text.matchAll(/url\(["']?([^)"']+)["']?\)/g)) if (!value!.startsWith('data:') && !isFont(value!)) add(value!, false);
  for (const [, value] of text.matchAll(/["'`(](\/_astro\/[\w.-]+)/g)) if (!isFont(value!)) add(value!, false);
  return { assets: [...assets], links: [...links] };
}

function describe(dist: string, file: string): PackFile {
  const body = readFileSync(join(dist, file));
  return {
    url: pageUrl(file),
    revision: createHash('sha256').update(body).digest('hex').slice(0, 20),
    bytes: body.length,
    gzipBytes: COMPRESSED.test(file) ? gzipSync(body).length : body.length,
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decodeEntities = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '');

/**
 * The pack-size slots of course pages and cards: `<span data-pack-size="vi/vneid">…</span>` is what a learner saves;
 * with `data-pack-part="trainer"`, what a device in trainer mode saves (the slides too); with `"slides"`, the slides
 * alone, added to a course saved without them.
 */
const SIZE_SLOT = /(<[a-z]+ [^>]*data-pack-size="([a-z]{2})\/([a-z0-9-]+)"[^>]*>)[^<]*(<\/[a-z]+>)/g;
const PART = /data-pack-part="(trainer|slides)"/;

export interface OfflineFiles {
  shell: PackFile[];
  packs: PackManifest[];
  problems: string[];
}

/**
 * Plans the shell and the course packs of a built site, writes each pack's size into the pages that offer it and a
 * manifest per pack (`/packs/<lang>/<course>.json`), and says what is over budget. Running it again on its own output
 * gives the same files.
 */
export function writeOfflineFiles(dist: string): OfflineFiles {
  const files = builtFiles(dist).filter((file) => !/^\/(sw\.js|packs\/)/.test(file));
  const present = new Set(files);
  const references = new Map<string, ReturnType<typeof referencesOf>>();
  const refs = (file: string) => {
    if (!references.has(file)) references.set(file, referencesOf(dist, file, (path) => present.has(path)));
    return references.get(file)!;
  };
  const courses = LANGS.flatMap((lang) => {
    const catalog = pathFor(lang, { page: 'catalog' });
    return files
      .map((file) => new RegExp(`^${catalog}([a-z0-9-]+)/index\\.html$`).exec(file)?.[1])
      .filter((course): course is string => Boolean(course))
      .map((course) => ({ lang, course }));
  });
  const plan = planOffline({
    files,
    assetsOf: (file) => refs(file).assets,
    linksOf: (file) => refs(file).links,
    shellPages: LANGS.flatMap((lang) => SHELL_PAGES.map((page) => `${pathFor(lang, { page })}index.html`)),
    courses,
    // .woff is left out: every browser that runs a service worker reads .woff2.
    onDemand: (file) => file.endsWith('.woff') || isOnDemand(posix.basename(file)),
  });

  // Sizes go into the pages first; the manifests then describe the pages as served.
  const packBytes = new Map(
    plan.packs.map((pack) => {
      const learner = gzipTotal(pack.files.map((file) => describe(dist, file)));
      const slides = gzipTotal(pack.trainerFiles.map((file) => describe(dist, file)));
      return [packKey(pack.lang, pack.course), { learner, trainer: learner + slides, slides }];
    }),
  );
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const path = join(dist, file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(SIZE_SLOT, (whole, open: string, lang: Lang, course: string, close: string) => {
      const bytes = packBytes.get(packKey(lang, course));
      const part = (PART.exec(open)?.[1] ?? 'learner') as 'learner' | 'trainer' | 'slides';
      return bytes === undefined ? whole : `${open}${formatSize(bytes[part], lang)}${close}`;
    });
    if (after !== before) writeFileSync(path, after);
  }

  const shell = plan.shell.map((file) => describe(dist, file));
  const packs = plan.packs.map(({ lang, course, files: packFiles, trainerFiles }): PackManifest => {
    const described = packFiles.map((file) => describe(dist, file));
    const trainer = trainerFiles.map((file) => describe(dist, file));
    const coursePage = readFileSync(join(dist, pathFor(lang, { page: 'course', course }), 'index.html'), 'utf8');
    const title = decodeEntities(/<h1[^>]*>([^<]*)<\/h1>/.exec(coursePage)?.[1]?.trim() ?? course);
    return { lang, course, title, files: described, gzipBytes: gzipTotal(described), trainerFiles: trainer, trainerGzipBytes: gzipTotal(trainer) };
  });
  for (const pack of packs) {
    const path = join(dist, packManifestPath(pack.lang, pack.course));
    if (!existsSync(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(pack));
  }

  const problems = offlineBudgetProblems(
    shell as BudgetFile[],
    packs.flatMap((pack) => [
      { name: packKey(pack.lang, pack.course), files: pack.files },
      { name: `${packKey(pack.lang, pack.course)} (its trainer part, the slides)`, files: pack.trainerFiles },
    ]),
  );
  const assets = readdirSync(join(dist, '_astro'));
  for (const [what, pattern] of Object.entries(ON_DEMAND)) {
    const found = assets.filter((name) => pattern.test(name));
    if (found.length !== 1) problems.push(`expected one file for ${what}, found ${found.join(', ') || 'none'}: it would not work offline`);
  }
  return { shell, packs, problems };
}

const workerSource = fileURLToPath(new URL('../features/offline/service-worker.ts', import.meta.url));

/** Compiles the service worker into `dist/sw.js`, with the shell and a hash of every pack written in. */
export async function writeServiceWorker(dist: string, { shell, packs }: Pick<OfflineFiles, 'shell' | 'packs'>): Promise<void> {
  // Any change to a pack changes sw.js, so browsers holding that pack find the new version and update it.
  const packsVersion = createHash('sha256')
    .update(JSON.stringify(packs.map((pack) => [pack.lang, pack.course, [...pack.files, ...pack.trainerFiles].map((file) => file.revision)])))
    .digest('hex')
    .slice(0, 20);
  await build({
    entryPoints: [workerSource],
    outfile: join(dist, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'error',
    define: {
      'process.env.NODE_ENV': '"production"',
      // Built assets carry a content hash in their name; their URL is their revision.
      __SHELL__: JSON.stringify(shell.map(({ url, revision }) => ({ url, revision: url.startsWith('/_astro/') ? null : revision }))),
      __PACKS_VERSION__: JSON.stringify(packsVersion),
    },
  });
}
