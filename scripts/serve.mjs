// Serves the built site (dist/) the way a static host does: files, directory indexes, 404.html.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';

const root = new URL('../dist/', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(root)) {
  console.error('dist/ is missing: run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}

const files = sirv(root, { etag: true });
const notFoundPage = readFileSync(new URL('404.html', `file://${root}`));

createServer((req, res) => {
  files(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFoundPage);
  });
}).listen(port, host, () => {
  console.log(`Học Số is served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
