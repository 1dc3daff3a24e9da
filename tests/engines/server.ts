import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';
import sirv from 'sirv';

const dist = new URL('../../dist/', import.meta.url).pathname;
const fixtures = new URL('fixtures/', import.meta.url).pathname;
/** First thing in every page's head, so it runs before the site's own scripts and sees their errors. */
const WATCH = '<script src="/__engines/watch.js"></script>';

/**
 * The built site served like a static host (as scripts/serve.mjs does), plus what only the journeys need: every page
 * carries the error watcher (WebKit's driver has no log endpoint, so every engine is watched the same way, from inside
 * the page), and /__engines/ serves the test fixtures, which never reach dist/.
 */
export class SiteServer {
  private server: Server | undefined;
  /** While true the site is unreachable: see `cut`. */
  private cut = false;
  private readonly assets = sirv(dist, { etag: true });
  private readonly fixtures = sirv(fixtures, { dev: true });

  constructor(readonly port: number) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', this.origin).pathname);
      if (this.cut && path !== '/__engines/watch.js') return req.socket.destroy();
      if (path.startsWith('/__engines/')) {
        req.url = req.url!.slice('/__engines'.length);
        return this.fixtures(req, res, () => page(res, 404, join(dist, '404.html')));
      }
      const file = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, ''), path.endsWith('/') ? 'index.html' : '');
      if (file.endsWith('.html') && existsSync(file)) return page(res, 200, file);
      if (/^\/packs\/[a-z]{2}\/[\w-]+\.json$/.test(path) && existsSync(file)) return packManifest(res, file);
      this.assets(req, res, () => page(res, 404, join(dist, '404.html')));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    this.server = server;
  }

  /**
   * The site's host goes away, as when the village loses its signal: every request for the site fails like a dead
   * network. Only the watcher still answers, so pages opened from the service worker's cache are watched too (the
   * process keeps listening for that one file; for the site it is the same as a stopped server).
   */
  disconnect(): void {
    this.cut = true;
    this.server?.closeAllConnections();
  }

  reconnect(): void {
    this.cut = false;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const watched = (file: string) => readFileSync(file, 'utf8').replace(/<head>/i, `<head>${WATCH}`);

function page(res: ServerResponse, status: number, file: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(watched(file));
}

/**
 * A course pack's manifest describing the pages as this server sends them, watcher included: the service worker
 * checks every file it saves against the manifest, and a saved page must carry the watcher to be watched offline.
 */
function packManifest(res: ServerResponse, file: string) {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { files: { url: string; revision: string; bytes: number }[] };
  for (const entry of manifest.files.filter((f) => f.url.endsWith('/') || f.url.endsWith('.html'))) {
    const html = Buffer.from(watched(join(dist, entry.url.endsWith('/') ? `${entry.url}index.html` : entry.url)));
    entry.revision = createHash('sha256').update(html).digest('hex').slice(0, entry.revision.length);
    entry.bytes = html.length;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
  res.end(JSON.stringify(manifest));
}
