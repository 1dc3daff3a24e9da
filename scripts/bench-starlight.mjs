// The same module pages built with Starlight (Astro's documentation theme), for the bench's side-by-side rows.
// Học Số's MDX components (Tip, Steps, PhoneScreen…) are its own, so the bodies are converted to plain Markdown:
// a component's title becomes a bold line and its children stay; Starlight gets the text, not the components.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;

/** An MDX body as plain Markdown: component tags dropped, their `title` kept as a bold line. */
export function mdxToMarkdown(body) {
  return body
    .replace(/<([A-Z]\w*)\b([^>]*?)\/>/gs, (_, _name, attrs) => titleLine(attrs))
    .replace(/<([A-Z]\w*)\b([^>]*)>/gs, (_, _name, attrs) => titleLine(attrs))
    .replace(/<\/[A-Z]\w*>/g, '');
}
const titleLine = (attrs) => {
  const title = /\btitle="([^"]*)"/.exec(attrs)?.[1];
  return title ? `**${title}**\n` : '';
};

/** Builds a Starlight site of the Vietnamese modules in a temporary folder; returns its dist/ and one module's path. */
export function buildStarlight() {
  const dir = mkdtempSync(join(tmpdir(), 'hocso-starlight-'));
  // A hard-linked copy of node_modules: seconds, no extra space, and real paths (Vite loses its way in a symlinked one).
  const copy = spawnSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
  if (copy.status !== 0) throw new Error(`could not link node_modules: ${copy.stderr}`);
  // Astro compiles only the packages the project's package.json names as dependencies into its pages; without them
  // Starlight's middleware is left as an import of `astro:` modules that Node cannot load.
  const versionOf = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((name) => [name, versionOf(name)]));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'hocso-starlight', type: 'module', private: true, dependencies }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'Học Số', defaultLocale: 'root', locales: { root: { label: 'Tiếng Việt', lang: 'vi' } } })] });
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const content = join(root, 'content/vi');
  const pages = [];
  for (const course of readdirSync(content)) {
    for (const name of readdirSync(join(content, course)).filter((n) => n.endsWith('.mdx'))) {
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(content, course, name), 'utf8')) ?? [];
      const title = /^title: (.*)$/m.exec(frontmatter)?.[1] ?? name;
      const summary = /^summary: (.*)$/m.exec(frontmatter)?.[1] ?? '';
      const slug = name.replace(/^\d\d-|\.mdx$/g, '');
      mkdirSync(join(dir, 'src/content/docs', course), { recursive: true });
      writeFileSync(join(dir, 'src/content/docs', course, `${slug}.md`), `---\ntitle: ${title}\ndescription: ${summary}\n---\n\n${mdxToMarkdown(body)}`);
      pages.push(`/${course}/${slug}/`);
    }
  }
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Học Số\n---\n\nCác khóa học kỹ năng số.\n');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (build.status !== 0) {
    const errors = `${build.stdout}\n${build.stderr}`.split('\n').filter((line) => line.includes('[ERROR]'));
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the Starlight build failed: ${errors.slice(0, 2).join(' ') || build.stderr.slice(-500)}`);
  }
  return { dir, dist: join(dir, 'dist'), pages };
}
