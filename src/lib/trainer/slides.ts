/** What a key press does in a slide show: go to a slide, leave the show, or nothing (the key keeps its usual job). */
export type SlideMove = { to: number } | { leave: true } | undefined;

// Presenter clickers send PageDown/PageUp; arrow up/down are left alone so a long slide can still be scrolled.
const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

/** Where `key` takes a show of `count` slides that is on slide `current` (from 0); it stops at the first and last. */
export function slideMove(key: string, current: number, count: number, shift = false): SlideMove {
  const last = Math.max(0, count - 1);
  const clamp = (index: number) => ({ to: Math.min(last, Math.max(0, index)) });
  if (key === 'Escape') return { leave: true };
  if (key === 'Home') return clamp(0);
  if (key === 'End') return clamp(last);
  // Shift+Space goes back, as it scrolls back on a page.
  if (NEXT.has(key)) return clamp(shift && key === ' ' ? current - 1 : current + 1);
  if (PREVIOUS.has(key)) return clamp(current - 1);
  return undefined;
}

/** The counter a room reads on the screen: "3 / 9", counting from 1. */
export function slideCounter(current: number, count: number): string {
  return `${current + 1} / ${count}`;
}
