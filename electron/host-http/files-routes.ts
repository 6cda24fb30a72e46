import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { FileRegistry } from '../core/files';
import { readBody, sendJson } from './api-routes';

const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
export const UPLOAD_NAME_HEADER = 'x-file-name';

/** Files the core offered for download (the browser host's `saveFile`), by one-time token. */
export interface DownloadStore {
  add(file: { path: string; name: string }): string;
  take(token: string): { path: string; name: string } | null;
}

export function createDownloadStore(): DownloadStore {
  const files = new Map<string, { path: string; name: string }>();
  return {
    add(file) {
      const token = randomBytes(18).toString('base64url');
      files.set(token, file);
      return token;
    },
    take(token) {
      const file = files.get(token) ?? null;
      files.delete(token);
      return file;
    },
  };
}

/**
 * POST /api/upload: the browser host's half of `openFile`. The body is the file; its name comes
 * URL-encoded in a header. The file is kept in the data folder's uploads and registered; the
 * renderer receives only the token.
 */
export async function handleUpload(request: IncomingMessage, response: ServerResponse, files: FileRegistry, uploadDir: string): Promise<void> {
  const name = decodeName(request.headers[UPLOAD_NAME_HEADER]);
  if (!name) return sendJson(response, 400, { ok: false, error: { code: 'VALIDATION', message: 'Thiếu tên tệp tải lên.' } });
  const body = await readBody(request, MAX_UPLOAD_BYTES);
  if (!body) return sendJson(response, 413, { ok: false, error: { code: 'VALIDATION', message: 'Tệp quá lớn (tối đa 200 MB).' } });
  await mkdir(uploadDir, { recursive: true });
  const path = join(uploadDir, randomBytes(12).toString('hex'));
  await writeFile(path, body);
  sendJson(response, 200, { ok: true, value: { token: files.register({ path, name }), name, size: body.length } });
}

/** GET /api/download/<token>: streams a file the core offered, once. */
export async function handleDownload(response: ServerResponse, downloads: DownloadStore, token: string): Promise<void> {
  const file = downloads.take(token);
  const size = file ? await sizeOf(file.path) : null;
  if (!file || size === null) return sendJson(response, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'Tệp không còn để tải về.' } });
  response.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(size),
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'cache-control': 'no-store',
  });
  createReadStream(file.path).pipe(response);
}

function decodeName(value: string | string[] | undefined): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return null;
  try {
    const name = decodeURIComponent(raw).normalize('NFC');
    return name.length > 0 && name.length <= 255 && !/[/\\\0]/.test(name) ? name : null;
  } catch {
    return null;
  }
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}
