import type { z } from 'zod';
import { contract, isMethodName } from '../../shared/contract';
import { AppError, ERROR_MESSAGES, type Envelope, type ErrorCode, type FieldIssue } from '../../shared/errors';
import { checkAccess, type Session } from '../../shared/permissions';
import { errorCodeOf, stackWithoutMessage } from './logger';
import type { CallHooks, Core, HandlerContext } from './types';

/**
 * The single entry of every call, whatever the transport: the method exists, the caller may call
 * it, the input parses, then the handler runs. Errors come back as data with Vietnamese messages.
 *
 * Access is checked before the input is parsed, so a caller without the right learns nothing
 * about the method's input shape and hostile input never reaches a schema (docs/decisions.md).
 */
export async function dispatch(
  core: Core,
  method: string,
  input: unknown,
  session: Session | null,
  hooks?: CallHooks,
): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) return failure('UNKNOWN_METHOD');
  const access = checkAccess(core.permissions, method, session);
  if (!access.allowed) {
    recordRefusal(core, method, session, access.code);
    return failure(access.code);
  }
  const definition = contract[method];
  const parsed = definition.input.safeParse(input ?? {});
  if (!parsed.success) return failure('VALIDATION', ERROR_MESSAGES.VALIDATION, toFieldIssues(parsed.error));
  try {
    const handler = core.handlers[method] as (input: unknown, context: HandlerContext) => unknown;
    const value = await handler(parsed.data, core.contextFor({ method, session, scope: access.scope, hooks }));
    const output = definition.output.safeParse(value);
    if (!output.success) throw new OutputMismatchError(method);
    return { ok: true, value: output.data };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toData() };
    core.logger.error('call.failed', { method, code: errorCodeOf(error), stack: stackWithoutMessage(error) });
    return failure('INTERNAL');
  }
}

/** Refusals go to the audit trail (who, which method, why) — never with the input. */
function recordRefusal(core: Core, method: string, session: Session | null, code: ErrorCode): void {
  try {
    core.audit.record({ action: 'refused', accountId: session?.accountId ?? null, accountName: session?.displayName ?? null, method, detail: { code } });
  } catch (error) {
    core.logger.error('audit.failed', { method, code: errorCodeOf(error), stack: stackWithoutMessage(error) });
  }
}

class OutputMismatchError extends Error {
  constructor(method: string) {
    super(`The output of ${method} does not match its contract`);
    this.name = 'OutputMismatchError';
  }
}

function failure(code: ErrorCode, message: string = ERROR_MESSAGES[code], issues?: FieldIssue[]): Envelope<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
