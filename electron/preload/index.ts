import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope } from '../../shared/errors';
import { isAppEvent, type AppEvent } from '../../shared/events';
import { EVENT_CHANNEL, INVOKE_CHANNEL, OPEN_FILE_METHOD } from '../main/channels';

/**
 * The narrow bridge the renderer sees as `window.bridge` (renderer/src/api/bridge-transport.ts).
 * Never `ipcRenderer` itself: three functions, each on one fixed channel.
 */
export interface PreloadBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  platform: { openFile(options: { accept: string[] }): Promise<{ token: string; name: string; size: number } | null> };
}

const bridge: PreloadBridge = {
  invoke: (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<Envelope<unknown>>,
  onEvent(listener) {
    const forward = (_event: unknown, payload: unknown) => {
      if (isAppEvent(payload)) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
  platform: {
    async openFile(options) {
      const envelope = (await ipcRenderer.invoke(INVOKE_CHANNEL, OPEN_FILE_METHOD, { accept: [...options.accept] })) as Envelope<unknown>;
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as { token: string; name: string; size: number } | null;
    },
  },
};

contextBridge.exposeInMainWorld('bridge', bridge);
