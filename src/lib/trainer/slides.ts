/**
 * Slides from a module's text. The page measures each part of the text at the slide's size and font; these rules decide
 * what goes on which slide, so the same text always makes the same slides and none is taller than the screen.
 */

/** What a part of a module's text is on a slide. */
export type SlideBlockKind =
  /** A heading that starts a slide and titles it (the module title, a `##` section); repeated on the slides after it. */
  | 'section'
  /** A `###` heading: starts a slide of its own within its section. */
  | 'subheading'
  /** A key point shown on a slide of its own: Steps, a PhoneScreen, a Tip or Warning, a list, an author's `<Slide>`. */
  | 'point'
  /** Paragraphs and everything else: the trainer reads them in the presenter's notes; the room does not see them. */
  | 'text';

export interface SlideBlock {
  kind: SlideBlockKind;
  /** Height on a slide, in the slide's own pixels. */
  height: number;
  /** A list's items, each one's height: a list too long for one slide goes on over the next ones. */
  items?: number[];
}

/** A block (or some of a list's items) shown on a slide. */
export interface SlidePiece {
  block: number;
  /** The list items shown, [from, to): a long list split over slides. */
  items?: [number, number];
  /** Below 1 for a block too tall for any slide that cannot be split (a long PhoneScreen): drawn this much smaller. */
  scale?: number;
}

export interface PlannedSlide {
  /** The section heading that titles the slide; none before the first heading. */
  title: number | undefined;
  /** True when the slide goes on with the section, list or point of the slide before. */
  continued: boolean;
  show: SlidePiece[];
  /** The text blocks read out while this slide is up: the presenter's notes. */
  notes: number[];
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The items [from, to) of a list that fit in `room` together with the list's own margins, at least one. */
function itemsThatFit(items: readonly number[], from: number, overhead: number, room: number): number {
  let to = from + 1;
  while (to < items.length && overhead + sum(items.slice(from, to + 1)) <= room) to++;
  return to;
}

/**
 * Plans the slides of `blocks` for a slide `room` pixels high: one key point per slide under its section's title,
 * the text around it as the notes; a list too long for one slide continues on the next, and a point that cannot be
 * split is scaled to fit.
 */
export function planSlides(blocks: readonly SlideBlock[], room: number): PlannedSlide[] {
  const slides: PlannedSlide[] = [];
  let title: number | undefined;
  let current: PlannedSlide | undefined;
  const open = (continued: boolean): PlannedSlide => {
    const slide: PlannedSlide = { title, continued, show: [], notes: [] };
    slides.push(slide);
    current = slide;
    return slide;
  };
  const used = (slide: PlannedSlide) =>
    (slide.title === undefined ? 0 : blocks[slide.title]!.height) +
    sum(slide.show.map(({ block, items, scale = 1 }) => {
      const b = blocks[block]!;
      if (!items || !b.items) return b.height * scale;
      return (b.height - sum(b.items) + sum(b.items.slice(...items))) * scale;
    }));
  const hasPoint = (slide: PlannedSlide) => slide.show.some(({ block }) => blocks[block]!.kind === 'point');

  blocks.forEach((block, index) => {
    if (block.kind === 'section') {
      title = index;
      open(false);
    } else if (block.kind === 'text') {
      (current ?? open(false)).notes.push(index);
    } else if (block.kind === 'subheading') {
      const slide = current && current.show.length === 0 ? current : open(current?.title === title && current !== undefined);
      slide.show.push({ block: index });
    } else {
      let slide = current && !hasPoint(current) ? current : open(current !== undefined && current.title === title);
      const free = room - used(slide);
      if (block.height <= free) {
        slide.show.push({ block: index });
      } else if (block.items && block.items.length > 1) {
        const overhead = block.height - sum(block.items);
        let from = 0;
        while (from < block.items.length) {
          const left = room - used(slide);
          const to = itemsThatFit(block.items, from, overhead, left);
          // One item taller than a whole slide (a very long step) is drawn smaller, like a point that cannot be split.
          const height = overhead + sum(block.items.slice(from, to));
          slide.show.push({ block: index, items: [from, to], ...(height > left && { scale: Math.max(0.1, left / height) }) });
          from = to;
          if (from < block.items.length) slide = open(true);
        }
      } else {
        slide.show.push({ block: index, scale: Math.max(0.1, free / block.height) });
      }
    }
  });
  return slides;
}

/** What a key press does in the presenter view: go to a slide, leave the show, or nothing (the key keeps its usual job). */
export type SlideMove = { to: number } | { leave: true } | undefined;

// Presenter clickers send PageDown/PageUp (some send the arrow keys); Space goes on as it scrolls a page.
const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'ArrowUp']);

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
