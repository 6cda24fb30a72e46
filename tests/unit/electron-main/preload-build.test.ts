import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PreloadBridge } from '../../../electron/preload/index';
import type { Bridge } from '../../../renderer/src/api/bridge-transport';
import { buildWithVite, readBundle, requiresOf } from './vite-build';

let files: string[];
let code: string;

beforeAll(() => {
  files = buildWithVite('build/vite.preload.config.ts', 'dist/preload');
  code = readBundle('dist/preload/index.cjs');
});

/** The bundle run as a sandboxed preload runs: `require` knows `electron` and nothing else. */
function loadPreload() {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const ipcRenderer = {
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => void listeners.set(channel, listener)),
    removeListener: vi.fn((channel: string) => void listeners.delete(channel)),
  };
  const electron = { contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value) }, ipcRenderer };
  const required: string[] = [];
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`module not found: ${name}`);
    return electron;
  };
  const module = { exports: {} };
  runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, Promise, Error });
  return { exposed, listeners, ipcRenderer, required, bridge: exposed.get('bridge') as PreloadBridge };
}

describe('the built preload', () => {
  it('is one CommonJS file that requires electron and nothing else', () => {
    expect(files).toEqual(['index.cjs']);
    const { names, dynamic } = requiresOf(code);
    expect(names).toEqual(['electron']);
    expect(dynamic).toBe(0);
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m);
  });

  it('exposes only window.bridge = { invoke, onEvent, platform: { openFile } } — never ipcRenderer', () => {
    const { exposed, bridge, required } = loadPreload();
    expect([...exposed.keys()]).toEqual(['bridge']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent', 'platform']);
    expect(Object.keys(bridge.platform)).toEqual(['openFile']);
    expect(JSON.stringify(Object.keys(bridge))).not.toContain('ipcRenderer');
    expect(required).toEqual(['electron']);
  });

  it('sends every call on the one invoke channel', async () => {
    const { bridge, ipcRenderer } = loadPreload();
    await bridge.invoke('system.info', {});
    await bridge.platform.openFile({ accept: ['.xlsx'] });
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['sohoi:invoke', 'system.info', {}],
      ['sohoi:invoke', '$platform.openFile', { accept: ['.xlsx'] }],
    ]);
  });

  it('turns an openFile error envelope into a rejected promise with the Vietnamese message', async () => {
    const { bridge, ipcRenderer } = loadPreload();
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'VALIDATION', message: 'Dữ liệu nhập chưa hợp lệ.' } });
    await expect(bridge.platform.openFile({ accept: [] })).rejects.toThrow('Dữ liệu nhập chưa hợp lệ.');
  });

  it('forwards only app events, without the IPC event object, until unsubscribed', () => {
    const { bridge, listeners, ipcRenderer } = loadPreload();
    const received: unknown[] = [];
    const unsubscribe = bridge.onEvent((event) => received.push(event));
    const forward = listeners.get('sohoi:event');
    forward?.({ sender: 'ipc event' }, { type: 'data.changed', entity: 'organization.profile', ids: ['1'] });
    forward?.({ sender: 'ipc event' }, { type: 'evil', payload: 1 });
    expect(received).toEqual([{ type: 'data.changed', entity: 'organization.profile', ids: ['1'] }]);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('sohoi:event', forward);
  });

  it('has the shape the renderer expects (a compile-time check)', () => {
    const asRendererBridge = (bridge: PreloadBridge): Bridge => bridge;
    expect(typeof asRendererBridge).toBe('function');
  });
});
