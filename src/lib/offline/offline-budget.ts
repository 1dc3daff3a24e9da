/**
 * What a learner pays for offline use, gzipped as served. The shell is fetched by every visitor after a first visit,
 * so it must stay small and must not grow with the catalogue; a course pack is fetched only by those who save it.
 * No single file may stall a download on a weak signal.
 */
export const OFFLINE_BUDGET = { shellGzipBytes: 300 * 1024, packGzipBytes: 600 * 1024, fileBytes: 2 * 1024 * 1024 } as const;

export interface BudgetFile {
  url: string;
  bytes: number;
  gzipBytes: number;
}

export interface BudgetPack {
  name: string;
  files: BudgetFile[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const gzipOf = (files: BudgetFile[]) => files.reduce((sum, file) => sum + file.gzipBytes, 0);

/** Why the offline copy is over budget, one line per problem a content author can act on; empty when it fits. */
export function offlineBudgetProblems(shell: BudgetFile[], packs: BudgetPack[], budget = OFFLINE_BUDGET): string[] {
  const everyFile = new Map([...shell, ...packs.flatMap((pack) => pack.files)].map((file) => [file.url, file]));
  const problems = [...everyFile.values()]
    .filter((file) => file.bytes > budget.fileBytes)
    .map((file) => `${file.url} is ${mb(file.bytes)}; no file may be over ${mb(budget.fileBytes)}`);
  if (gzipOf(shell) > budget.shellGzipBytes) {
    const heaviest = [...shell].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5);
    problems.push(
      `the shell every visitor saves is ${kb(gzipOf(shell))} gzipped; it must stay under ${kb(budget.shellGzipBytes)} ` +
        `(heaviest: ${heaviest.map((file) => `${file.url} ${kb(file.gzipBytes)}`).join(', ')})`,
    );
  }
  for (const pack of packs) {
    if (gzipOf(pack.files) > budget.packGzipBytes) {
      problems.push(`the offline pack of ${pack.name} is ${kb(gzipOf(pack.files))} gzipped; it must stay under ${kb(budget.packGzipBytes)}`);
    }
  }
  return problems;
}
