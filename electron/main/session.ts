import type { Session } from '../../shared/permissions';
import type { CallHooks, Core } from '../core/types';

/** What the session store needs of the sending WebContents. */
export interface SessionSender {
  readonly id: number;
  once(event: 'destroyed', listener: () => void): unknown;
}

/**
 * Sessions live in the core; the main process holds each window's token, which the renderer
 * never sees — Electron's counterpart of the browser host's HttpOnly cookie. A token is forgotten
 * when its window is destroyed, or when the core clears it (logout).
 */
export interface WindowSessions {
  sessionFor(sender: SessionSender, options?: { touch: boolean }): Session | null;
  hooksFor(sender: SessionSender): CallHooks;
}

export function createWindowSessions(core: Pick<Core, 'resolveSession'>): WindowSessions {
  const tokens = new Map<number, string>();
  const watched = new Set<number>();
  const forgetOnDestroy = (sender: SessionSender) => {
    if (watched.has(sender.id)) return;
    watched.add(sender.id);
    sender.once('destroyed', () => {
      tokens.delete(sender.id);
      watched.delete(sender.id);
    });
  };
  return {
    sessionFor: (sender, options) => core.resolveSession(tokens.get(sender.id), options),
    hooksFor: (sender) => ({
      setSessionToken(token) {
        if (token === null) {
          tokens.delete(sender.id);
          return;
        }
        forgetOnDestroy(sender);
        tokens.set(sender.id, token);
      },
    }),
  };
}
