import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const CONTENT_ROOT = new URL('../../content/', import.meta.url).pathname;

export interface ModuleFile {
  lang: string;
  course: string;
  file: string;
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export function splitFrontmatter(source: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { frontmatter: {}, body: source };
  const [, yaml = '', body = ''] = match;
  return { frontmatter: (parse(yaml) ?? {}) as Record<string, unknown>, body };
}

/** Language folders (`vi`, `en`); `content/logbook/` and other folders are not languages. */
export function languages(): string[] {
  return readdirSync(CONTENT_ROOT, { withFileTypes: true }).filter((d) => d.isDirectory() && /^[a-z]{2}$/.test(d.name)).map((d) => d.name);
}

export function courses(lang: string): string[] {
  const dir = join(CONTENT_ROOT, lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export function courseYaml(lang: string, course: string): Record<string, unknown> | undefined {
  const path = join(CONTENT_ROOT, lang, course, 'course.yaml');
  return existsSync(path) ? (parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : undefined;
}

export function modules(lang: string, course: string): ModuleFile[] {
  const dir = join(CONTENT_ROOT, lang, course);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      return { lang, course, file, path, ...splitFrontmatter(readFileSync(path, 'utf8')) };
    });
}

/** content/framework.yaml, as the build reads it. */
export function frameworkYaml(): unknown {
  return parse(readFileSync(join(CONTENT_ROOT, 'framework.yaml'), 'utf8'));
}
