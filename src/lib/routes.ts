export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** A place in the site, independent of language: the language switch maps it to the other language. */
export type Route =
  | { page: 'home' }
  | { page: 'course'; course: string }
  | { page: 'module'; course: string; module: string }
  | { page: 'paperQuiz'; course: string; module: string }
  | { page: SinglePage };

/** Pages with one address each, named by one path segment per language. */
type SinglePage = 'catalog' | 'about' | 'verify' | 'certificate' | 'confirm' | 'search' | 'progress' | 'class' | 'offline';

const SEGMENTS: Record<Lang, Record<SinglePage | 'paperQuiz', string>> = {
  vi: {
    catalog: 'khoa-hoc',
    paperQuiz: 'bai-kiem-tra-giay',
    about: 'gioi-thieu',
    verify: 'xac-minh',
    certificate: 'chung-chi',
    confirm: 'xac-nhan',
    search: 'tim-kiem',
    progress: 'tien-do',
    class: 'lop-hoc',
    offline: 'offline',
  },
  en: {
    catalog: 'courses',
    paperQuiz: 'paper-quiz',
    about: 'about',
    verify: 'verify',
    certificate: 'certificate',
    confirm: 'confirm',
    search: 'search',
    progress: 'progress',
    class: 'class',
    offline: 'offline',
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
      return `${prefix}${segments.catalog}/${route.course}/${route.module}/${segments.paperQuiz}/`;
    default:
      return `${prefix}${segments[route.page]}/`;
  }
}

/** Print views: kept out of the sitemap and the precache (one per module and language would overfill it). */
export const PRINT_VIEW_PATH = new RegExp(`/(${SEGMENTS.vi.paperQuiz}|${SEGMENTS.en.paperQuiz})/$`);

/** The language a site path is in, read from its first segment. */
export function langOfPath(path: string): Lang {
  const first = path.split('/')[1];
  return isLang(first) ? first : DEFAULT_LANG;
}
