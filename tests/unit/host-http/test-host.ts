import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDownloadStore, type DownloadStore } from '../../../electron/host-http/files-routes';
import { createHostPlatform } from '../../../electron/host-http/platform';
import { startHost, type RunningHost } from '../../../electron/host-http/server';
import type { PlatformServices } from '../../../electron/core/platform';
import { createTestCore, profileInput, type TestCore } from '../../helpers/core';

/** What the stand-in renderer build serves as index.html. */
export const INDEX_HTML = '<!doctype html><html lang="vi"><head><title>Sổ Hội</title></head><body><div id="root"></div></body></html>';
/** A file next to the renderer folder that no URL may ever serve. */
export const OUTSIDE_SECRET = '{"name":"tep-ngoai-thu-muc-giao-dien","secret":"KHONG-DUOC-LO"}';

export interface TestHost {
  t: TestCore;
  host: RunningHost;
  port: number;
  secret: string;
  root: string;
  rendererDir: string;
  uploadDir: string;
  downloads: DownloadStore;
  platform: PlatformServices;
  /** `sohoi_session=<token>` of the administrator created by the first-run setup. */
  sessionCookie: string;
  /** Headers of an authorised, logged-in call: the host's secret and the session cookie. */
  auth(): Record<string, string>;
  /** Stops the host, closes the core and deletes the folders. Idempotent. */
  close(): Promise<void>;
}

/**
 * A real host (`startHost`) over a real test core, on 127.0.0.1 and a random port, serving a
 * stand-in renderer folder; the host's own platform services are wired into the core.
 */
export async function startTestHost(): Promise<TestHost> {
  const root = mkdtempSync(join(tmpdir(), 'sohoi-host-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export const ok = true;\n');
  writeFileSync(join(root, 'package.json'), OUTSIDE_SECRET);
  const uploadDir = join(root, 'uploads');
  const downloads = createDownloadStore();
  const platform = createHostPlatform({ downloads, removableDirs: [] });
  let t: TestCore | undefined;
  try {
    t = await createTestCore({ platform });
    const host = await startHost({ core: t.core, rendererDir, downloads, uploadDir, port: 0 });
    const core = t;
    const sessionCookie = await setUp(host.port, host.secret);
    let closing: Promise<void> | undefined;
    const close = async (): Promise<void> => {
      await host.close();
      await core.close();
      rmSync(root, { recursive: true, force: true });
    };
    return {
      t: core,
      host,
      port: host.port,
      secret: host.secret,
      root,
      rendererDir,
      uploadDir,
      downloads,
      platform,
      sessionCookie,
      auth: () => ({ 'x-sohoi-key': host.secret, cookie: sessionCookie }),
      close: () => (closing ??= close()),
    };
  } catch (error) {
    await t?.close();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** The body parsed as JSON (throws if it is not JSON). */
  json(): unknown;
}

export interface HttpRequest {
  method?: string;
  path: string;
  /** Defaults to `127.0.0.1:<port>`; pass null to send none. */
  host?: string | null;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One raw HTTP request to 127.0.0.1:port: the path and the Host header are sent exactly as given. */
export function send(port: number, options: HttpRequest): Promise<HttpResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.host !== null) headers.host = options.host ?? `127.0.0.1:${port}`;
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers, setHost: false, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text, json: () => JSON.parse(text) as unknown });
        });
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

export const ADMIN_PASSWORD = 'mat-khau-thu-nghiem';

/** Completes the first-run setup over HTTP and returns the session cookie it set. */
async function setUp(port: number, secret: string): Promise<string> {
  const admin = { username: 'thuky.hoi', displayName: 'Nguyễn Thị Thư Ký', newPassword: ADMIN_PASSWORD, confirmPassword: ADMIN_PASSWORD };
  const response = await send(port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { 'content-type': 'application/json', 'x-sohoi-key': secret },
    body: JSON.stringify({ method: 'setup.complete', input: { profile: profileInput(), admin } }),
  });
  const cookie = (response.headers['set-cookie'] ?? []).map((value) => value.split(';')[0] ?? '').find((value) => value.startsWith('sohoi_session='));
  if (response.status !== 200 || !cookie) throw new Error(`setup failed: ${response.status} ${response.text}`);
  return cookie;
}

/** POST /api/invoke, logged in, with the secret header (unless other headers replace them). */
export function invoke(h: TestHost, method: string, input: unknown, headers: Record<string, string> = h.auth()) {
  return send(h.port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ method, input }),
  });
}
