import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { escapeHtml, renderSeedArticle, SEED_ARTICLES } from './seed-page';

/**
 * The local demo site on 127.0.0.1: the seed articles as news pages, the test pages under
 * test/fixtures, and routes a test can set (a fact pack to sync from, for example).
 */
export interface DemoSite {
  origin: string;
  /** Serves `body` at `path` until changed; packs are served with CORS so the worker may fetch them. */
  setRoute(path: string, body: string, contentType?: string): void;
  close(): Promise<void>;
}

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');

function fixtureList(folder: string): string[] {
  const dir = join(FIXTURES, folder);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.html')).sort() : [];
}

function indexPage(): string {
  const seeds = SEED_ARTICLES.map((seed) => `<li><a href="/news/${seed.slug}.html">${escapeHtml(seed.title)}</a></li>`);
  const fixtures = ['articles', 'pages'].flatMap((folder) =>
    fixtureList(folder).map((name) => `<li><a href="/fixtures/${folder}/${name}">${folder}/${escapeHtml(name)}</a></li>`),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mobilization Context demo</title></head>
<body><h1>Mobilization Context demo site</h1><h2>Seed articles</h2><ul>${seeds.join('')}</ul>
<h2>Test pages</h2><ul>${fixtures.join('')}</ul></body></html>`;
}

export async function startDemoSite(port = 0): Promise<DemoSite> {
  const routes = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status: number, body: string | Buffer, type = 'text/html; charset=utf-8', cors = false) => {
      response.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
      });
      response.end(body);
    };
    const route = routes.get(path);
    if (route) return send(200, route.body, route.type, true);
    if (path === '/') return send(200, indexPage());
    const seed = SEED_ARTICLES.find((candidate) => path === `/news/${candidate.slug}.html`);
    if (seed) return send(200, renderSeedArticle(seed));
    if (path.startsWith('/fixtures/')) {
      const file = normalize(join(FIXTURES, path.slice('/fixtures/'.length)));
      if (file.startsWith(FIXTURES) && file.endsWith('.html') && existsSync(file)) return send(200, readFileSync(file));
    }
    send(404, 'not found', 'text/plain');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    setRoute: (path, body, type = 'application/json') => routes.set(path, { body, type }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
