import { expect, test } from './journey';

test('a learner types "dich vu cong" without tone marks and finds the online public services course first', async ({ tab }) => {
  await tab.goto('/');
  // On a phone, search is one tap away in the header, then the search page's box.
  await tab.click({ css: '.site-header__search-link' });
  await tab.fill({ css: '#search-box-input' }, 'dich vu cong');
  const top = await tab.until<string[]>(
    'the search page should list results for "dich vu cong"',
    () => {
      const links = [...document.querySelectorAll('.search-box__results[data-query="dich vu cong"] li a')];
      return links.length > 0 && links.map((a) => a.getAttribute('href'));
    },
  );
  expect(top.slice(0, 3).every((href) => /dich-vu-cong/.test(href)), `top three: ${top.slice(0, 3).join(', ')}`).toBe(true);
  await tab.click({ css: '.search-box__results li a', has: 'Dịch vụ công' });
  await tab.see({ css: 'h1', has: 'ịch vụ công' });
});
