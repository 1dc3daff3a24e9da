import type { Question } from '../../src/lib/content-schema';
import { moduleOf } from '../e2e/learner';
import { expect, type Tab } from './journey';

export { moduleOf };

/** Makes a profile on "My progress" (with a PIN when given) and waits until it is the one learning. */
export async function createProfile(tab: Tab, name: string, pin = '') {
  await tab.goto('/tien-do/');
  const shown = await tab.until<string>('My progress should offer to make a profile', () =>
    document.getElementById('profile-name') ? 'form' : [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Thêm người học') && 'add',
  );
  if (shown === 'add') await tab.click({ css: 'button', text: 'Thêm người học' });
  await tab.fill({ label: 'Tên của bạn' }, name);
  if (pin) await tab.fill({ label: 'Mã PIN (không bắt buộc' }, pin);
  await tab.click({ css: 'button', text: 'Tạo' });
  await tab.see({ css: 'h1, h2', has: `${name} đang học` });
}

/** Answers every question right with the pointer, as a learner would, and submits. */
export async function passQuiz(tab: Tab, quiz: Question[]) {
  await tab.run(() => document.querySelector('[data-slot="quiz"]')!.scrollIntoView());
  await tab.see({ css: '.quiz-island' });
  for (const q of quiz) {
    const option = (text: string) => tab.click({ css: `[data-question="${q.id}"] label`, text });
    switch (q.type) {
      case 'single':
        await option(q.options[q.answer]!);
        break;
      case 'multiple':
        for (const i of q.answers) await option(q.options[i]!);
        break;
      case 'true-false':
        await option(q.answer ? 'Đúng' : 'Sai');
        break;
      case 'order':
        for (const [target, step] of q.steps.entries()) {
          for (;;) {
            const shown = await tab.run<string[]>(
              (id: string) => [...document.querySelectorAll(`[data-question="${id}"] .quiz-island__step-text`)].map((el) => el.textContent ?? ''),
              q.id,
            );
            if (shown.indexOf(step) <= target) break;
            await tab.click({ css: `[data-question="${q.id}"] button`, text: `Đưa bước “${step}” lên` });
          }
        }
        break;
    }
  }
  await tab.click({ css: '.quiz-island button', text: 'Nộp bài' });
  expect(await tab.text({ css: '.quiz-island__result h2, .quiz-island__result h3' })).toBe('Bạn đã qua bài này!');
  await tab.see({ css: '.quiz-island__result', has: 'Đã lưu kết quả.' });
}
