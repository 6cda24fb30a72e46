import type { AppEvent } from '../../shared/events';

export type EventListener = (event: AppEvent) => void;

/** In-process fan-out of push events to every transport that listens (IPC window, SSE clients). */
export interface EventBus {
  emit(event: AppEvent): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(onListenerError: (error: unknown) => void): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
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
