import { describe, expect, test } from 'vitest';
import { slideCounter, slideMove, type SlideMove } from '../../../src/lib/trainer/slides';

describe('slideMove: a trainer moves through a module shown on the projector', () => {
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
    ['the down arrow keeps scrolling a long slide', 'ArrowDown', 3, false, undefined],
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
