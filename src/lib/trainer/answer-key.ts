import type { Question } from '../content-schema';

/** The correct answer of a question as the words a reader checks against: the right options, true or false, or the steps in order. */
export function correctAnswers(question: Question, truth: { true: string; false: string }): string[] {
  switch (question.type) {
    case 'single':
      return [question.options[question.answer] ?? ''];
    case 'multiple':
      return question.answers.map((index) => question.options[index] ?? '');
    case 'true-false':
      return [question.answer ? truth.true : truth.false];
    case 'order':
      return question.steps;
  }
}

/** Steps of an order question as a paper sheet lists them: alphabetical, so the order gives nothing away. */
export function stepsToOrder(steps: string[], lang: string): string[] {
  return [...steps].sort((a, b) => a.localeCompare(b, lang));
}
