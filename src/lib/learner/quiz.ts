import type { Question, Quiz } from '../content-schema';

/**
 * What a learner answered, always in the author's original indexes (the quiz shuffles only what is shown):
 * single → option index, multiple → option indexes, true-false → boolean, order → step indexes in chosen order.
 */
export type Answer = number | number[] | boolean;
export type Answers = Record<string, Answer | undefined>;

export interface QuestionResult {
  id: string;
  correct: boolean;
}

export interface Score {
  correct: number;
  total: number;
  /** Whole percent of questions right, rounded down so a pass is never rounded into being. */
  percent: number;
  results: QuestionResult[];
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x)) && new Set(a).size === a.length;
}

/** Whether one answer is right; a missing or malformed answer is wrong. */
export function isCorrect(question: Question, answer: Answer | undefined): boolean {
  switch (question.type) {
    case 'single':
      return answer === question.answer;
    case 'multiple':
      return Array.isArray(answer) && sameSet(answer, question.answers);
    case 'true-false':
      return answer === question.answer;
    case 'order':
      return (
        Array.isArray(answer) && answer.length === question.steps.length && answer.every((step, index) => step === index)
      );
  }
}

/** Scores a whole quiz: one point per question, all or nothing. */
export function scoreAttempt(quiz: Quiz, answers: Answers): Score {
  const results = quiz.map((q) => ({ id: q.id, correct: isCorrect(q, answers[q.id]) }));
  const correct = results.filter((r) => r.correct).length;
  const total = quiz.length;
  return { correct, total, percent: total === 0 ? 0 : Math.floor((correct * 100) / total), results };
}

/** A score passes when it reaches the course's pass mark (a percentage). */
export function isPassed(percent: number, passMark: number): boolean {
  return percent >= passMark;
}

/** A small seeded random generator (mulberry32): the same seed shows the same order again. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Indexes 0…n-1 in a shuffled order (Fisher–Yates). */
export function shuffledIndexes(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** A shuffled order of steps that is never already the right one, so an order question is never answered for free. */
export function shuffledSteps(n: number, random: () => number): number[] {
  if (n < 2) return shuffledIndexes(n, random);
  for (;;) {
    const order = shuffledIndexes(n, random);
    if (order.some((step, index) => step !== index)) return order;
  }
}

/** Moves the item at `index` one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
