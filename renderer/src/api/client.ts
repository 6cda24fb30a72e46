import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ErrorCode, FieldIssue } from '../../../shared/errors';
import type { Transport } from './transport';

/** A refused or failed call, carrying the core's Vietnamese message and field issues. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }
}

export interface Api {
  readonly transport: Transport;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Called when the core refuses a call because the session is locked, gone or must change its password. */
  onSessionRefusal(listener: (code: ErrorCode) => void): () => void;
}

const SESSION_REFUSALS: ReadonlySet<ErrorCode> = new Set(['LOCKED', 'UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED']);
/** Methods whose refusal is an answer to show, not a sign that the session ended. */
const AUTH_METHODS: ReadonlySet<string> = new Set(['auth.login', 'auth.recover', 'auth.unlock', 'auth.me', 'setup.status', 'setup.complete']);

export function createApi(transport: Transport): Api {
  const listeners = new Set<(code: ErrorCode) => void>();
  return {
    transport,
    async call(method, input) {
      const envelope = await transport.invoke(method, input);
      if (envelope.ok) return envelope.value as MethodOutput<typeof method>;
      const { code, message, issues } = envelope.error;
      if (SESSION_REFUSALS.has(code) && !AUTH_METHODS.has(method)) listeners.forEach((listener) => listener(code));
      throw new ApiError(code, message, issues);
    },
    onSessionRefusal(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
