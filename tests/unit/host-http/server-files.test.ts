import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/events';
import { profileInput } from '../../helpers/core';
import { INDEX_HTML, invoke, OUTSIDE_SECRET, send, startTestHost, type TestHost } from './test-host';

let h: TestHost;

beforeEach(async () => {
  h = await startTestHost();
});

afterEach(async () => {
  await h?.close(); // undefined when beforeEach failed
});

const key = () => h.auth();

describe('browser host: upload', () => {
  it('stores the body and registers it under a token the core resolves', async () => {
    const bytes = randomBytes(64 * 1024);
    const response = await send(h.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { ...key(), 'x-file-name': encodeURIComponent('Danh sách.xlsx'), 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    expect(response.status).toBe(200);
    const { value } = response.json() as { value: { token: string; name: string; size: number } };
    expect(value).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/), name: 'Danh sách.xlsx', size: bytes.length });

    const file = h.t.core.files.resolve(value.token);
    expect(file?.name).toBe('Danh sách.xlsx');
    expect(file?.path.startsWith(h.uploadDir)).toBe(true);
    expect(readFileSync(file?.path ?? '').equals(bytes)).toBe(true);
    expect(h.t.core.files.resolve('not-a-token')).toBeNull();
  });

  it('stores the name in NFC', async () => {
    const response = await send(h.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { ...key(), 'x-file-name': encodeURIComponent('Danh sách.xlsx'.normalize('NFD')) },
      body: 'x',
    });
    const { value } = response.json() as { value: { token: string } };
    expect(h.t.core.files.resolve(value.token)?.name).toBe('Danh sách.xlsx'.normalize('NFC'));
  });

  it.each([
    ['no name', undefined],
    ['a name with a folder', encodeURIComponent('../Danh sách.xlsx')],
    ['a name that does not decode', '%E0%A4%A'],
  ])('refuses an upload with %s', async (_label, name) => {
    const headers: Record<string, string> = { ...key() };
    if (name !== undefined) headers['x-file-name'] = name;
    const response = await send(h.port, { method: 'POST', path: '/api/upload', headers, body: 'x' });
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses an upload without the secret', async () => {
    const response = await send(h.port, { method: 'POST', path: '/api/upload', headers: { 'x-file-name': 'a.xlsx' }, body: 'x' });
    expect(response.status).toBe(401);
  });
});

describe('browser host: download', () => {
  it('serves a file offered through the platform once, with its UTF-8 name, then 404', async () => {
    const sourcePath = join(h.root, 'bao-cao.pdf');
    const bytes = Buffer.from('%PDF-1.7 Báo cáo quý I năm 2025');
    writeFileSync(sourcePath, bytes);
    const offered = await h.platform.saveFile({ sourcePath, suggestedName: 'Báo cáo quý I.pdf', filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }] });
    expect(offered.kind).toBe('download');
    const url = offered.kind === 'download' ? offered.url : '';
    expect(url).toMatch(/^\/api\/download\/[A-Za-z0-9_-]+$/);

    expect((await send(h.port, { path: url })).status).toBe(401); // the secret is still needed
    const first = await send(h.port, { path: url, headers: key() });
    expect(first.status).toBe(200);
    expect(first.body.equals(bytes)).toBe(true);
    expect(first.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('Báo cáo quý I.pdf')}`);
    expect(first.headers['content-length']).toBe(String(bytes.length));
    expect(first.headers['content-type']).toBe('application/octet-stream');

    const second = await send(h.port, { path: url, headers: key() });
    expect(second.status).toBe(404);
    expect(second.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers 404 to an unknown token', async () => {
    expect((await send(h.port, { path: '/api/download/khong-co', headers: key() })).status).toBe(404);
  });
});

describe('browser host: static files', () => {
  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/assets/../../package.json',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/index.html%00',
  ])('never serves a file outside the renderer folder for %s', async (path) => {
    const response = await send(h.port, { path });
    expect(response.text).not.toContain('KHONG-DUOC-LO');
    expect(response.text).not.toBe(OUTSIDE_SECRET);
    expect([200, 400]).toContain(response.status);
    if (response.status === 200) expect(response.text).toBe(INDEX_HTML);
  });
});

describe('browser host: events', () => {
  it('streams data.changed over /api/events after organization.profile.save', async () => {
    const received: AppEvent[] = [];
    let buffered = '';
    let onEvent: () => void = () => undefined;
    let request: ClientRequest | undefined;
    let stream: IncomingMessage | undefined;
    const connected = new Promise<void>((resolve, reject) => {
      request = httpRequest(
        { host: '127.0.0.1', port: h.port, path: '/api/events', headers: key(), agent: false },
        (response) => {
          stream = response;
          response.on('error', () => undefined); // the host cuts the stream when it closes
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            buffered += chunk;
            if (buffered.includes(': connected')) resolve();
            const blocks = buffered.split('\n\n');
            buffered = blocks.pop() ?? '';
            for (const block of blocks) {
              if (block.startsWith('data: ')) received.push(JSON.parse(block.slice('data: '.length)) as AppEvent);
            }
            onEvent();
          });
        },
      );
      request.on('error', reject);
      request.end();
    });
    await connected;
    expect(stream?.statusCode).toBe(200);
    expect(stream?.headers['content-type']).toBe('text/event-stream; charset=utf-8');

    const gotChange = new Promise<void>((resolve) => {
      onEvent = () => {
        if (received.some((event) => event.type === 'data.changed')) resolve();
      };
    });
    const saved = await invoke(h, 'organization.profile.save', profileInput());
    const { value } = saved.json() as { value: { id: string } };
    await gotChange;
    request?.destroy();
    expect(received).toEqual([{ type: 'data.changed', entity: 'organization.profile', ids: [value.id] }]);
  });

  it('refuses /api/events without the secret', async () => {
    expect((await send(h.port, { path: '/api/events' })).status).toBe(401);
  });
});
