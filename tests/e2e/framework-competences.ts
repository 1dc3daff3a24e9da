import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface FrameworkFile {
  competences: { id: string; vi: string; en: string }[];
}

/** The competence names a course's page and certificate should show: those its modules name, in the table's order. */
export function courseCompetences(course: string, lang: 'vi' | 'en'): string[] {
  const { competences } = parse(readFileSync('content/framework.yaml', 'utf8')) as FrameworkFile;
  const used = new Set(
    readdirSync(`content/vi/${course}`)
      .filter((file) => file.endsWith('.mdx'))
      .flatMap((file) => {
        const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/vi/${course}/${file}`, 'utf8'))?.[1] ?? '';
        return (parse(frontmatter) as { competences: string[] }).competences;
      }),
  );
  return competences.filter((c) => used.has(c.id)).map((c) => c[lang]);
}
