import { expect, test } from 'vitest';
import { hashSource, narrowPageCsp } from '../../src/integrations/page-csp';

const ISLAND_STYLE = 'astro-island{display:contents}';
const THEME_SCRIPT = "document.documentElement.dataset.theme='contrast'";
const OTHER_PAGE_SCRIPT = 'console.log("slides")';
const OTHER_PAGE_STYLE = '.deck{height:100dvh}';

/** A page as Astro writes it: every hash of the site in its policy, whatever the page has. */
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;
const sitePolicy =
  "default-src 'self';img-src 'self' data: blob:; script-src 'self' " +
  [THEME_SCRIPT, OTHER_PAGE_SCRIPT].map((text) => hashSource('256', text)).join(' ') +
  "; style-src 'self' " +
  [ISLAND_STYLE, OTHER_PAGE_STYLE].map((text) => hashSource('256', text)).join(' ') +
  ';';
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1] ?? '';

test("a page's policy keeps the hashes of its own inline scripts and styles and drops every other page's", () => {
  const html = page(sitePolicy, `<style>${ISLAND_STYLE}</style><script>${THEME_SCRIPT}</script><script type="module" src="/_astro/a.js"></script>`);
  const policy = policyOf(narrowPageCsp(html));
  expect(policy).toContain(hashSource('256', THEME_SCRIPT));
  expect(policy).toContain(hashSource('256', ISLAND_STYLE));
  expect(policy).not.toContain(hashSource('256', OTHER_PAGE_SCRIPT));
  expect(policy).not.toContain(hashSource('256', OTHER_PAGE_STYLE));
  expect(policy, 'the other directives are kept as they were').toContain("default-src 'self';img-src 'self' data: blob:;script-src 'self' 'sha256-");
  expect(narrowPageCsp(html).length).toBeLessThan(html.length);
});

test('a page with no inline script keeps script-src to its own origin, never an empty (or looser) directive', () => {
  const policy = policyOf(narrowPageCsp(page(sitePolicy, `<script src="/_astro/a.js"></script>`)));
  expect(policy).toMatch(/script-src 'self';/);
  expect(policy).toMatch(/style-src 'self';$/);
  expect(policy).not.toContain('unsafe');
});

test('narrowing twice gives the same page, and a page without a policy is left alone', () => {
  const once = narrowPageCsp(page(sitePolicy, `<script>${THEME_SCRIPT}</script>`));
  expect(narrowPageCsp(once)).toBe(once);
  const bare = '<html><head><script>x()</script></head></html>';
  expect(narrowPageCsp(bare)).toBe(bare);
});

test('a page using SHA-384 hashes is checked in SHA-384', () => {
  const policy = `script-src 'self' ${hashSource('384', THEME_SCRIPT)} ${hashSource('384', OTHER_PAGE_SCRIPT)};`;
  const narrowed = policyOf(narrowPageCsp(page(policy, `<script>${THEME_SCRIPT}</script>`)));
  expect(narrowed).toBe(`script-src 'self' ${hashSource('384', THEME_SCRIPT)};`);
});
