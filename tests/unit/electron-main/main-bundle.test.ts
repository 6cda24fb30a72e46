import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createElectronStub, FakeWebContents, interceptElectron, type ElectronStub, type FakeBrowserWindow } from './electron-stub';
import { buildWithVite, readBundle, REPO_ROOT, requiresOf } from './vite-build';

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(module: string): string {
  const parts = module.split('/');
  return module.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? module);
}

/**
 * Smoke test of the BUNDLED main process (dist/main/main.cjs, as Electron would load it) with a
 * stubbed `electron` module: one call end to end through the registered IPC handler against a
 * temp database, the window's security settings, and the guards as wired. Catches bundling and
 * externals mistakes that the unit tests of the sources cannot.
 */
const MAIN_BUNDLE = join(REPO_ROOT, 'dist', 'main', 'main.cjs');
const requireNative = createRequire(import.meta.url);

type InvokeHandler = (event: unknown, method: unknown, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

let tmp: string;
let stub: ElectronStub;
let restore: () => void;
let window: FakeBrowserWindow;

function invoke(method: unknown, input: unknown, frameUrl: string | null = 'app://sohoi/index.html#/', sender: FakeWebContents = window.webContents) {
  const handler = stub.ipcHandlers.get('sohoi:invoke') as InvokeHandler;
  return handler({ senderFrame: frameUrl === null ? null : { url: frameUrl }, sender }, method, input);
}

const DATA_DIR = () => join(tmp, 'AppData', 'Roaming', 'SoHoi', 'data');
const PROFILE = {
  validFrom: '2025-01-01',
  name: 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang',
  parentLine: '',
  abbreviation: 'HBVQTE',
  placeName: 'Bắc Giang',
  address: '',
  phone: '',
  email: '',
  signers: [],
};
const ADMIN = { username: 'quantri', displayName: 'Nguyễn Thị Quản Trị', newPassword: 'mat-khau-quan-tri', confirmPassword: 'mat-khau-quan-tri' };

beforeAll(async () => {
  buildWithVite('build/vite.main.config.ts', 'dist/main');
  tmp = mkdtempSync(join(tmpdir(), 'sohoi-main-'));
  stub = createElectronStub({ appRoot: REPO_ROOT, appData: join(tmp, 'AppData', 'Roaming'), documents: join(tmp, 'Documents') });
  restore = interceptElectron(stub);
  delete requireNative.cache[MAIN_BUNDLE];
  requireNative(MAIN_BUNDLE);
  stub.fireReady();
  await vi.waitFor(() => expect(stub.windows[0]?.loadedUrl).toBe('app://sohoi/index.html'), { timeout: 20_000 });
  window = stub.windows[0] as FakeBrowserWindow;
});

afterAll(async () => {
  restore?.();
  delete requireNative.cache[MAIN_BUNDLE];
  if (stub && stub.app.quitCalls === 0) {
    stub.app.emit('before-quit', { preventDefault: () => undefined });
    await vi.waitFor(() => expect(stub.app.quitCalls).toBeGreaterThan(0));
  }
  rmSync(tmp, { recursive: true, force: true });
});

describe('the bundle', () => {
  it('requires only electron, Node built-ins and runtime dependencies (which electron-builder packages), with no import.meta left', () => {
    const code = readBundle('dist/main/main.cjs');
    const { names, dynamic } = requiresOf(code);
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const packages = new Set(names.filter((name) => !builtins.has(name)).map(packageName));
    const { dependencies } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(packages).toContain('better-sqlite3');
    for (const name of packages) expect(name === 'electron' || name in dependencies, name).toBe(true);
    expect(dynamic).toBe(0);
    expect(code).not.toContain('import.meta');
  });

  it('needs nothing electron-builder.yml leaves out of the package', () => {
    const config = readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8');
    const excluded = /"!\*\*\/node_modules\/\{([^}]+)\}\/\*\*"/.exec(config.split('\n').filter((line) => line.includes('react,')).join('\n'));
    const names = excluded?.[1]?.split(',') ?? [];
    expect(names).toContain('react');
    const required = requiresOf(readBundle('dist/main/main.cjs')).names;
    for (const name of names) expect(required.filter((module) => module === name || module.startsWith(`${name}/`) || packageName(module).startsWith(`${name}/`))).toEqual([]);
  });
});

describe('start-up', () => {
  it('registers app:// as privileged before ready, the protocol and IPC after, then opens the window', () => {
    expect(stub.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(stub.timeline.indexOf('scheme')).toBeLessThan(stub.timeline.indexOf('ready'));
    expect(stub.timeline.slice(stub.timeline.indexOf('ready'))).toEqual(['ready', 'protocol', 'ipc', 'window']);
    expect(stub.app.sandboxed).toBe(true);
  });

  it('keeps its files in <appData>/SoHoi, the database in its data folder', () => {
    expect(stub.app.getPath('userData')).toBe(join(tmp, 'AppData', 'Roaming', 'SoHoi'));
    expect(existsSync(join(DATA_DIR(), 'sohoi.sqlite'))).toBe(true);
  });

  it('keeps the audit key sealed with safeStorage, never as the plain key', () => {
    const sealed = readFileSync(join(DATA_DIR(), 'keys', 'audit.key'));
    expect(sealed.toString().startsWith('sealed:')).toBe(true);
    expect(Buffer.from(sealed.toString().slice('sealed:'.length), 'base64')).toHaveLength(32);
  });

  it('opens one isolated, sandboxed window without Node, with our preload', () => {
    expect(stub.windows).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: join(REPO_ROOT, 'dist', 'preload', 'index.cjs'),
    });
  });

  it('brings the window back on a second launch', () => {
    stub.app.emit('second-instance', {}, [], REPO_ROOT);
    expect(window.calls).toEqual(expect.arrayContaining(['restore', 'show', 'focus']));
  });
});

