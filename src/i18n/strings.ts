import { fillTemplate } from '../lib/fill-template';
import type { UiKey } from './index';

/** The UI strings an island needs, picked at build time so the island does not ship both dictionaries. */
export type Strings = Partial<Record<UiKey, string>>;

/** `t` for islands: a string from the picked set with `{name}` placeholders filled. */
export function translator(strings: Strings) {
  return (key: UiKey, params: Record<string, string | number> = {}): string =>
    fillTemplate(strings[key] ?? key, params);
}
