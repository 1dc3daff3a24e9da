import { describe, expect, test } from 'vitest';
import type { Quiz } from '../../../src/lib/content-schema';
import { isPassed, moveItem, scoreAttempt, seededRandom, shuffledIndexes, shuffledSteps, type Answers } from '../../../src/lib/learner/quiz';

const quiz: Quiz = [
  { id: 'one', type: 'single', prompt: 'Which one is it?', explanation: 'Because the second is right.', options: ['a', 'b', 'c'], answer: 1 },
  { id: 'many', type: 'multiple', prompt: 'Which ones are?', explanation: 'Because the first and third are.', options: ['a', 'b', 'c'], answers: [0, 2] },
  { id: 'tf', type: 'true-false', prompt: 'Is this statement true?', explanation: 'It is false, as explained.', answer: false },
  { id: 'steps', type: 'order', prompt: 'Put these in order.', explanation: 'First open, then type, then send.', steps: ['open', 'type', 'send'] },
];

const allRight: Answers = { one: 1, many: [2, 0], tf: false, steps: [0, 1, 2] };

describe('scoreAttempt', () => {
  test.each<[string, Answers, number, number]>([
    ['all answers right score 100%', allRight, 4, 100],
    ['nothing answered scores 0%', {}, 0, 0],
    ['a multiple choice missing one right option is wrong', { ...allRight, many: [0] }, 3, 75],
    ['a multiple choice with an extra wrong option is wrong', { ...allRight, many: [0, 1, 2] }, 3, 75],
    ['the same option ticked twice does not count twice', { ...allRight, many: [0, 0] }, 3, 75],
    ['true/false answered "true" for a false statement is wrong', { ...allRight, tf: true }, 3, 75],
    ['steps in the wrong order are wrong', { ...allRight, steps: [1, 0, 2] }, 3, 75],
    ['steps with one missing are wrong', { ...allRight, steps: [0, 1] }, 3, 75],
    ['a single choice given as a list is wrong', { ...allRight, one: [1] }, 3, 75],
    ['three of four right rounds down, never up', { ...allRight, one: 0, many: [0] }, 2, 50],
  ])('%s', (_, answers, correct, percent) => {
    const score = scoreAttempt(quiz, answers);
    expect(score.correct).toBe(correct);
    expect(score.percent).toBe(percent);
    expect(score.results).toHaveLength(quiz.length);
  });
});

test.each<[number, number, boolean]>([
  [80, 80, true],
  [79, 80, false],
  [100, 100, true],
  [66, 60, true],
])('a score of %i%% against a pass mark of %i%% passes: %s', (percent, mark, passed) => {
  expect(isPassed(percent, mark)).toBe(passed);
});

describe('shuffling', () => {
  test('the same seed shows the same order again, so a reload does not reshuffle mid-attempt', () => {
    expect(shuffledIndexes(8, seededRandom(42))).toEqual(shuffledIndexes(8, seededRandom(42)));
  });
  test.each([2, 3, 5, 8])('a shuffle of %i items keeps every item exactly once', (n) => {
    for (let seed = 0; seed < 50; seed++) expect([...shuffledIndexes(n, seededRandom(seed))].sort()).toEqual([...Array(n).keys()]);
  });
  test.each([3, 4, 8])('steps of %i are never shown already in the right order', (n) => {
    for (let seed = 0; seed < 200; seed++) expect(shuffledSteps(n, seededRandom(seed))).not.toEqual([...Array(n).keys()]);
  });
});

test.each<[string, number, -1 | 1, string[]]>([
  ['moving the second step up puts it first', 1, -1, ['b', 'a', 'c']],
  ['moving the first step down puts it second', 0, 1, ['b', 'a', 'c']],
  ['moving the first step up changes nothing', 0, -1, ['a', 'b', 'c']],
  ['moving the last step down changes nothing', 2, 1, ['a', 'b', 'c']],
])('%s', (_, index, by, expected) => {
  expect(moveItem(['a', 'b', 'c'], index, by)).toEqual(expected);
});
