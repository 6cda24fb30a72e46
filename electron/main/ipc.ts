import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ERROR_MESSAGES, AppError, type Envelope, type ErrorCode } from '../../shared/errors';
import { dispatch } from '../core/dispatch';
import { errorCodeOf, stackWithoutMessage } from '../core/logger';
import type { Core } from '../core/types';
import { EVENT_CHANNEL, INVOKE_CHANNEL, OPEN_FILE_METHOD } from './channels';
import { isTrustedSender } from './guards';
import type { PickedFileInfo } from './platform';
import type { SessionSender, WindowSessions } from './session';

export interface IpcDeps {
  core: Core;
  sessions: WindowSessions;
  /** The open dialog; registers the picked file with the core. */
  pickFile(accept: readonly string[]): Promise<PickedFileInfo | null>;
}

type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

function failure(code: ErrorCode): Envelope<never> {
  return { ok: false, error: { code, message: ERROR_MESSAGES[code] } };
}

/**
 * The handler of the one call channel: the sender frame must show our `app://sohoi` origin, then
 * the call goes to `dispatch` (which validates everything else) under the window's session, with
 * hooks that let the core set or clear that window's token (login, logout).
 */
export function createInvokeHandler(deps: IpcDeps): (event: InvokeEvent, method: unknown, input: unknown) => Promise<Envelope<unknown>> {
  return async (event, method, input) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      deps.core.logger.info('ipc.refused', { detail: 'untrusted sender frame' });
      return failure('FORBIDDEN');
    }
    if (typeof method !== 'string') return failure('UNKNOWN_METHOD');
    if (method === OPEN_FILE_METHOD) return openFile(deps, event.sender, input);
    return dispatch(deps.core, method, input, deps.sessions.sessionFor(event.sender), deps.sessions.hooksFor(event.sender));
  };
}

/** Only a signed-in, unlocked window may open the file dialog. */
function refusalFor(deps: IpcDeps, sender: SessionSender): ErrorCode | null {
  const session = deps.sessions.sessionFor(sender);
  if (!session) return 'UNAUTHENTICATED';
  if (session.restriction === 'locked') return 'LOCKED';
  if (session.restriction === 'mustChangePassword') return 'PASSWORD_CHANGE_REQUIRED';
  return null;
}

async function openFile(deps: IpcDeps, sender: SessionSender, input: unknown): Promise<Envelope<unknown>> {
  const refusal = refusalFor(deps, sender);
  if (refusal) return failure(refusal);
  const accept = typeof input === 'object' && input !== null ? (input as { accept?: unknown }).accept : undefined;
  if (!isAcceptList(accept)) return failure('VALIDATION');
  try {
    return { ok: true, value: await deps.pickFile(accept) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toData() };
    deps.core.logger.error('call.failed', { method: OPEN_FILE_METHOD, code: errorCodeOf(error), stack: stackWithoutMessage(error) });
    return failure('INTERNAL');
  }
}

function isAcceptList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= 20 && value.every((item) => typeof item === 'string' && item.length <= 200);
}

/** Registers the call channel; returns a function that removes it. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, deps: IpcDeps): () => void {
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(deps));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/**
 * Pushes the core's events to a window until it is destroyed — only while the window's session
 * is live, and a job's events only to the account that started it (as the browser host does).
 */
export function forwardEvents(core: Core, contents: WebContents, sessions: WindowSessions): () => void {
  const unsubscribe = core.events.subscribe((event, audience) => {
    if (contents.isDestroyed()) return;
    const session = sessions.sessionFor(contents, { touch: false });
    if (!session || (audience !== null && audience !== session.accountId)) return;
    contents.send(EVENT_CHANNEL, event);
  });
  contents.once('destroyed', unsubscribe);
  return unsubscribe;
}
