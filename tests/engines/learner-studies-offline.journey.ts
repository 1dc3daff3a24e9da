import { expect, test } from './journey';
import { moduleOf } from './learner';

const unvisited = moduleOf('an-toan-tren-khong-gian-mang', 1);

test('a learner saves a course, the site’s host goes away, and the learner still opens a module and its course', async ({ tab, site }) => {
  await tab.goto('/khoa-hoc/an-toan-tren-khong-gian-mang/');
  await tab.click({ css: '[data-pack="vi/an-toan-tren-khong-gian-mang"] [data-pack-save]' }, 60_000);
  await tab.see({ css: '[data-pack="vi/an-toan-tren-khong-gian-mang"]', has: 'Đã lưu để học không cần mạng' }, 60_000);

  site.disconnect();
  try {
    await tab.goto(unvisited.path);
    const title = await tab.text({ css: 'h1' });
    expect(title, 'the module, not the offline page').not.toMatch(/không có mạng/);
    expect((await tab.text({ css: '.module__text' })).length, 'the module should have its text').toBeGreaterThan(200);
    await tab.run(() => document.querySelector('[data-slot="quiz"]')!.scrollIntoView());
    await tab.see({ css: '.quiz-island' });
    await tab.goto('/khoa-hoc/an-toan-tren-khong-gian-mang/');
    await tab.see({ css: '.module-list h3 a', text: title });
  } finally {
    site.reconnect();
  }
});
