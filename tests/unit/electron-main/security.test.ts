import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../electron/main/security';

/** Just enough of a WebContents: events and the window-open handler. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function hardened() {
  const contents = new FakeContents();
  const openExternal = vi.fn(async () => undefined);
  hardenWebContents(contents as unknown as WebContents, openExternal);
  return { contents, openExternal };
}

describe('hardenWebContents', () => {
  it.each([
    ['https://example.com/', true, false],
    ['file:///C:/Windows/win.ini', true, false],
    ['https://tongdai111.vn/', true, true],
    ['mailto:hoibvqte@example.vn', true, true],
    ['app://sohoi/index.html', false, false],
  ])('will-navigate to %s: prevented %s, opened in the browser %s', (url, prevented, opened) => {
    const { contents, openExternal } = hardened();
    const event = navigationEvent(url);
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledTimes(prevented ? 1 : 0);
    expect(openExternal).toHaveBeenCalledTimes(opened ? 1 : 0);
  });

  it('stops redirects out of app://sohoi and never opens them', () => {
    const { contents, openExternal } = hardened();
    const out = navigationEvent('https://tongdai111.vn/');
    const inside = navigationEvent('app://sohoi/index.html');
    contents.emit('will-redirect', out);
    contents.emit('will-redirect', inside);
    expect(out.preventDefault).toHaveBeenCalledOnce();
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window; an allowlisted link opens in the browser instead', () => {
    const { contents, openExternal } = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://sohoi/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://tongdai111.vn/' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://tongdai111.vn/']]);
  });

  it('prevents webviews from attaching', () => {
    const { contents } = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check, and every download', () => {
    const handlers: { request?: (c: unknown, p: string, cb: (granted: boolean) => void) => void; check?: () => boolean } = {};
    const events = new EventEmitter();
    const session = {
      setPermissionRequestHandler: (handler: typeof handlers.request) => void (handlers.request = handler),
      setPermissionCheckHandler: (handler: typeof handlers.check) => void (handlers.check = handler),
      on: (name: string, listener: (...args: unknown[]) => void) => events.on(name, listener),
    };
    hardenSession(session as unknown as Session);
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) handlers.request?.({}, permission, callback);
    expect(callback.mock.calls).toEqual(Array.from({ length: 5 }, () => [false]));
    expect(handlers.check?.()).toBe(false);
    const download = { preventDefault: vi.fn() };
    events.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalledOnce();
  });
});
