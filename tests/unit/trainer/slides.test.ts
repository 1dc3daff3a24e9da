import { describe, expect, test } from 'vitest';
import { planSlides, slideCounter, slideMove, type PlannedSlide, type SlideBlock, type SlideMove } from '../../../src/lib/trainer/slides';

const section = (height = 80): SlideBlock => ({ kind: 'section', height });
const sub = (height = 60): SlideBlock => ({ kind: 'subheading', height });
const point = (height: number, items?: number[]): SlideBlock => ({ kind: 'point', height, ...(items && { items }) });
const text = (height = 100): SlideBlock => ({ kind: 'text', height });
/** A slide written short: title, what it shows, notes, and whether it goes on from the slide before. */
const slide = (title: number | undefined, show: PlannedSlide['show'], notes: number[] = [], continued = false): PlannedSlide => ({ title, continued, show, notes });

describe('planSlides: a module’s text becomes slides a room can read, none taller than the screen', () => {
  test.each<[string, SlideBlock[], PlannedSlide[]]>([
    ['a section of paragraphs is one slide with its heading; the paragraphs are the notes', [section(), text(), text()], [slide(0, [], [1, 2])]],
    ['each key point gets a slide of its own under the section’s title', [section(), point(200), text(), point(200)], [
      slide(0, [{ block: 1 }], [2]),
      slide(0, [{ block: 3 }], [], true),
    ]],
    ['text before the first point is read on the section’s first slide', [section(), text(), point(200), text()], [slide(0, [{ block: 2 }], [1, 3])]],
    ['a new section starts a new slide', [section(), point(100), section(), point(100)], [slide(0, [{ block: 1 }]), slide(2, [{ block: 3 }])]],
    ['a ### heading starts a slide and stays with the point under it', [section(), point(100), sub(), point(100)], [
      slide(0, [{ block: 1 }]),
      slide(0, [{ block: 2 }, { block: 3 }], [], true),
    ]],
    ['a long list goes on over the next slides, as many items on each as fit', [section(100), point(1240, [300, 300, 300, 300])], [
      slide(0, [{ block: 1, items: [0, 1] }]),
      slide(0, [{ block: 1, items: [1, 2] }], [], true),
      slide(0, [{ block: 1, items: [2, 3] }], [], true),
      slide(0, [{ block: 1, items: [3, 4] }], [], true),
    ]],
    ['short list items share a slide', [section(100), point(920, [200, 200, 200, 200])], [
      slide(0, [{ block: 1, items: [0, 2] }]),
      slide(0, [{ block: 1, items: [2, 4] }], [], true),
    ]],
    ['a list item taller than a slide is drawn smaller to fit', [section(100), point(1300, [1200, 100])], [
      slide(0, [{ block: 1, items: [0, 1], scale: 0.5 }]),
      slide(0, [{ block: 1, items: [1, 2] }], [], true),
    ]],
    ['a point that cannot be split is drawn smaller to fit', [section(100), point(1200)], [slide(0, [{ block: 1, scale: 0.5 }])]],
    ['text before any heading goes to the notes of a first slide', [text(), section(), point(100)], [slide(undefined, [], [0]), slide(1, [{ block: 2 }])]],
  ])('%s', (_name, blocks, expected) => {
    expect(planSlides(blocks, 700)).toEqual(expected);
  });

  test('no slide’s content is taller than the room, whatever the heights', () => {
    const blocks = [section(90), text(), point(640, [100, 200, 300]), point(1400, [900, 400]), sub(70), point(2000), point(300), section(120), point(1500, [500, 500, 500])];
    for (const planned of planSlides(blocks, 700)) {
      const height =
        (planned.title === undefined ? 0 : blocks[planned.title]!.height) +
        planned.show.reduce((total, { block, items, scale = 1 }) => {
          const b = blocks[block]!;
          if (!items || !b.items) return total + b.height * scale;
          const all = b.items.reduce((a, c) => a + c, 0);
          return total + (b.height - all + b.items.slice(...items).reduce((a, c) => a + c, 0)) * scale;
        }, 0);
      expect(height).toBeLessThanOrEqual(700);
    }
  });
});

describe('slideMove: a trainer moves through the slides from the presenter view', () => {
  test.each<[string, string, number, boolean, SlideMove]>([
    ['the right arrow goes to the next slide', 'ArrowRight', 2, false, { to: 3 }],
    ['a clicker’s PageDown goes to the next slide', 'PageDown', 2, false, { to: 3 }],
    ['Space goes to the next slide', ' ', 2, false, { to: 3 }],
    ['Shift+Space goes back one slide', ' ', 2, true, { to: 1 }],
    ['the left arrow goes back one slide', 'ArrowLeft', 2, false, { to: 1 }],
    ['a clicker’s PageUp goes back one slide', 'PageUp', 2, false, { to: 1 }],
    ['Home goes to the title slide', 'Home', 4, false, { to: 0 }],
    ['End goes to the last slide', 'End', 1, false, { to: 5 }],
    ['next on the last slide stays there', 'ArrowRight', 5, false, { to: 5 }],
    ['back on the first slide stays there', 'PageUp', 0, false, { to: 0 }],
    ['Escape leaves the show', 'Escape', 3, false, { leave: true }],
    ['the down arrow of a clicker goes to the next slide', 'ArrowDown', 3, false, { to: 4 }],
    ['a letter does nothing', 'a', 3, false, undefined],
  ])('%s', (_name, key, current, shift, expected) => {
    expect(slideMove(key, current, 6, shift)).toEqual(expected);
  });

  test('a show of one slide never moves off it', () => {
    expect(slideMove('End', 0, 1)).toEqual({ to: 0 });
    expect(slideMove('ArrowRight', 0, 1)).toEqual({ to: 0 });
  });
});

describe('slideCounter: the room sees where the show is', () => {
  test.each([
    [0, 9, '1 / 9'],
    [2, 9, '3 / 9'],
    [8, 9, '9 / 9'],
  ])('slide index %i of %i reads "%s"', (current, count, text) => {
    expect(slideCounter(current, count)).toBe(text);
  });
});
