export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** A place in the site, independent of language: the language switch maps it to the other language. */
export type Route =
  | { page: 'home' }
  | { page: 'catalog' }
  | { page: 'course'; course: string }
  | { page: 'module'; course: string; module: string }
  | { page: 'about' }
  | { page: 'verify' }
  | { page: 'search' }
  | { page: 'progress' }
  | { page: 'class' }
  | { page: 'offline' };

const SEGMENTS: Record<Lang, { catalog: string; about: string; verify: string; search: string; progress: string; class: string; offline: string }> = {
  vi: { catalog: 'khoa-hoc', about: 'gioi-thieu', verify: 'xac-minh', search: 'tim-kiem', progress: 'tien-do', class: 'lop-hoc', offline: 'offline' },
  en: { catalog: 'courses', about: 'about', verify: 'verify', search: 'search', progress: 'progress', class: 'class', offline: 'offline' },
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
    case 'catalog':
      return `${prefix}${segments.catalog}/`;
    case 'course':
      return `${prefix}${segments.catalog}/${route.course}/`;
    case 'module':
      return `${prefix}${segments.catalog}/${route.course}/${route.module}/`;
    case 'about':
      return `${prefix}${segments.about}/`;
    case 'verify':
      return `${prefix}${segments.verify}/`;
    case 'search':
      return `${prefix}${segments.search}/`;
    case 'progress':
      return `${prefix}${segments.progress}/`;
    case 'class':
      return `${prefix}${segments.class}/`;
    case 'offline':
      return `${prefix}${segments.offline}/`;
  }
}

/** The search file of a language, fetched by the search page on first use: `/search-index.json`, `/en/search-index.json`. */
export function searchIndexPath(lang: Lang): string {
  return `${lang === DEFAULT_LANG ? '/' : `/${lang}/`}search-index.json`;
}

/** The language a site path is in, read from its first segment. */
export function langOfPath(path: string): Lang {
  const first = path.split('/')[1];
  return isLang(first) ? first : DEFAULT_LANG;
}
