import type { Envelope } from '../../../shared/errors';
import { isAppEvent, type AppEvent } from '../../../shared/events';
import { vi } from '../../../shared/i18n/vi';
import type { PickedFile, Transport } from './transport';

const NETWORK_ERROR: Envelope<never> = { ok: false, error: { code: 'INTERNAL', message: vi.errors.hostUnreachable } };

async function readEnvelope(response: Response): Promise<Envelope<unknown>> {
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return NETWORK_ERROR;
  }
}

function pickFile(accept: string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** The browser host's transport: POST /api/invoke, Server-Sent Events, upload and download URLs. */
export function createHttpTransport(): Transport {
  const listeners = new Set<(event: AppEvent) => void>();
  const connect = () => {
    const source = new EventSource('/api/events');
    source.onmessage = (message: MessageEvent<string>) => {
      const event: unknown = JSON.parse(message.data);
      if (isAppEvent(event)) for (const listener of listeners) listener(event);
    };
    return source;
  };
  let source = connect();
  return {
    kind: 'http',
    async invoke(method, input) {
      try {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ method, input }),
        });
        return await readEnvelope(response);
      } catch {
        return NETWORK_ERROR;
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    resetEvents() {
      source.close();
      source = connect();
    },
    async openFile({ accept }): Promise<PickedFile | null> {
      const file = await pickFile(accept);
      if (!file) return null;
      const response = await fetch('/api/upload', { method: 'POST', headers: { 'x-file-name': encodeURIComponent(file.name) }, body: file });
      const envelope = await readEnvelope(response);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as PickedFile;
    },
    download(url) {
      const link = document.createElement('a');
      link.href = url;
      link.download = '';
      link.click();
    },
  };
}
