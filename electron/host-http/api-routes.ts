import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch } from '../core/dispatch';
import type { CallHooks, Core } from '../core/types';
import { readCookie } from './guards';

const MAX_INVOKE_BYTES = 2 * 1024 * 1024;

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export const SESSION_COOKIE = 'sohoi_session';

/** The session lives in the core; the browser holds only its token, in an HttpOnly cookie. */
function sessionCookie(token: string | null): string {
  const attributes = 'HttpOnly; SameSite=Strict; Path=/';
  return token ? `${SESSION_COOKIE}=${token}; ${attributes}` : `${SESSION_COOKIE}=; ${attributes}; Max-Age=0`;
}

/** POST /api/invoke { method, input } → the dispatch envelope, always HTTP 200 once authorised. */
export async function handleInvoke(request: IncomingMessage, response: ServerResponse, core: Core): Promise<void> {
  const body = await readBody(request, MAX_INVOKE_BYTES);
  const call = body ? parseCall(body) : null;
  if (!call) {
    sendJson(response, 400, { ok: false, error: { code: 'VALIDATION', message: 'Yêu cầu gửi lên không đúng định dạng.' } });
    return;
  }
  const session = core.resolveSession(readCookie(request.headers.cookie, SESSION_COOKIE));
  const hooks: CallHooks = { setSessionToken: (token) => response.setHeader('set-cookie', sessionCookie(token)) };
  sendJson(response, 200, await dispatch(core, call.method, call.input, session, hooks));
}

function parseCall(body: Buffer): { method: string; input: unknown } | null {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { method, input } = value as { method?: unknown; input?: unknown };
    return typeof method === 'string' ? { method, input } : null;
  } catch {
    return null;
  }
}

/**
 * GET /api/events: Server-Sent Events carrying the core's push events — only while the
 * connection's session is live, and a job's events only to the account that started it.
 */
export function handleEvents(request: IncomingMessage, response: ServerResponse, core: Core): void {
  const token = readCookie(request.headers.cookie, SESSION_COOKIE);
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = core.events.subscribe((event, audience) => {
    const session = core.resolveSession(token, { touch: false });
    if (!session || (audience !== null && audience !== session.accountId)) return;
    response.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const heartbeat = setInterval(() => response.write(': ping\n\n'), 25_000);
  request.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
