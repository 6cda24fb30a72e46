import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { INDEX_HTML, invoke, send, startTestHost, type TestHost } from './test-host';

let h: TestHost;

beforeEach(async () => {
  h = await startTestHost();
});

afterEach(async () => {
  await h?.close(); // undefined when beforeEach failed
});

const key = () => h.auth();

describe('browser host: Host header (DNS rebinding)', () => {
  it.each([
    ['a foreign name', (port: number) => `evil.example:${port}`],
    ['our address on another port', (port: number) => `127.0.0.1:${port + 1}`],
    ['our address without a port', () => '127.0.0.1'],
  ])('refuses %s with 421 on / and /api/invoke', async (_label, hostFor) => {
    const host = hostFor(h.port);
    const page = await send(h.port, { path: '/', host });
    expect(page.status).toBe(421);
    expect(page.text).not.toContain('<div id="root">');
    const api = await send(h.port, { method: 'POST', path: '/api/invoke', host, headers: key(), body: JSON.stringify({ method: 'system.info', input: {} }) });
    expect(api.status).toBe(421);
    expect(api.json()).toMatchObject({ ok: false });
  });

  it('refuses a request without a Host header', async () => {
    const response = await send(h.port, { path: '/', host: null });
    expect([400, 421]).toContain(response.status); // Node itself answers 400 to HTTP/1.1 without Host
    expect(response.text).not.toContain('<div id="root">');
  });

  it.each(['127.0.0.1', 'localhost', 'LOCALHOST'])('accepts %s:<port>', async (name) => {
    const page = await send(h.port, { path: '/', host: `${name}:${h.port}` });
    expect(page.status).toBe(200);
    expect(page.text).toBe(INDEX_HTML);
  });
});

describe('browser host: cross-site requests', () => {
  it('refuses a foreign Origin with 403 even with the secret', async () => {
    const response = await invoke(h, 'system.info', {}, { ...key(), origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it.each([
    ['null', () => 'null'],
    ['our address on another port', (port: number) => `http://127.0.0.1:${port + 1}`],
    ['https on our port', (port: number) => `https://127.0.0.1:${port}`],
    ['a look-alike suffix', (port: number) => `http://127.0.0.1:${port}.evil.example`],
  ])('refuses Origin: %s', async (_label, originFor) => {
    expect((await invoke(h, 'system.info', {}, { ...key(), origin: originFor(h.port) })).status).toBe(403);
  });

  it('accepts our own Origin', async () => {
    const response = await invoke(h, 'system.info', {}, { ...key(), origin: `http://127.0.0.1:${h.port}` });
    expect(response.status).toBe(200);
  });

  it.each(['cross-site', 'same-site'])('refuses sec-fetch-site: %s with 403', async (site) => {
    const response = await invoke(h, 'system.info', {}, { ...key(), 'sec-fetch-site': site });
    expect(response.status).toBe(403);
  });

  it('accepts sec-fetch-site: same-origin', async () => {
    expect((await invoke(h, 'system.info', {}, { ...key(), 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });
});

describe('browser host: the per-run secret', () => {
  it('refuses a call without the secret with 401 UNAUTHENTICATED', async () => {
    const response = await invoke(h, 'system.info', {}, {});
    expect(response.status).toBe(401);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a wrong secret with 401, in the header or the cookie', async () => {
    const wrong = `${h.secret.slice(0, -1)}${h.secret.endsWith('A') ? 'B' : 'A'}`;
    expect((await invoke(h, 'system.info', {}, { 'x-sohoi-key': wrong })).status).toBe(401);
    expect((await invoke(h, 'system.info', {}, { cookie: `sohoi_key=${wrong}` })).status).toBe(401);
    expect((await invoke(h, 'system.info', {}, { 'x-sohoi-key': `${h.secret}x` })).status).toBe(401);
  });

  it('answers the dispatch envelope with the right secret in x-sohoi-key', async () => {
    const response = await invoke(h, 'system.info', {});
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.json()).toEqual({ ok: true, value: expect.objectContaining({ transport: 'http', today: '2025-01-05' }) });
  });

  it('trades /?key=<secret> for an HttpOnly SameSite=Strict cookie and a redirect to /', async () => {
    const response = await send(h.port, { path: `/?key=${encodeURIComponent(h.secret)}` });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
    const cookie = response.headers['set-cookie']?.[0] ?? '';
    const attributes = cookie.split(';').map((part) => part.trim());
    expect(attributes[0]).toBe(`sohoi_key=${h.secret}`);
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));

    const call = await invoke(h, 'system.info', {}, { cookie: `${attributes[0] ?? ''}; ${h.sessionCookie}` });
    expect(call.status).toBe(200);
    expect(call.json()).toMatchObject({ ok: true });
  });

  it('refuses /?key=wrong with 401 and sets no cookie', async () => {
    const response = await send(h.port, { path: '/?key=wrong' });
    expect(response.status).toBe(401);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('browser host: /api/invoke', () => {
  it.each([
    ['invalid JSON', '{"method": '],
    ['a JSON string', '"system.info"'],
    ['no method', '{"input": {}}'],
    ['a numeric method', '{"method": 5}'],
  ])('answers 400 VALIDATION to %s', async (_label, body) => {
    const response = await send(h.port, { method: 'POST', path: '/api/invoke', headers: key(), body });
    expect(response.status).toBe(400);
    expect(response.json()).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Yêu cầu gửi lên không đúng định dạng.' } });
  });

  it('carries dispatch errors as HTTP 200 envelopes', async () => {
    const response = await invoke(h, 'constructor', {});
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: ERROR_MESSAGES.UNKNOWN_METHOD } });
  });

  it('answers 404 to an unknown API path and to GET /api/invoke', async () => {
    expect((await send(h.port, { path: '/api/nothing', headers: key() })).status).toBe(404);
    expect((await send(h.port, { path: '/api/invoke', headers: key() })).status).toBe(404);
  });
});

describe('browser host: the app page', () => {
  it('serves index.html with the CSP and the hardening headers', async () => {
    const response = await send(h.port, { path: '/' });
    expect(response.status).toBe(200);
    expect(response.text).toBe(INDEX_HTML);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('falls back to index.html for an unknown path and serves assets with their type', async () => {
    expect((await send(h.port, { path: '/thanh-vien/123' })).text).toBe(INDEX_HTML);
    const asset = await send(h.port, { path: '/assets/app.js' });
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.text).toBe('export const ok = true;\n');
  });

  it('refuses POST / with 405', async () => {
    expect((await send(h.port, { method: 'POST', path: '/', body: 'x' })).status).toBe(405);
  });
});
