// Serves the built site (dist/) the way a static host does: files, directory indexes, 404.html.
// GZIP=1 compresses like the README's nginx block (level 6, HTML and the gzip_types listed there), for the bench.
// DIST=<dir> serves another built folder (the bench's Pagefind and Starlight copies).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

const root = process.env.DIST ? resolve(process.env.DIST) : new URL('../dist/', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const NGINX_GZIP_TYPES = /^(text\/html|text\/css|application\/javascript|text\/javascript|application\/json|image\/svg\+xml|application\/xml)\b/;

if (!existsSync(root)) {
  console.error('dist/ is missing: run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}

const files = sirv(root, { etag: true });
const notFoundPage = readFileSync(resolve(root, '404.html'));
const gzip = process.env.GZIP === '1'
  ? compression({ level: 6, threshold: 20, filter: (_req, res) => NGINX_GZIP_TYPES.test(String(res.getHeader('content-type') ?? '')) })
  : (_req, _res, next) => next();

createServer((req, res) => {
  gzip(req, res, () =>
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFoundPage);
    }),
  );
}).listen(port, host, () => {
  console.log(`Học Số is served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
