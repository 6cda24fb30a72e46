import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { resolveStaticPath } from './guards';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** Serves the built renderer; unknown paths fall back to index.html (the app routes by hash). */
export async function serveStatic(root: string, urlPath: string, response: ServerResponse): Promise<void> {
  const resolved = resolveStaticPath(root, urlPath, join);
  if (!resolved) {
    response.writeHead(400).end();
    return;
  }
  const file = (await isFile(resolved)) ? resolved : join(root, 'index.html');
  if (!(await isFile(file))) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Chưa có bản dựng giao diện: chạy npm run build.');
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
