import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, registerAppScheme } from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

let root: string;
let outside: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'sohoi-protocol-'));
  root = join(outside, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Sổ Hội</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'arimo-400.woff2'), 'wOF2');
  writeFileSync(join(outside, 'secret.txt'), 'outside the root');
  handle = createAppProtocolHandler(root);
});
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('the app:// protocol handler', () => {
  it('serves index.html for the bare origin, with the CSP header', async () => {
    const response = await handle(new Request('app://sohoi/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Sổ Hội');
  });

  it.each([
    ['app://sohoi/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://sohoi/assets/arimo-400.woff2', 'font/woff2'],
  ])('serves %s as %s', async (url, type) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it.each([
    'app://sohoi/../secret.txt',
    'app://sohoi/assets/..%2f..%2fsecret.txt',
    'app://sohoi/..%5csecret.txt',
    'app://sohoi/missing.js',
    'app://sohoi/assets',
    'app://other/index.html',
  ])('answers %s with 404 and never a file outside the root', async (url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the root');
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await handle(new Request('app://sohoi/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handle(new Request('app://sohoi/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('registerAppScheme', () => {
  it('makes app:// a standard, secure scheme with fetch', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
  });
});
