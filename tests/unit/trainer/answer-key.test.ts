import { describe, expect, test } from 'vitest';
import type { Question } from '../../../src/lib/content-schema';
import { correctAnswers, stepsToOrder } from '../../../src/lib/trainer/answer-key';

const base = { prompt: 'Một câu hỏi đủ dài', explanation: 'Một lời giải thích đủ dài để qua kiểm tra.' };
const truth = { true: 'Đúng', false: 'Sai' };

describe('correctAnswers: the answer key a trainer reads out', () => {
  test.each<[string, Question, string[]]>([
    ['one choice gives its option', { ...base, id: 'a', type: 'single', options: ['Có', 'Không'], answer: 1 }, ['Không']],
    ['several choices give every right option, in the order listed', { ...base, id: 'b', type: 'multiple', options: ['A', 'B', 'C'], answers: [2, 0] }, ['C', 'A']],
    ['a true statement reads “Đúng”', { ...base, id: 'c', type: 'true-false', answer: true }, ['Đúng']],
    ['a false statement reads “Sai”', { ...base, id: 'd', type: 'true-false', answer: false }, ['Sai']],
    ['steps come in their right order', { ...base, id: 'e', type: 'order', steps: ['Mở', 'Gõ', 'Gửi'] }, ['Mở', 'Gõ', 'Gửi']],
  ])('%s', (_name, question, expected) => {
    expect(correctAnswers(question, truth)).toEqual(expected);
  });
});

describe('stepsToOrder: a paper sheet does not give the order away', () => {
  test('steps are listed alphabetically, Vietnamese letters in Vietnamese order', () => {
    expect(stepsToOrder(['Đăng nhập', 'Mở ứng dụng', 'Chọn thủ tục'], 'vi')).toEqual(['Chọn thủ tục', 'Đăng nhập', 'Mở ứng dụng']);
  });
  test('the steps given are not changed', () => {
    const steps = ['b', 'a'];
    stepsToOrder(steps, 'en');
    expect(steps).toEqual(['b', 'a']);
  });
});