describe('calls end to end through IPC, under the window\'s session', () => {
  it('refuses a call before anyone signs in, and offers the first-run setup', async () => {
    expect(await invoke('system.info', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await invoke('setup.status', {})).toEqual({ ok: true, value: { needsSetup: true } });
  });

  it('completes the first run; main keeps the session token for this window (the renderer never sees it)', async () => {
    const done = await invoke('setup.complete', { profile: PROFILE, admin: ADMIN });
    expect(done).toMatchObject({ ok: true, value: { recoveryCode: expect.any(String) } });
    expect(JSON.stringify(done)).not.toMatch(/token/i);
    const info = await invoke('system.info', {});
    expect(info).toEqual({ ok: true, value: expect.objectContaining({ appVersion: '0.1.0', transport: 'electron' }) });
  });

  it('saves and reads the organisation profile in the temp database, and pushes the change to the window', async () => {
    const saved = await invoke('organization.profile.save', { ...PROFILE, validFrom: '2025-07-01', placeName: 'Bắc Ninh' });
    expect(saved).toMatchObject({ ok: true, value: { name: PROFILE.name, placeName: 'Bắc Ninh' } });
    expect(await invoke('organization.profile.get', { asOf: '2025-06-30' })).toMatchObject({ ok: true, value: { placeName: 'Bắc Giang' } });
    expect(await invoke('organization.profile.get', { asOf: '2025-07-01' })).toMatchObject({ ok: true, value: { placeName: 'Bắc Ninh' } });
    expect(window.webContents.sent).toContainEqual({ channel: 'sohoi:event', payload: expect.objectContaining({ type: 'data.changed', entity: 'organization.profile' }) });
  });

  it('gives another web contents no session, even from our origin', async () => {
    expect(await invoke('organization.profile.get', {}, 'app://sohoi/index.html', new FakeWebContents())).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it.each([
    ['a foreign page', 'https://evil.example/'],
    ['a file:// page', 'file:///C:/Users/x/Downloads/page.html'],
    ['no frame', null],
  ])('refuses a call from %s, even on the signed-in window', async (_name, frameUrl) => {
    const envelope = await invoke('organization.profile.get', {}, frameUrl);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers an unknown method and a bad openFile request as data', async () => {
    expect(await invoke('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await invoke(42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await invoke('$platform.openFile', { accept: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await invoke('$platform.openFile', { accept: [] }, 'app://sohoi/', new FakeWebContents())).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('forgets the token on logout', async () => {
    expect(await invoke('auth.logout', {})).toEqual({ ok: true, value: { loggedOut: true } });
    expect(await invoke('system.info', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await invoke('auth.login', { username: ADMIN.username, password: ADMIN.newPassword })).toMatchObject({ ok: true });
    expect(await invoke('system.info', {})).toMatchObject({ ok: true });
  });
});

describe('the guards as wired', () => {
  it('prevents navigation to an outside URL and keeps app:// navigation', () => {
    const outside = { url: 'https://example.com/', preventDefault: vi.fn() };
    const inside = { url: 'app://sohoi/index.html', preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', outside);
    window.webContents.emit('will-navigate', inside);
    expect(outside.preventDefault).toHaveBeenCalledOnce();
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(stub.openedExternally).toEqual([]);
  });

  it('denies new windows, opening only allowlisted links in the browser', async () => {
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(window.webContents.windowOpenHandler?.({ url: 'https://tongdai111.vn/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(stub.openedExternally).toEqual(['https://tongdai111.vn/']));
  });

  it('denies every permission', () => {
    const callback = vi.fn();
    (stub.permissionRequestHandler as (c: unknown, p: string, cb: (granted: boolean) => void) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((stub.permissionCheckHandler as () => boolean)()).toBe(false);
  });

  it('serves the renderer through app:// with the traversal guard', async () => {
    const handler = stub.protocolHandlers.get('app');
    const response = await handler?.(new Request('app://sohoi/..%2f..%2fpackage.json'));
    expect(response?.status).toBe(404);
  });
});

describe('shutdown', () => {
  it('holds the quit until the database is closed, once', async () => {
    const event = { preventDefault: vi.fn() };
    stub.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(stub.app.quitCalls).toBe(1));
    const log = readFileSync(join(DATA_DIR(), 'logs', 'sohoi.log'), 'utf8');
    expect(log.match(/"core\.closed"/g)).toHaveLength(1);
    const again = { preventDefault: vi.fn() };
    stub.app.emit('before-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});

describe('when the data cannot be opened', () => {
  it('shows a Vietnamese error dialog naming the data folder and exits with 1, without a window', async () => {
    const blocked = join(tmp, 'blocked');
    writeFileSync(blocked, 'a file where the data folder should be');
    const failing = createElectronStub({ appRoot: REPO_ROOT, appData: join(tmp, 'AppData2'), documents: tmp });
    const undo = interceptElectron(failing);
    vi.stubEnv('SOHOI_USER_DATA_DIR', join(blocked, 'SoHoi'));
    try {
      delete requireNative.cache[MAIN_BUNDLE];
      requireNative(MAIN_BUNDLE);
      failing.fireReady();
      await vi.waitFor(() => expect(failing.app.exitCodes).toEqual([1]));
    } finally {
      undo();
      vi.unstubAllEnvs();
      delete requireNative.cache[MAIN_BUNDLE];
    }
    expect(failing.errorBoxes).toEqual([
      { title: 'Sổ Hội không khởi động được', content: expect.stringContaining(`Thư mục dữ liệu: ${join(blocked, 'SoHoi', 'data')}`) },
    ]);
    expect(failing.windows).toEqual([]);
  });
});
