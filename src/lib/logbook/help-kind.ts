import { z } from '../zod';
import type { Lang } from '../routes';

/** One kind of help's checklist in one language: plain words, no invented menu labels, fees or figures. */
const checklistSchema = z.strictObject({
  /** Short name the volunteer taps in the logbook: "Cài VNeID, tài khoản mức 1 và mức 2". */
  name: z.string().min(3).max(60),
  /** What to do with the resident, in order; the resident holds the phone and taps. */
  steps: z.array(z.string().min(10)).min(3).max(10),
  /** What the volunteer must not do for this kind of help, beyond the rules every kind shares. */
  mustNot: z.array(z.string().min(10)).min(1).max(6),
});

/** A kind of help given at the commune centre: `content/logbook/<kind>.yaml`; its file name is its id. */
export const helpKindSchema = z.strictObject({
  /** Position in the logbook's list, from 1. */
  order: z.int().min(1).max(99),
  /** The modules that teach it (`<course>/<module>`); the build fails when one is not in the catalog. */
  modules: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)).min(1).max(5),
  vi: checklistSchema,
  en: checklistSchema,
});
export type HelpKindFile = z.infer<typeof helpKindSchema>;

/** A kind of help as a page shows it: its checklist in the page's language and the modules that teach it. */
export interface HelpKind {
  id: string;
  name: string;
  steps: string[];
  mustNot: string[];
  modules: { id: string; title: string; path: string }[];
}

/** The module catalog as the logbook needs it: each module's title and page in one language. */
export type ModuleIndex = ReadonlyMap<string, { title: string; path: string }>;

/** Every help kind file's mistake, naming the file and the field: a module renamed or removed, an order used twice. */
export function helpKindProblems(files: readonly { id: string; data: HelpKindFile }[], modules: ModuleIndex): string[] {
  const problems: string[] = [];
  const orders = new Map<number, string>();
  for (const { id, data } of files) {
    data.modules.forEach((module, index) => {
      if (!modules.has(module)) problems.push(`content/logbook/${id}.yaml: modules[${index}]: no module "${module}" in the catalog`);
    });
    const other = orders.get(data.order);
    if (other) problems.push(`content/logbook/${id}.yaml: order: ${data.order} is also the order of ${other}`);
    orders.set(data.order, id);
  }
  return problems;
}

/** The kinds of help in order, in one language, linked to the modules that teach them. */
export function helpKinds(lang: Lang, files: readonly { id: string; data: HelpKindFile }[], modules: ModuleIndex): HelpKind[] {
  return [...files]
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, data }) => ({
      id,
      ...data[lang],
      modules: data.modules.flatMap((m) => {
        const found = modules.get(m);
        return found ? [{ id: m, ...found }] : [];
      }),
    }));
}
