/** DESIGN.md: the whole site must fit on a cheap phone, and one huge file must not stall the first visit. */
export const PRECACHE_BUDGET = { totalBytes: 5 * 1024 * 1024, fileBytes: 2 * 1024 * 1024 } as const;

export interface PrecacheFile {
  url: string;
  size: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Why a precache is over budget, one line per problem a content author can act on; empty when it fits. */
export function precacheProblems(files: PrecacheFile[], budget = PRECACHE_BUDGET): string[] {
  const problems = files
    .filter((file) => file.size > budget.fileBytes)
    .map((file) => `${file.url} is ${mb(file.size)}; no file may be over ${mb(budget.fileBytes)}`);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > budget.totalBytes) {
    problems.push(`the offline copy of the site is ${mb(total)}; it must stay under ${mb(budget.totalBytes)}`);
  }
  return problems;
}
