// A static server for tests and the bench: serves a built site as the README's nginx block does (directory indexes,
// 404.html, gzip for text types), logs every request with the bytes sent, and can be cut off mid-download.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};
/** nginx: `gzip on; gzip_types text/css application/javascript application/json image/svg+xml application/xml`, and HTML. */
const GZIPPED = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

/**
 * `root` may be changed later (`server.root = …`) to publish another build. `cut(path)` returning true drops that
 * request's connection without an answer, as a lost signal does; `delay(path)` answers after that many ms, as a slow
 * signal does. `requests` lists `{ path, bytes }` sent.
 */
export function createStaticServer(root, { cut = () => false, delay = () => 0 } = {}) {
  const requests = [];
  const sockets = new Set();
  const site = { root, cut, delay, requests };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (site.cut(path)) {
      req.socket.destroy();
      return;
    }
    const wait = site.delay(path);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    let file = join(site.root, normalize(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(site.root) && existsSync(file);
    const body = readFileSync(found ? file : join(site.root, '404.html'));
    const type = extname(found ? file : '.html');
    const gzip = GZIPPED.has(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const sent = gzip ? gzipSync(body) : body;
    res.writeHead(found ? 200 : 404, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'content-length': sent.length,
      'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    res.end(sent);
    requests.push({ path, bytes: sent.length });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return Object.assign(site, {
    /** Listens on `port` (0: any free port) and resolves to the origin. */
    listen: (port = 0) =>
      new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`))),
    /** Stops answering at once, as a server that goes down does. */
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
}
