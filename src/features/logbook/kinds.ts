/** A kind of help as the islands need it: its id and its name in the page's language. */
export interface KindName {
  id: string;
  name: string;
}

/** The name of a kind of help; a kind this copy of the site does not know (a newer report) shows its id. */
export function kindName(kinds: readonly KindName[], id: string): string {
  return kinds.find((k) => k.id === id)?.name ?? id;
}

/** Prints one part of the page: the print stylesheet hides the rest while `part` is printing. */
export function printPart(part: 'week' | 'team'): void {
  const root = document.documentElement;
  root.dataset.print = part;
  window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  window.print();
}
