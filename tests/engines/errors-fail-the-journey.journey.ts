import { expect, test } from './journey';

// The collection is real: a test fixture page (served by the journeys' server only, never in dist/) goes wrong in
// every way a journey watches for, and the same check that ends every journey must fail on it.
test('a page that goes wrong fails the journey, whatever the engine', async ({ tab }) => {
  await tab.goto('/__engines/broken.html');
  await tab.until('the broken page should have run its script', () => document.documentElement.dataset['broken'] === 'done');
  const errors = await tab.until<string[]>(
    'the page error thrown after load should be recorded',
    (key: string) => {
      const list = JSON.parse(localStorage.getItem(key) ?? '[]') as string[];
      return list.some((error) => error.includes('deliberate page error')) && list;
    },
    ['hocso-engines-errors'],
  );
  expect(errors).toEqual(
    expect.arrayContaining([
      '/__engines/broken.html: console error: deliberate console error',
      '/__engines/broken.html: unhandled rejection: Error: deliberate rejection',
      expect.stringMatching(/^\/__engines\/broken\.html: CSP violation: script-src(-elem)? blocked inline/),
      expect.stringMatching(/^\/__engines\/broken\.html: page error: (Uncaught )?(Error: )?deliberate page error$/),
    ]),
  );
  await expect(tab.expectClean(), 'the check that ends every journey').rejects.toThrow(/scrolls sideways: \d+ px of content/);
  await tab.goto('/__engines/broken.html');
  await expect(tab.expectClean()).rejects.toThrow(/deliberate page error/);
  // The page is left for a clean one so this journey's own end-of-journey check passes.
  await tab.goto('/gioi-thieu/');
  await tab.errors();
});
