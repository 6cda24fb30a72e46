import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowedHosts,
  isAllowedFetchSite,
  isAllowedHost,
  isAllowedOrigin,
  readCookie,
  resolveStaticPath,
  secretMatches,
} from '../../../electron/host-http/guards';

const PORT = 43123;

describe('isAllowedHost', () => {
  it('allows exactly our loopback names on our port', () => {
    expect(allowedHosts(PORT)).toEqual([`127.0.0.1:${PORT}`, `localhost:${PORT}`]);
  });

  it.each<[string | undefined, boolean]>([
    [`127.0.0.1:${PORT}`, true],
    [`localhost:${PORT}`, true],
    [`LocalHost:${PORT}`, true],
    [undefined, false],
    ['', false],
    ['127.0.0.1', false],
    ['localhost', false],
    [`127.0.0.1:${PORT + 1}`, false],
    [`evil.example:${PORT}`, false],
    [`127.0.0.1.evil.example:${PORT}`, false],
    [`localhost.evil.example:${PORT}`, false],
    [`[::1]:${PORT}`, false],
    [`0.0.0.0:${PORT}`, false],
    [`127.0.0.2:${PORT}`, false],
    [` 127.0.0.1:${PORT}`, false],
    [`127.0.0.1:${PORT}@evil.example`, false],
  ])('Host %j → %s', (host, allowed) => {
    expect(isAllowedHost(host, PORT)).toBe(allowed);
  });
});

describe('isAllowedOrigin', () => {
  it.each<[string | undefined, boolean]>([
    [undefined, true],
    [`http://127.0.0.1:${PORT}`, true],
    [`http://localhost:${PORT}`, true],
    [`HTTP://LOCALHOST:${PORT}`, true],
    ['null', false],
    ['', false],
    ['http://evil.example', false],
    [`http://evil.example:${PORT}`, false],
    [`https://127.0.0.1:${PORT}`, false],
    [`http://127.0.0.1:${PORT + 1}`, false],
    ['http://127.0.0.1', false],
    [`http://127.0.0.1:${PORT}.evil.example`, false],
    [`http://127.0.0.1:${PORT}/`, false],
    [`app://sohoi`, false],
  ])('Origin %j → %s', (origin, allowed) => {
    expect(isAllowedOrigin(origin, PORT)).toBe(allowed);
  });
});

describe('isAllowedFetchSite', () => {
  it.each<[string | undefined, boolean]>([
    [undefined, true],
    ['same-origin', true],
    ['none', true],
    ['same-site', false],
    ['cross-site', false],
    ['', false],
    ['SAME-ORIGIN', false],
  ])('sec-fetch-site %j → %s', (value, allowed) => {
    expect(isAllowedFetchSite(value)).toBe(allowed);
  });
});

describe('secretMatches', () => {
  const secret = 'b3JhbmdlLXNlY3JldC1rZXktMTIzNDU2Nzg5MA';

  it.each<[string | undefined, boolean]>([
    [secret, true],
    [undefined, false],
    ['', false],
    [secret.slice(0, -1), false],
    [`${secret}A`, false],
    [`${secret.slice(0, -1)}B`, false],
    [secret.toUpperCase(), false],
    [' '.repeat(secret.length), false],
  ])('%j → %s', (given, matches) => {
    expect(secretMatches(given, secret)).toBe(matches);
  });

  it('compares bytes, so a same-length string of multi-byte characters does not throw', () => {
    expect(secretMatches('é'.repeat(secret.length), secret)).toBe(false);
  });
});

describe('readCookie', () => {
  it.each<[string | undefined, string | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['sohoi_key=abc', 'abc'],
    ['theme=dark; sohoi_key=abc; other=1', 'abc'],
    ['theme=dark;sohoi_key=abc', 'abc'],
    ['sohoi_key=a=b=c', 'a=b=c'],
    ['sohoi_key=', ''],
    ['xsohoi_key=abc', undefined],
    ['sohoi_key_2=abc', undefined],
    ['other=sohoi_key=abc', undefined],
  ])('%j → %j', (header, value) => {
    expect(readCookie(header, 'sohoi_key')).toBe(value);
  });
});

describe('resolveStaticPath', () => {
  const root = posix.join('/srv', 'renderer');

  it.each<[string, string | null]>([
    ['/', `${root}/index.html`],
    ['', `${root}/index.html`],
    ['/index.html', `${root}/index.html`],
    ['/assets/app.js', `${root}/assets/app.js`],
    ['//assets///app.js', `${root}/assets/app.js`],
    [`/assets/${encodeURIComponent('tệp mới.js')}`, `${root}/assets/tệp mới.js`],
    ['/../package.json', null],
    ['/assets/../../package.json', null],
    ['/%2e%2e/package.json', null],
    ['/%2E%2E/package.json', null],
    ['/..%2fpackage.json', null],
    ['/..%5cpackage.json', null],
    ['/..\\package.json', null],
    ['/./index.html', null],
    ['/index.html%00.png', null],
    ['/%E0%A4%A', null],
  ])('%j → %j', (urlPath, expected) => {
    expect(resolveStaticPath(root, urlPath, posix.join)).toBe(expected);
  });

  it('keeps every resolved path inside the root with the platform join', () => {
    const platformRoot = join('renderer-root');
    for (const urlPath of ['/a/b.js', '/%2e%2e%2f%2e%2e%2fetc/passwd', '/a/%2e%2e/%2e%2e/b', '/....//x']) {
      const resolved = resolveStaticPath(platformRoot, urlPath, join);
      if (resolved !== null) expect(resolved.startsWith(`${platformRoot}`)).toBe(true);
      if (resolved !== null) expect(resolved.split(/[/\\]/)).not.toContain('..');
    }
  });
});
