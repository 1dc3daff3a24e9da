import type { Attempt } from './learner';

/**
 * Quiz attempts noted before the database has them. The result shows at once, but saving waits for the database code
 * and a transaction; a learner who taps on to the next page in that moment would lose the attempt, so it is noted
 * first (synchronously, in localStorage) and the note is dropped once the database has it. This side is light, for
 * the quiz's start-up code; the note is checked whole when read back (readPendingAttempts in backup.ts), as it is text
 * anyone with the phone could edit.
 */
const MAX_PENDING = 100;

function notes(text: string | null): { id?: unknown }[] {
  try {
    const list: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(list) ? list.filter((row): row is { id?: unknown } => typeof row === 'object' && row !== null) : [];
  } catch {
    return [];
  }
}

/** The note with `attempt` added; the oldest give way when too many are waiting. */
export function withPending(text: string | null, attempt: Attempt): string {
  return JSON.stringify([...notes(text).filter((row) => row.id !== attempt.id), attempt].slice(-MAX_PENDING));
}

/** The note without the attempts the database now holds; null when none is left. */
export function withoutPending(text: string | null, saved: readonly string[]): string | null {
  const left = notes(text).filter((row) => !saved.includes(row.id as string));
  return left.length ? JSON.stringify(left) : null;
}
