import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import {
  APP_ENTRY_URL,
  cspHeader,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isOpenablePath,
  isTrustedSender,
  resolveAppUrl,
  windowOptions,
} from '../../../electron/main/guards';

const ROOT = join(sep, 'srv', 'app', 'dist', 'renderer');

describe('isAllowedNavigation', () => {
  it.each([
    [APP_ENTRY_URL, true],
    ['app://sohoi/', true],
    ['app://sohoi/index.html#/hoi-vien', true],
    ['app://other/index.html', false],
    ['app://sohoi:8080/index.html', false],
    ['app://user:pw@sohoi/index.html', false],
    ['https://sohoi/index.html', false],
    ['https://example.com/', false],
    ['http://127.0.0.1:5173/', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<h1>hi</h1>', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url)).toBe(allowed);
  });
});

describe('isTrustedSender', () => {
  it.each([
    [APP_ENTRY_URL, true],
    ['app://sohoi/index.html#/cai-dat', true],
    ['app://sohoi.evil/index.html', false],
    ['app://evil/index.html', false],
    ['https://sohoi/', false],
    ['https://tongdai111.vn/', false],
    ['file:///C:/app/dist/renderer/index.html', false],
    ['about:blank', false],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%s → %s', (url, trusted) => {
    expect(isTrustedSender(url)).toBe(trusted);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://tongdai111.vn/', true],
    ['https://www.tongdai111.vn/gioi-thieu', true],
    ['mailto:hoibvqte@bacgiang.gov.vn', true],
    ['mailto:hoibvqte@bacgiang.gov.vn?subject=Hỏi', true],
    ['http://tongdai111.vn/', false],
    ['https://tongdai111.vn.evil.com/', false],
    ['https://evil.com/?u=https://tongdai111.vn', false],
    ['https://tongdai111.vn:8443/', false],
    ['https://user@tongdai111.vn/', false],
    ['mailto:', false],
    ['mailto:no-at-sign', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['search-ms:query=x', false],
    ['javascript:alert(1)', false],
    ['app://sohoi/index.html', false],
    ['', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});

describe('resolveAppUrl (path-traversal guard of app://)', () => {
  it.each([
    ['app://sohoi/', join(ROOT, 'index.html')],
    ['app://sohoi/index.html', join(ROOT, 'index.html')],
    ['app://sohoi/index.html?x=1#/hoi-vien', join(ROOT, 'index.html')],
    ['app://sohoi/assets/index-BdX_3k9a.js', join(ROOT, 'assets', 'index-BdX_3k9a.js')],
    ['app://sohoi/assets/arimo-vietnamese-400-normal-Cx8h.woff2', join(ROOT, 'assets', 'arimo-vietnamese-400-normal-Cx8h.woff2')],
  ])('%s → the file under the root', (url, file) => {
    expect(resolveAppUrl(url, ROOT)).toBe(file);
  });

  it.each([
    'app://sohoi/..%2f..%2fpackage.json',
    'app://sohoi/..%5c..%5cpackage.json',
    'app://sohoi/assets%5c..%5c..%5cpackage.json',
    'app://sohoi/C:%5cWindows%5cwin.ini',
    'app://sohoi/%2fetc%2fpasswd',
    'app://sohoi/index.html%00.js',
    'app://sohoi/.env',
    'app://sohoi/assets/',
    'app://sohoi//index.html',
    'app://sohoi/a..b.js',
    'app://sohoi/CON',
    'app://sohoi/assets/nul.js',
    'app://sohoi/%E0%A4%A',
    'app://sohoi/t%E1%BB%87p.js',
    'app://other/index.html',
    'app://sohoi:1/index.html',
    'https://sohoi/index.html',
    'file:///srv/app/dist/renderer/index.html',
    'not a url',
  ])('%s → null', (url) => {
    expect(resolveAppUrl(url, ROOT)).toBeNull();
  });
});

describe('resolveAppUrl never leaves the root', () => {
  // The URL parser already resolves dot segments (Chromium does the same for a standard scheme),
  // so these name a file inside the root (which does not exist there) — never one outside it.
  it.each([
    ['app://sohoi/../package.json', join(ROOT, 'package.json')],
    ['app://sohoi/assets/../../../package.json', join(ROOT, 'package.json')],
    ['app://sohoi/%2e%2e/%2e%2e/package.json', join(ROOT, 'package.json')],
    ['app://sohoi/./assets/../index.html', join(ROOT, 'index.html')],
  ])('%s → %s', (url, file) => {
    const resolved = resolveAppUrl(url, ROOT);
    expect(resolved).toBe(file);
    expect(resolved?.startsWith(ROOT + sep)).toBe(true);
  });
});

describe('isOpenablePath (what shell.openPath may open)', () => {
  it.each([
    ['C:\\Users\\thu-ky\\Documents\\Bao cao 2025.pdf', false, true],
    ['C:\\Users\\thu-ky\\Documents\\Danh sach.XLSX', false, true],
    ['C:\\Users\\thu-ky\\AppData\\Roaming\\SoHoi\\data\\backups', true, true],
    ['C:\\Users\\thu-ky\\Downloads\\setup.exe', false, false],
    ['C:\\Users\\thu-ky\\Downloads\\script.bat', false, false],
    ['C:\\Users\\thu-ky\\Downloads\\link.lnk', false, false],
    ['C:\\Users\\thu-ky\\Downloads\\page.html', false, false],
    ['C:\\Users\\thu-ky\\bao.cao\\README', false, false],
    ['.pdf', false, false],
  ])('%s (folder: %s) → %s', (path, isDirectory, allowed) => {
    expect(isOpenablePath(path, isDirectory)).toBe(allowed);
  });
});

describe('windowOptions', () => {
  it('isolates, sandboxes and strips Node from the renderer, with our preload only', () => {
    const options = windowOptions('/app/dist/preload/index.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(options.webPreferences).not.toHaveProperty('webSecurity');
    expect(options.webPreferences).not.toHaveProperty('allowRunningInsecureContent');
    expect(options).toMatchObject({ width: 1366, height: 768, show: false, title: 'Sổ Hội' });
    expect(options.minWidth).toBeLessThanOrEqual(1366);
    expect(options.minHeight).toBeLessThanOrEqual(768);
  });
});

describe('cspHeader', () => {
  it('is the shared policy, with no remote source for scripts', () => {
    expect(cspHeader()).toBe(CONTENT_SECURITY_POLICY);
    expect(cspHeader()).toContain("script-src 'self'");
    expect(cspHeader()).not.toMatch(/unsafe-eval|https?:/);
  });
});
