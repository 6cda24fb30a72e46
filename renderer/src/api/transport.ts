import type { Envelope } from '../../../shared/errors';
import type { AppEvent } from '../../../shared/events';

/** A file the user picked, already handed to the core; `token` is what methods take. */
export interface PickedFile {
  token: string;
  name: string;
  size: number;
}

/**
 * How the renderer reaches the core. Electron provides it through the preload bridge, the browser
 * host over HTTP; the rest of the renderer cannot tell them apart.
 */
export interface Transport {
  readonly kind: 'electron' | 'http';
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Reopens the event stream after the session changed (login, logout). */
  resetEvents(): void;
  /** Lets the user pick a file and hands it to the core; null when the user cancels. */
  openFile(options: { accept: string[] }): Promise<PickedFile | null>;
  /** Delivers a file the core offered for saving (the browser host gives a download URL). */
  download(url: string): void;
}
