import type { Envelope } from '../../../shared/errors';
import type { AppEvent } from '../../../shared/events';
import { createHttpTransport } from './http-transport';
import type { PickedFile, Transport } from './transport';

/** The narrow object the Electron preload exposes as `window.bridge` (see electron/preload). */
export interface Bridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  platform: { openFile(options: { accept: string[] }): Promise<PickedFile | null> };
}

declare global {
  interface Window {
    bridge?: Bridge;
  }
}

export function createBridgeTransport(bridge: Bridge): Transport {
  return {
    kind: 'electron',
    invoke: (method, input) => bridge.invoke(method, input),
    onEvent: (listener) => bridge.onEvent(listener),
    resetEvents: () => undefined, // IPC events follow the window, not a cookie.
    openFile: (options) => bridge.platform.openFile(options),
    download: () => undefined, // Electron saves through a dialog in the main process.
  };
}

/** Picks the transport at start: the preload bridge when present, HTTP otherwise. */
export function chooseTransport(): Transport {
  return window.bridge ? createBridgeTransport(window.bridge) : createHttpTransport();
}
