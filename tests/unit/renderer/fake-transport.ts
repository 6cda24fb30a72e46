import type { Envelope } from '../../../shared/errors';
import type { AppEvent } from '../../../shared/events';
import type { Transport } from '../../../renderer/src/api/transport';

/** A transport for component tests: answers from a table and lets the test push events. */
export function createFakeTransport(answers: Record<string, (input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>>) {
  const listeners = new Set<(event: AppEvent) => void>();
  const calls: { method: string; input: unknown }[] = [];
  const transport: Transport = {
    kind: 'http',
    invoke: async (method, input) => {
      calls.push({ method, input });
      const answer = answers[method];
      return answer ? answer(input) : { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'không có' } };
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    resetEvents: () => undefined,
    openFile: async () => null,
    download: () => undefined,
  };
  return { transport, calls, push: (event: AppEvent) => listeners.forEach((listener) => listener(event)) };
}
