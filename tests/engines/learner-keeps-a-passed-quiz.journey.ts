import { test } from './journey';
import { createProfile, moduleOf, passQuiz } from './learner';

const first = moduleOf('vneid', 0);

test('a learner with a PIN passes a quiz and keeps it through a reload and a browser restart', async ({ tab }) => {
  await createProfile(tab, 'Chị Hoa', '2468');
  await tab.goto(first.path);
  await tab.see({ css: '.learner-bar', has: 'Chị Hoa đang học' });
  await passQuiz(tab, first.quiz);

  await tab.reload();
  await tab.goto('/tien-do/');
  await tab.see({ css: `[data-module="${first.id}"][data-status="completed"]`, has: 'điểm cao nhất 100%' });

  await tab.restart();
  await tab.goto('/tien-do/');
  await tab.see({ css: 'h1, h2', has: 'Chị Hoa đang học' });
  await tab.see({ css: `[data-module="${first.id}"][data-status="completed"]`, has: 'điểm cao nhất 100%' });

  // Someone else on the shared phone cannot open her progress without the PIN.
  await tab.click({ css: 'button', text: 'Đổi người học' });
  await tab.click({ css: '.profile-list button', has: 'Chị Hoa' });
  await tab.fill({ label: 'Nhập mã PIN của Chị Hoa' }, '1111');
  await tab.click({ css: 'button', text: 'Mở' });
  await tab.see({ css: '[role="alert"]', has: 'Mã PIN chưa đúng' });
  await tab.fill({ label: 'Nhập mã PIN của Chị Hoa' }, '2468');
  await tab.click({ css: 'button', text: 'Mở' });
  await tab.see({ css: 'h1, h2', has: 'Chị Hoa đang học' });
});
