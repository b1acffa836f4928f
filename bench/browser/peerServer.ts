import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { PeerBlock } from '../fixtures/articleForms';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface PeerServer {
  origin: string;
  /** Makes `/articles/<name>.json` answer with these blocks. */
  setArticle(name: string, blocks: PeerBlock[]): void;
  close(): Promise<void>;
}

/**
 * Serves the built peer pages and their articles on 127.0.0.1, with the caching of
 * Midad's web host: the content-hashed files under `assets/` from the cache, pages
 * and articles fresh each time.
 */
export async function startPeerServer(dir: string): Promise<PeerServer> {
  const articles = new Map<string, string>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const article = /^\/articles\/([\w-]+)\.json$/.exec(path);
    if (article) {
      const body = articles.get(article[1]!);
      response.writeHead(body ? 200 : 404, { 'Content-Type': types['.json']!, 'Cache-Control': 'no-store' });
      response.end(body);
      return;
    }
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (data) =>
        response
          .writeHead(200, {
            'Content-Type': types[extname(file)] ?? 'application/octet-stream',
            'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          })
          .end(data),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}/`,
    setArticle: (name, blocks) => articles.set(name, JSON.stringify(blocks)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
