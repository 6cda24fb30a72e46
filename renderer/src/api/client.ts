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
}

export function createApi(transport: Transport): Api {
  return {
    transport,
    async call(method, input) {
      const envelope = await transport.invoke(method, input);
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.issues);
      return envelope.value as MethodOutput<typeof method>;
    },
  };
}
