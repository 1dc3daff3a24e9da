import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { pageCsp } from './src/integrations/page-csp';
import { serviceWorker } from './src/integrations/service-worker';
import { PRINT_VIEW_PATH, SLIDES_PATH } from './src/lib/routes';

// Where the site will live; sitemap and certificate links are absolute. Set SITE when deploying.
const site = process.env.SITE ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // A build of other content (HOCSO_CONTENT_DIR, used by tests) keeps its content cache beside it, not in node_modules.
  ...(process.env.HOCSO_CONTENT_DIR && { cacheDir: './.astro-cache' }),
  trailingSlash: 'always',
  // Shiki colours code with inline styles, which the CSP forbids; course text has no code to colour.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    // Preact with React compatibility: React 19's client alone is 66 KB gzipped, over most of a module page's 80 KB budget.
    preact({ compat: true }),
    sitemap({
      i18n: { defaultLocale: 'vi', locales: { vi: 'vi-VN', en: 'en' } },
      // Print views and slides are reached from their module page; they are not pages to land on from a search engine.
      filter: (page) => !/\/(404|offline)\/?$/.test(new URL(page).pathname) && ![PRINT_VIEW_PATH, SLIDES_PATH].some((view) => view.test(new URL(page).pathname)),
    }),
    // Before the service worker: it rewrites pages whose revisions and sizes the service worker records.
    pageCsp(),
    // Last: it precaches what the other integrations wrote.
    serviceWorker(),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
    },
  },
});
