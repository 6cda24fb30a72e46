import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import type { ErrorCode } from '../../shared/errors';
import type { Core } from '../core/types';
import { handleDownload, handleUpload, type DownloadStore } from './files-routes';
import { isAllowedFetchSite, isAllowedHost, isAllowedOrigin, readCookie, SECRET_COOKIE, SECRET_HEADER, secretMatches } from './guards';
import { handleEvents, handleInvoke, sendJson } from './api-routes';
import { serveStatic } from './static-files';

export interface HostOptions {
  core: Core;
  rendererDir: string;
  downloads: DownloadStore;
  uploadDir: string;
  /** 0 or absent: a random free port. */
  port?: number;
  secret?: string;
}

export interface RunningHost {
  port: number;
  secret: string;
  /** The address to open: it carries the secret once, then a cookie does. */
  url: string;
  close(): Promise<void>;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer((request, response) => {
    route(request, response, { ...options, secret, port }).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.headersTimeout = 30_000;
  await listen(server, options.port ?? 0);
  port = (server.address() as AddressInfo).port;
  return {
    port,
    secret,
    url: `http://127.0.0.1:${port}/?key=${secret}`,
    close: () => close(server),
  };
}

type RouteOptions = HostOptions & { secret: string; port: number };

async function route(request: IncomingMessage, response: ServerResponse, options: RouteOptions): Promise<void> {
  setCommonHeaders(response);
  if (!isAllowedHost(request.headers.host, options.port)) return refuse(response, 421, 'Địa chỉ máy chủ không hợp lệ.');
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${options.port}`);
  if (!url.pathname.startsWith('/api/')) return serveApp(request, response, url, options);

  const origin = request.headers.origin;
  const fetchSite = header(request, 'sec-fetch-site');
  if (!isAllowedOrigin(origin, options.port) || !isAllowedFetchSite(fetchSite)) return refuse(response, 403, 'Yêu cầu từ trang khác bị từ chối.');
  const given = header(request, SECRET_HEADER) ?? readCookie(request.headers.cookie, SECRET_COOKIE);
  if (!secretMatches(given, options.secret)) return refuse(response, 401, 'Thiếu khóa phiên của máy chủ cục bộ.');

  const { core } = options;
  if (request.method === 'POST' && url.pathname === '/api/invoke') return handleInvoke(request, response, core);
  if (request.method === 'GET' && url.pathname === '/api/events') return handleEvents(request, response, core);
  if (request.method === 'POST' && url.pathname === '/api/upload') return handleUpload(request, response, core.files, options.uploadDir);
  if (request.method === 'GET' && url.pathname.startsWith('/api/download/')) {
    return handleDownload(response, options.downloads, url.pathname.slice('/api/download/'.length));
  }
  return refuse(response, 404, 'Không có địa chỉ này.');
}

async function serveApp(request: IncomingMessage, response: ServerResponse, url: URL, options: RouteOptions): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Phương thức không được hỗ trợ.');
  const key = url.searchParams.get('key');
  if (key !== null) {
    if (!secretMatches(key, options.secret)) return refuse(response, 401, 'Khóa phiên không đúng.');
    // Trade the key in the address for an HttpOnly cookie, and drop it from the address bar.
    response.writeHead(303, {
      'set-cookie': `${SECRET_COOKIE}=${options.secret}; HttpOnly; SameSite=Strict; Path=/`,
      location: '/',
    });
    return void response.end();
  }
  response.setHeader('content-security-policy', `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  await serveStatic(options.rendererDir, url.pathname, response);
}

function setCommonHeaders(response: ServerResponse): void {
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('cross-origin-resource-policy', 'same-origin');
  response.setHeader('x-frame-options', 'DENY');
}

const STATUS_CODES: Record<number, ErrorCode> = { 401: 'UNAUTHENTICATED', 404: 'NOT_FOUND', 405: 'VALIDATION' };

/** Refusals carry the same envelope as dispatch, with a Vietnamese message and no data. */
function refuse(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { ok: false, error: { code: STATUS_CODES[status] ?? 'FORBIDDEN', message } });
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
