import { fillTemplate } from '../lib/fill-template';
import type { Lang } from '../lib/routes';
import en from './en.json';
import vi from './vi.json';

export type UiKey = keyof typeof vi;

const strings: Record<Lang, Record<UiKey, string>> = { vi, en };

/** A UI string in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(strings[lang][key], params);
}

/** Several UI strings at once, for an island that must not ship every language's strings. */
export function pick<K extends UiKey>(lang: Lang, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, strings[lang][key]])) as Record<K, string>;
}

/** The strings of `lang` whose keys start with one of `prefixes`: what an island is given as a prop. */
export function pickPrefixed(lang: Lang, prefixes: string[]): Partial<Record<UiKey, string>> {
  return Object.fromEntries(
    (Object.keys(strings[lang]) as UiKey[]).filter((k) => prefixes.some((p) => k.startsWith(p))).map((k) => [k, strings[lang][k]]),
  );
}
