// Days as a class report counts them. Kept apart from the report's schema: the learner database uses these, and
// every page that opens it would otherwise load zod.

const MS_PER_DAY = 86_400_000;

/** The day a time falls on, in days since 1970-01-01 UTC. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(iso) / MS_PER_DAY);
}

/** A day number as YYYY-MM-DD. */
export function dayDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
