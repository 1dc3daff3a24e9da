import { getCollection } from 'astro:content';
import { modulePath } from '../lib/catalog';
import { helpKindProblems, helpKinds, type HelpKind, type ModuleIndex } from '../lib/logbook/help-kind';
import type { Lang } from '../lib/routes';
import { loadCatalog } from './catalog';

/**
 * The kinds of help of the logbook in one language, each linked to the modules that teach it. Fails the build when a
 * help kind names a module the catalog does not have (renamed or removed), naming the file and the field.
 */
export async function loadHelpKinds(lang: Lang): Promise<HelpKind[]> {
  const modules: ModuleIndex = new Map(
    (await loadCatalog(lang)).flatMap((course) => course.modules.map((m) => [m.id, { title: m.title, path: modulePath(m) }] as const)),
  );
  const files = await getCollection('helpKinds');
  const problems = helpKindProblems(files, modules);
  if (problems.length > 0) throw new Error(`The logbook's kinds of help do not match the catalog:\n${problems.join('\n')}`);
  return helpKinds(lang, files, modules);
}
