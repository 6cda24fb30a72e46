import type { AppEvent } from '../../shared/events';

/** `audience` is the account an event is for (a job's owner), or null for every session. */
export type EventListener = (event: AppEvent, audience: string | null) => void;

/** In-process fan-out of push events to every transport that listens (IPC window, SSE clients). */
export interface EventBus {
  emit(event: AppEvent, audience?: string | null): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(onListenerError: (error: unknown) => void): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event, audience = null) {
      for (const listener of [...listeners]) {
        try {
          listener(event, audience);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
