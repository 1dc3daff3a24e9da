export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** A place in the site, independent of language: the language switch maps it to the other language. */
export type Route =
  | { page: 'home' }
  | { page: 'course'; course: string }
  | { page: 'module'; course: string; module: string }
  | { page: 'paperQuiz'; course: string; module: string }
  | { page: 'slides'; course: string; module: string }
  | { page: SinglePage };

/** Pages with one address each, named by one path segment per language. */
type SinglePage = 'catalog' | 'about' | 'verify' | 'certificate' | 'confirm' | 'search' | 'progress' | 'class' | 'logbook' | 'offline' | 'saved';

const SEGMENTS: Record<Lang, Record<SinglePage | 'paperQuiz' | 'slides', string>> = {
  vi: {
    catalog: 'khoa-hoc',
    paperQuiz: 'bai-kiem-tra-giay',
    slides: 'trinh-chieu',
    about: 'gioi-thieu',
    verify: 'xac-minh',
    certificate: 'chung-chi',
    confirm: 'xac-nhan',
    search: 'tim-kiem',
    progress: 'tien-do',
    class: 'lop-hoc',
    logbook: 'so-tay',
    offline: 'offline',
    saved: 'ngoai-tuyen',
  },
  en: {
    catalog: 'courses',
    paperQuiz: 'paper-quiz',
    slides: 'slides',
    about: 'about',
    verify: 'verify',
    certificate: 'certificate',
    confirm: 'confirm',
    search: 'search',
    progress: 'progress',
    class: 'class',
    logbook: 'logbook',
    offline: 'offline',
    saved: 'offline-courses',
  },
};

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/** The site path of a route in a language, with a trailing slash: `/khoa-hoc/vneid/`, `/en/courses/vneid/`. */
export function pathFor(lang: Lang, route: Route): string {
  const prefix = lang === DEFAULT_LANG ? '/' : `/${lang}/`;
  const segments = SEGMENTS[lang];
  switch (route.page) {
    case 'home':
      return prefix;
    case 'course':
      return `${prefix}${segments.catalog}/${route.course}/`;
    case 'module':
      return `${prefix}${segments.catalog}/${route.course}/${route.module}/`;
    case 'paperQuiz':
    case 'slides':
      return `${prefix}${segments.catalog}/${route.course}/${route.module}/${segments[route.page]}/`;
    default:
      return `${prefix}${segments[route.page]}/`;
  }
}

/** Print views: kept out of the sitemap; they are saved with their course's offline pack. */
export const PRINT_VIEW_PATH = new RegExp(`/(${SEGMENTS.vi.paperQuiz}|${SEGMENTS.en.paperQuiz})/$`);

/** Slides of a module: for trainers only, so kept out of the sitemap and the precache like the print views. */
export const SLIDES_PATH = new RegExp(`/(${SEGMENTS.vi.slides}|${SEGMENTS.en.slides})/$`);

/** The language a site path is in, read from its first segment. */
export function langOfPath(path: string): Lang {
  const first = path.split('/')[1];
  return isLang(first) ? first : DEFAULT_LANG;
}

/** Where a learner makes a course's certificate: its section of "My progress", whose name field takes the focus. */
export function certificateFormPath(lang: Lang, course: string): string {
  return `${pathFor(lang, { page: 'progress' })}#${certificateAnchor(course)}`;
}

/** The id of a course's certificate section on "My progress". */
export function certificateAnchor(course: string): string {
  return `certificate-${course}`;
}

/** Where the build writes a course's outline in a language (see course-outline.ts): saved with the course's pack. */
export const outlinePath = (lang: Lang, course: string) => `/outlines/${lang}/${course}.json`;

/** The address of any course's outline. */
export const OUTLINE_PATH = /^\/outlines\/[a-z]{2}\/[a-z0-9-]+\.json$/;
