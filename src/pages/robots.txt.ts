import type { APIRoute } from 'astro';

// The sitemap line must be an absolute URL, so robots.txt is built with the configured site.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap-index.xml', site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
