import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Session } from '../../shared/permissions';
import { dispatch } from '../core/dispatch';
import type { Core } from '../core/types';

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

/** POST /api/invoke { method, input } → the dispatch envelope, always HTTP 200 once authorised. */
export async function handleInvoke(request: IncomingMessage, response: ServerResponse, core: Core, session: Session | null): Promise<void> {
  const body = await readBody(request, MAX_INVOKE_BYTES);
  const call = body ? parseCall(body) : null;
  if (!call) {
    sendJson(response, 400, { ok: false, error: { code: 'VALIDATION', message: 'Yêu cầu gửi lên không đúng định dạng.' } });
    return;
  }
  sendJson(response, 200, await dispatch(core, call.method, call.input, session));
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

/** GET /api/events: Server-Sent Events carrying the core's push events. */
export function handleEvents(request: IncomingMessage, response: ServerResponse, core: Core): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = core.events.subscribe((event) => {
    response.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const heartbeat = setInterval(() => response.write(': ping\n\n'), 25_000);
  request.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
