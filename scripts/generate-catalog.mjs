// Writes a large content tree (default 1,000 modules) made of the real Vietnamese modules, repeated under new course
// and module names, to see how search scales. `node scripts/generate-catalog.mjs <dir> [modules]`; the tree can be
// built with `HOCSO_CONTENT_DIR=<dir> npm run build` and is what `npm run bench` indexes.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const content = new URL('../content/vi/', import.meta.url).pathname;
const MODULES_PER_COURSE = 20;

/** The real modules as [course.yaml text, module file name, module file text], in a stable order. */
function realModules() {
  return readdirSync(content)
    .sort()
    .flatMap((course) => {
      const courseYaml = readFileSync(join(content, course, 'course.yaml'), 'utf8');
      return readdirSync(join(content, course))
        .filter((name) => /^\d\d-.*\.mdx$/.test(name))
        .sort()
        .map((name) => [courseYaml, name, readFileSync(join(content, course, name), 'utf8')]);
    });
}

/** A YAML `title:` line with a number added, so generated pages differ; JSON strings are valid YAML. */
function numberTitle(text, number) {
  return text.replace(/^title: (.*)$/m, (_, raw) => {
    const value = raw.startsWith('"') ? JSON.parse(raw) : raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    return `title: ${JSON.stringify(`${value} (${number})`)}`;
  });
}

export function generateCatalog(dir, modules = 1000) {
  const sources = realModules();
  for (let n = 0; n < modules; n++) {
    const [courseYaml, name, text] = sources[n % sources.length];
    const course = Math.floor(n / MODULES_PER_COURSE) + 1;
    const courseDir = join(dir, 'vi', `khoa-${course}`);
    if (n % MODULES_PER_COURSE === 0) {
      mkdirSync(courseDir, { recursive: true });
      writeFileSync(join(courseDir, 'course.yaml'), numberTitle(courseYaml, course));
    }
    const number = String((n % MODULES_PER_COURSE) + 1).padStart(2, '0');
    const slug = `${name.replace(/^\d\d-|\.mdx$/g, '')}-${n + 1}`;
    writeFileSync(join(courseDir, `${number}-${slug}.mdx`), numberTitle(text, n + 1));
  }
  mkdirSync(join(dir, 'en'), { recursive: true });
  // Modules name the framework's competences, so the tree needs the same table.
  copyFileSync(join(content, '..', 'framework.yaml'), join(dir, 'framework.yaml'));
  return dir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, modules] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/generate-catalog.mjs <dir> [modules]');
    process.exit(1);
  }
  generateCatalog(dir, Number(modules ?? 1000));
  console.log(`${modules ?? 1000} modules written to ${dir}`);
}
