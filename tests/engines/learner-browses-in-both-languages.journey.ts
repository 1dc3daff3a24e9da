import { expect, test, type Tab } from './journey';

/** Home → catalog → first course → first module, in one language; each page is checked for errors and width. */
async function browse(tab: Tab, home: string, lang: string, catalog: string) {
  await tab.goto(home);
  expect(await tab.run<string>(() => document.documentElement.lang)).toBe(lang);
  // On a phone the site's links are behind the menu button.
  await tab.click({ css: '.site-menu summary' });
  await tab.click({ css: '.site-menu__panel a', text: catalog });
  await tab.see({ css: 'h1', text: lang === 'vi' ? 'Các khóa học' : 'Courses' });

  const course = await tab.text({ css: '.card-list article h2 a' });
  await tab.click({ css: '.card-list article h2 a', text: course });
  await tab.see({ css: 'h1', text: course });

  const module = await tab.text({ css: '.module-list h3 a' });
  await tab.click({ css: '.module-list h3 a', text: module });
  await tab.see({ css: 'h1', text: module });
  expect((await tab.text({ css: '.module__text' })).length, 'the module should have text to read').toBeGreaterThan(200);
}

test('a learner browses home → course → module in Vietnamese and in English', async ({ tab }) => {
  await browse(tab, '/', 'vi', 'Khóa học');
  await browse(tab, '/en/', 'en', 'Courses');
});
