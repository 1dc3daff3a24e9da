import { planSlides, type PlannedSlide, type SlideBlock } from '../../lib/trainer/slides';

/**
 * Cuts the module's text on the slides page into slides: each part of the text is measured at the slide's size and
 * font, planSlides decides what goes where, and every slide keeps the text around it as its notes.
 * Used by both views of the page: the slides (reveal.js, slide-show.ts) and the presenter's window (presenter.ts).
 */

/** The slide's own size, in CSS pixels; reveal.js scales it to the screen, so what fits here fits on every screen. */
export const SLIDE_SIZE = { width: 1280, height: 720 };

export interface Deck {
  /** One <section class="deck-slide"> per slide, its notes in an <aside class="notes"> inside. */
  slides: HTMLElement[];
}

function kindOf(block: Element): SlideBlock['kind'] {
  if (block.matches('h1, h2')) return 'section';
  if (block.matches('h3, h4, h5, h6')) return 'subheading';
  // A trainer's note is for the trainer's eyes: notes, never the wall.
  if (block.matches('[data-trainer-note]')) return 'text';
  if (block.matches('.steps, .phone, .callout, .practice, [data-on-slide], ul, ol, table, figure, .deck__summary')) return 'point';
  return 'text';
}

/** The list a block can be split by: a Markdown list, or the numbered list inside Steps. */
function listOf(block: Element): HTMLElement | null {
  if (block.matches('ul, ol')) return block as HTMLElement;
  return block.matches('.steps') ? block.querySelector<HTMLElement>(':scope > ol, :scope > ul') : null;
}

/** A wrapper that holds its children's margins, so the heights of blocks side by side add up. */
function blockBox(content: Node): HTMLDivElement {
  const box = document.createElement('div');
  box.className = 'deck-block';
  box.append(content);
  return box;
}

function measureBlock(measure: HTMLElement, block: HTMLElement): SlideBlock {
  const box = blockBox(block.cloneNode(true));
  measure.append(box);
  const height = box.getBoundingClientRect().height;
  const list = listOf(box.firstElementChild!);
  const items = list ? [...list.children].map((li) => li.getBoundingClientRect()) : [];
  box.remove();
  const kind = kindOf(block);
  if (kind !== 'point' || items.length < 2) return { kind, height };
  // Each item from its top to the next one's top, so the gaps between items are counted once.
  return { kind, height, items: items.map((rect, i) => (items[i + 1]?.top ?? rect.bottom) - rect.top) };
}

function slideNode(blocks: HTMLElement[], planned: PlannedSlide): HTMLElement {
  const section = document.createElement('section');
  section.className = 'deck-slide';
  const content = document.createElement('div');
  content.className = 'deck-slide__content';
  if (planned.title !== undefined) content.append(blockBox(blocks[planned.title]!.cloneNode(true)));
  for (const { block, items, scale } of planned.show) {
    const copy = blocks[block]!.cloneNode(true) as HTMLElement;
    const list = items && listOf(copy);
    if (list && items) {
      [...list.children].forEach((li, index) => index >= items[0] && index < items[1] ? undefined : li.remove());
      // A list that goes on keeps its numbers: the native start, and the counter Steps draws its circles with.
      if (list instanceof HTMLOListElement) list.start = items[0] + 1;
      list.style.counterReset = `step ${items[0]}`;
    }
    const box = blockBox(copy);
    if (scale !== undefined) box.style.zoom = String(scale);
    content.append(box);
  }
  const notes = document.createElement('aside');
  notes.className = 'notes';
  for (const index of planned.notes) notes.append(blocks[index]!.cloneNode(true));
  section.append(content, notes);
  return section;
}

/**
 * The slides of the text in `source`. Call once the fonts are loaded: the cut depends on how tall the text is.
 * A slide the plan misjudged (a rounding, a wrapped title) is drawn smaller rather than cut off.
 */
export function buildDeck(source: HTMLElement): Deck {
  const measure = document.createElement('div');
  measure.className = 'deck-slide deck-measure';
  measure.setAttribute('aria-hidden', 'true');
  const inner = document.createElement('div');
  inner.className = 'deck-slide__content';
  measure.append(inner);
  source.after(measure);
  const style = getComputedStyle(measure);
  const room = SLIDE_SIZE.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);

  const blocks = [...source.children] as HTMLElement[];
  const plan = planSlides(blocks.map((block) => measureBlock(inner, block)), room);
  const slides = plan.map((planned) => slideNode(blocks, planned));
  for (const slide of slides) {
    // Copies must not repeat the ids of the text they come from.
    for (const withId of slide.querySelectorAll('[id]')) withId.removeAttribute('id');
    const content = slide.querySelector<HTMLElement>('.deck-slide__content')!;
    inner.replaceWith(content);
    const height = content.getBoundingClientRect().height;
    if (height > room) content.style.zoom = String(parseFloat(getComputedStyle(content).zoom) * (room / height));
    content.replaceWith(inner);
    slide.prepend(content);
  }
  measure.remove();
  return { slides };
}

/** A slide's notes as the presenter reads them. */
export function notesOf(slide: HTMLElement): Node[] {
  return [...(slide.querySelector('.notes')?.childNodes ?? [])].map((node) => node.cloneNode(true));
}

/** A copy of a slide without its notes or what reveal.js set on it, for the presenter's previews and the handout. */
export function slidePicture(slide: HTMLElement): HTMLElement {
  const copy = slide.cloneNode(true) as HTMLElement;
  copy.querySelector('.notes')?.remove();
  for (const name of ['style', 'hidden', 'aria-hidden', 'data-index-h', 'class']) copy.removeAttribute(name);
  copy.className = 'deck-slide deck-slide--picture';
  return copy;
}

/** The BroadcastChannel messages between the slides window and the presenter's window. */
export type DeckMessage = { type: 'shown'; index: number; count: number } | { type: 'go'; index: number } | { type: 'hello' };
